/** Interface strings of story mode and the presenter window, and the presenter toolbar (see define.ts). */
import { defineMessages } from "./define.js";

export const present = defineMessages(
  {
    toolbar: "Share and present",
  },
  {
    toolbar: "分享与演示",
  },
);
