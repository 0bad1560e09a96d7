/** Interface strings of scenes and stories (scene list, save, open, story links) (see define.ts). */
import type { StoryProblem } from "../storyFile.js";
import { defineMessages } from "./define.js";

const problemEn = (p: StoryProblem): string => {
  switch (p.kind) {
    case "not-json":
      return "This file is not a story: it is not JSON.";
    case "not-story":
      return "This file is not a Chain Atlas story (it has no \"format\": \"chain-atlas-story\").";
    case "newer":
      return `This story was made by a newer Chain Atlas: version ${p.version}, this one reads up to 1.`;
    case "invalid":
      return `This story file is damaged: the field ${p.field} is missing or wrong.`;
    case "bad-link":
      return "This story link is damaged (perhaps cut short when copied).";
    default:
      return "This is not a story this Chain Atlas can open.";
  }
};

const problemZh = (p: StoryProblem): string => {
  switch (p.kind) {
    case "not-json":
      return "此文件不是故事：它不是 JSON 文件。";
    case "not-story":
      return "此文件不是 Chain Atlas 故事（缺少 \"format\": \"chain-atlas-story\"）。";
    case "newer":
      return `此故事由更新版本的 Chain Atlas 制作：版本 ${p.version}，本版本最高只能读取版本 1。`;
    case "invalid":
      return `此故事文件已损坏：字段 ${p.field} 缺失或有误。`;
    case "bad-link":
      return "此故事链接已损坏（可能复制时被截断）。";
    default:
      return "此版本的 Chain Atlas 无法打开这个故事。";
  }
};

