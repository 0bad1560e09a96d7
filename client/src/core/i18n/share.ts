/** Interface strings of the share-link button (see define.ts). */
import { defineMessages } from "./define.js";

export const share = defineMessages(
  {
    title: "Copy a link that reopens this exact view",
    copy: "Copy link",
    copied: (n: number) => `Link copied · ${n.toLocaleString("en")} characters`,
    manualTitle: "Copy this link",
    manualHint: "The browser did not allow copying. The link is selected: press Ctrl+C (⌘C on a Mac).",
    linkLabel: "Link to this view",
    close: "Close",
  },
  {
    title: "复制可重新打开当前视图的链接",
    copy: "复制链接",
    copied: (n: number) => `链接已复制 · ${n.toLocaleString("zh")} 个字符`,
    manualTitle: "复制此链接",
    manualHint: "浏览器不允许自动复制。链接已选中，请按 Ctrl+C（Mac 上按 ⌘C）。",
    linkLabel: "当前视图的链接",
    close: "关闭",
  },
);
