/** Interface strings of the renderer setting (core/renderer.ts). */
import type { AutoReason, RendererChoice, RendererName } from "../renderer.js";
import { defineMessages } from "./define.js";

const REASON_EN: Record<AutoReason, string> = { gpu: "GPU", software: "no GPU", "no-webgl": "no WebGL", "unknown-gpu": "GPU unknown" };
const REASON_ZH: Record<AutoReason, string> = { gpu: "有 GPU", software: "无 GPU", "no-webgl": "无 WebGL", "unknown-gpu": "GPU 未知" };
const NAME_EN: Record<RendererName, string> = { canvas: "canvas", webgl: "WebGL" };
const NAME_ZH: Record<RendererName, string> = { canvas: "画布", webgl: "WebGL" };

export const renderer = defineMessages(
  {
    title: "Renderer",
    choice: (c: RendererChoice, auto: RendererName, why: AutoReason): string =>
      c === "auto" ? `Auto (${NAME_EN[auto]}: ${REASON_EN[why]})` : c === "webgl" ? "WebGL (GPU)" : "Canvas (2D)",
    hint: "WebGL is fast only on a hardware GPU; without one, canvas draws faster.",
    layingOut: (nodes: number) => `Laying out ${nodes.toLocaleString("en")} nodes…`,
  },
  {
    title: "渲染方式",
    choice: (c: RendererChoice, auto: RendererName, why: AutoReason): string =>
      c === "auto" ? `自动（${NAME_ZH[auto]}：${REASON_ZH[why]}）` : c === "webgl" ? "WebGL（GPU 加速）" : "画布（Canvas 2D）",
    hint: "WebGL 只有在硬件 GPU 上才快；没有 GPU 时画布（Canvas）画得更快。",
    layingOut: (nodes: number) => `正在布局 ${nodes.toLocaleString("zh")} 个节点…`,
  },
);