export const story = defineMessages(
  {
    title: "Story",
    sceneAdd: "Add scene",
    sceneAddTitle: "Capture this view as a scene of the story",
    sceneAdded: (n: number) => `Scene ${n} added`,
    scenes: (n: number) => (n === 1 ? "1 scene" : `${n} scenes`),
    sceneListTitle: "Open the story: its scenes, in order",
    sceneListLabel: (n: number) => `Story: ${n === 1 ? "1 scene" : `${n} scenes`}`,
    panelLabel: "Story",
    close: "Close",
    storyTitle: "Story title",
    storyTitlePlaceholder: "Untitled story",
    empty: "No scenes yet. Set up a view and press “Add scene”.",
    sceneNumber: (n: number) => `Scene ${n}`,
    sceneTitle: (n: number) => `Title of scene ${n}`,
    sceneNote: (n: number) => `Note of scene ${n} (Markdown)`,
    notePlaceholder: "What to say here (Markdown)",
    thumbnailAlt: (title: string) => `Picture of the scene “${title}”`,
    noThumbnail: "No picture",
    show: "Show",
    showTitle: (n: number) => `Show scene ${n} on the explorer`,
    presentFrom: (n: number) => `Present from scene ${n}`,
    duplicate: "Duplicate",
    duplicateTitle: (n: number) => `Duplicate scene ${n}`,
    remove: "Delete",
    removeTitle: (n: number) => `Delete scene ${n}`,
    moveUp: (n: number) => `Move scene ${n} up`,
    moveDown: (n: number) => `Move scene ${n} down`,
    reorderHint: "Drag a scene, or focus it and press Alt+↑ / Alt+↓, to reorder.",
    sceneLabel: (n: number, count: number, title: string) => `Scene ${n} of ${count}: ${title}`,
    moved: (title: string, n: number, count: number) => `“${title}” moved to position ${n} of ${count}`,
    duplicated: (n: number) => `Scene ${n} duplicated`,
    deleted: (title: string) => `Scene “${title}” deleted`,
    undoDelete: "Undo",
    restored: (title: string) => `Scene “${title}” restored`,
    save: "Save",
    saveTitle: "Save the story as a file",
    open: "Open…",
    openTitle: "Open a story file",
    opened: (title: string, n: number) => `Opened “${title}”: ${n === 1 ? "1 scene" : `${n} scenes`}`,
    untitled: "Untitled story",
    replaceConfirm: (n: number) => `Replace the current story (${n === 1 ? "1 scene" : `${n} scenes`}) with the one being opened?`,
    notReplaced: "The current story was kept.",
    problem: problemEn,
    link: "Copy story link",
    linkTitle: "Copy a link that opens the whole story (without pictures)",
    linkCopied: (chars: number) => `Story link copied (${chars} characters)`,
    linkNotCopied: "The link could not be copied; select it below and copy it.",
    linkField: "Story link",
    present: "Present",
    presentTitle: "Play the story full screen",
    presentDisabled: "Add a scene first: the story has none yet",
    storageFull: "The story is too big to keep in this browser with its pictures; it is kept without them. Save it as a file to keep them.",
    storageRefused: "This browser does not keep the story (storage refused): save it as a file before closing the page.",
    storageCorrupt: "The story kept in this browser could not be read; a new story was started.",
    viewTimeout: "The view took too long to draw.",
    pptxScene: (n: number, count: number) => `Scene ${n} of ${count}…`,
    pptxBuilding: "Building the deck…",
    pptxDone: (name: string) => `Saved ${name}`,
    pptxFailed: (why: string) => `The PPTX could not be made: ${why}`,
  },
  {
    title: "故事",
    sceneAdd: "添加场景",
    sceneAddTitle: "将当前视图保存为故事中的一个场景",
    sceneAdded: (n: number) => `已添加场景 ${n}`,
    scenes: (n: number) => `${n} 个场景`,
    sceneListTitle: "打开故事：按顺序排列的场景",
    sceneListLabel: (n: number) => `故事：${n} 个场景`,
    panelLabel: "故事",
    close: "关闭",
    storyTitle: "故事标题",
    storyTitlePlaceholder: "未命名故事",
    empty: "还没有场景。先调好一个视图，再点击“添加场景”。",
    sceneNumber: (n: number) => `场景 ${n}`,
    sceneTitle: (n: number) => `场景 ${n} 的标题`,
    sceneNote: (n: number) => `场景 ${n} 的备注（Markdown）`,
    notePlaceholder: "讲解要点（Markdown）",
    thumbnailAlt: (title: string) => `场景“${title}”的缩略图`,
    noThumbnail: "无缩略图",
    show: "查看",
    showTitle: (n: number) => `在图谱中查看场景 ${n}`,
    presentFrom: (n: number) => `从场景 ${n} 开始演示`,
    duplicate: "复制",
    duplicateTitle: (n: number) => `复制场景 ${n}`,
    remove: "删除",
    removeTitle: (n: number) => `删除场景 ${n}`,
    moveUp: (n: number) => `将场景 ${n} 上移`,
    moveDown: (n: number) => `将场景 ${n} 下移`,
    reorderHint: "拖动场景，或选中后按 Alt+↑ / Alt+↓ 调整顺序。",
    sceneLabel: (n: number, count: number, title: string) => `场景 ${n}/${count}：${title}`,
    moved: (title: string, n: number, count: number) => `“${title}”已移到第 ${n} 位（共 ${count} 个）`,
    duplicated: (n: number) => `已复制场景 ${n}`,
    deleted: (title: string) => `已删除场景“${title}”`,
    undoDelete: "撤销",
    restored: (title: string) => `已恢复场景“${title}”`,
    save: "保存",
    saveTitle: "将故事保存为文件",
    open: "打开…",
    openTitle: "打开故事文件",
    opened: (title: string, n: number) => `已打开“${title}”：${n} 个场景`,
    untitled: "未命名故事",
    replaceConfirm: (n: number) => `用要打开的故事替换当前故事（${n} 个场景）吗？`,
    notReplaced: "已保留当前故事。",
    problem: problemZh,
    link: "复制故事链接",
    linkTitle: "复制可打开整个故事的链接（不含缩略图）",
    linkCopied: (chars: number) => `已复制故事链接（${chars} 个字符）`,
    linkNotCopied: "无法复制链接，请在下方选中后手动复制。",
    linkField: "故事链接",
    present: "演示",
    presentTitle: "全屏播放故事",
    presentDisabled: "请先添加场景：故事中还没有场景",
    storageFull: "故事连同缩略图过大，浏览器无法保存，已去掉缩略图后保存。如需保留缩略图，请将故事保存为文件。",
    storageRefused: "此浏览器无法保存故事（存储被拒绝），关闭页面前请将故事保存为文件。",
    storageCorrupt: "浏览器中保存的故事无法读取，已新建一个故事。",
    viewTimeout: "视图绘制超时。",
    pptxScene: (n: number, count: number) => `场景 ${n}/${count}…`,
    pptxBuilding: "正在生成演示文稿…",
    pptxDone: (name: string) => `已保存 ${name}`,
    pptxFailed: (why: string) => `无法生成 PPTX：${why}`,
  },
);
