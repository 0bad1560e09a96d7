/** Interface strings of the cypher area (see define.ts). */
import { defineMessages } from "./define.js";

export const cypher = defineMessages(
  {},
  {},
);
