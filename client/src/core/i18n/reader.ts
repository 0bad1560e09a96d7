/** Interface strings of the reader area (see define.ts). */
import { defineMessages } from "./define.js";

export const reader = defineMessages(
  {},
  {},
);
