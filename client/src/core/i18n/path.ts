/** Interface strings of the path area (see define.ts). */
import { defineMessages } from "./define.js";

export const path = defineMessages(
  {},
  {},
);
