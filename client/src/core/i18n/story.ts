/** Interface strings of scenes and stories (scene list, save, open, story links) (see define.ts). */
import { defineMessages } from "./define.js";

export const story = defineMessages(
  {
    title: "Story",
  },
  {
    title: "故事",
  },
);
