/** Interface strings of the chain area (see define.ts). */
import { defineMessages } from "./define.js";

export const chain = defineMessages(
  {},
  {},
);
