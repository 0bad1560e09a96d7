/** Interface strings of the overview area (see define.ts). */
import { defineMessages } from "./define.js";

export const overview = defineMessages(
  {},
  {},
);
