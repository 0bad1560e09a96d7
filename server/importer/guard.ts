/** Cheap checks that reject inputs which are not a plan, before any parsing. */
import { NotAPlanError } from "./errors.js";

export function assertPlainText(text: string): void {
  if (text.replace(/^\uFEFF/, "").trim() === "") throw new NotAPlanError("empty file: no text to import");
  if (text.includes("\u0000") || text.includes("\uFFFD")) {
    throw new NotAPlanError("binary file: contains NUL or undecodable bytes, expected UTF-8 plan text");
  }
  // eslint-disable-next-line no-control-regex -- control characters are what this check looks for
  const controls = text.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.001) {
    throw new NotAPlanError("binary file: contains control characters, expected UTF-8 plan text");
  }
  const head = text.replace(/^\uFEFF/, "").trimStart().slice(0, 2000);
  if (/^<(?:!doctype|html|\?xml)/i.test(head) || /<(?:html|head|body)[\s>]/i.test(head)) {
    throw new NotAPlanError("HTML/XML document: expected the plan as plain text (.txt converted from .docx)");
  }
}
