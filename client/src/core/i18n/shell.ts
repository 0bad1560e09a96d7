/** Interface strings of the shell area (see define.ts). */
import { defineMessages } from "./define.js";

export const shell = defineMessages(
  {},
  {},
);
