/** Interface strings of the details area (see define.ts). */
import { defineMessages } from "./define.js";

export const details = defineMessages(
  {},
  {},
);
