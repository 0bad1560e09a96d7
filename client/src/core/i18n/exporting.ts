/** Interface strings of PNG, SVG and PPTX exports (see define.ts). */
import { defineMessages } from "./define.js";

export const exporting = defineMessages(
  {
    title: "Export",
  },
  {
    title: "导出",
  },
);
