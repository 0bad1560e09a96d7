/** Interface strings of PNG, SVG and PPTX exports (see define.ts). */
import { defineMessages } from "./define.js";

export const exporting = defineMessages(
  {
    title: "Export",
    menuLabel: "Export this view or the story",
    scaleGroup: "Picture size",
    scale: (n: number) => (n === 1 ? "1× (as on screen)" : n === 2 ? "2× (sharp)" : `${n}× (print)`),
    png: "Picture (PNG)",
    svg: "Vector drawing (SVG)",
    pptx: "Story as slides (PPTX)",
    pptxHint: "Add a scene first",
    busy: "Exporting…",
    saved: (file: string) => `Saved ${file}`,
    failed: (why: string) => `Export failed: ${why}`,
    noPicture: "This view has no picture to export. Switch to the overview, the chain, the path or the district map.",
    community: (n: number) => `Community ${n}`,
    legendCommunities: "Colour: community (Louvain); shape: node type",
    // the PPTX's title slide
    untitledStory: "Untitled story",
    sceneCount: (n: number) => (n === 1 ? "1 scene" : `${n} scenes`),
    untitledScene: (n: number) => `Scene ${n}`,
  },
  {
    title: "导出",
    menuLabel: "导出此视图或故事",
    scaleGroup: "图片尺寸",
    scale: (n: number) => (n === 1 ? "1×（同屏幕）" : n === 2 ? "2×（高清）" : `${n}×（印刷）`),
    png: "图片（PNG）",
    svg: "矢量图（SVG）",
    pptx: "故事导出为幻灯片（PPTX）",
    pptxHint: "请先添加场景",
    busy: "正在导出…",
    saved: (file: string) => `已保存 ${file}`,
    failed: (why: string) => `导出失败：${why}`,
    noPicture: "此视图没有可导出的图。请切换到总览、产业链、路径或区县地图。",
    community: (n: number) => `社区 ${n}`,
    legendCommunities: "颜色：社区（Louvain 算法）；形状：节点类型",
    untitledStory: "未命名故事",
    sceneCount: (n: number) => `共 ${n} 个场景`,
    untitledScene: (n: number) => `场景 ${n}`,
  },
);
