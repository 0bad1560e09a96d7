/** Interface strings of the search area (see define.ts). */
import { defineMessages } from "./define.js";

export const search = defineMessages(
  {},
  {},
);
