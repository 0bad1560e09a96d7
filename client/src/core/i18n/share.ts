/** Interface strings of the share-link button (see define.ts). */
import { defineMessages } from "./define.js";

export const share = defineMessages(
  {
    title: "Share a link to this view",
  },
  {
    title: "分享此视图的链接",
  },
);
