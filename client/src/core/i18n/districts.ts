/** Interface strings of the districts area (see define.ts). */
import { defineMessages } from "./define.js";

export const districts = defineMessages(
  {},
  {},
);
