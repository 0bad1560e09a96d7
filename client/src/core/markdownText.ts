/**
 * A scene's note (Markdown) as plain text, for where no Markdown is rendered: the PPTX's speaker
 * notes. The author's lines stay lines; the marks go (emphasis, code ticks, heading hashes), list
 * items keep a bullet, a link keeps its address in brackets, a table its cells.
 *
 * Pure, and deliberately small: notes are a few lines written in the scene editor, not documents.
 */

const FENCE = /^\s*(```|~~~)/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Inline marks of one line gone, their text kept. */
export function inlineText(line: string): string {
  // code spans and escaped marks are set aside first: no rule below may touch them
  const kept: string[] = [];
  const keep = (text: string) => `\u0000${kept.push(text) - 1}\u0000`;
  let s = line.replace(/`+([^`]+?)`+/g, (_, code: string) => keep(code)).replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_, ch: string) => keep(ch));
  s = s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\(\s*([^)\s]+)(?:\s+"[^"]*")?\s*\)/g, (_, text: string, url: string) => (text === url ? url : `${text} (${url})`))
    .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, "$1")
    .replace(/<\/?[A-Za-z][^>]*>/g, "")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1")
    .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, "$1")
    // _x_ only where it cannot be part of a word (snake_case names stay whole)
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, "$1$2");
  // eslint-disable-next-line no-control-regex -- NUL brackets what was set aside above
  return s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => kept[Number(i)]);
}

/** The note as plain text: one line per line of the note, marks removed, blank runs folded. */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const raw of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    if (FENCE.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(raw);
      continue;
    }
    const line = raw.replace(/\s+$/, "").replace(/\\$/, "");
    if (RULE.test(line)) {
      out.push("");
      continue;
    }
    if (line.includes("|") && TABLE_SEPARATOR.test(line)) continue;
    let m: RegExpMatchArray | null;
    if ((m = line.match(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/))) out.push(inlineText(m[1]));
    else if ((m = line.match(/^(\s*)>\s?(.*)$/))) out.push(inlineText(m[2]));
    else if ((m = line.match(/^(\s*)[-*+]\s+(?:\[([ xX])\]\s+)?(.*)$/))) {
      const box = m[2] === undefined ? "• " : m[2] === " " ? "☐ " : "☑ ";
      out.push(" ".repeat(Math.floor(m[1].length / 2) * 2) + box + inlineText(m[3]));
    } else if ((m = line.match(/^(\s*)(\d+)[.)]\s+(.*)$/))) out.push(" ".repeat(Math.floor(m[1].length / 2) * 2) + `${m[2]}. ` + inlineText(m[3]));
    else if (/^\s*\|.*\|\s*$/.test(line)) {
      const cells = line.trim().replace(/^\||\|$/g, "").split(/(?<!\\)\|/).map((c) => inlineText(c.trim()));
      out.push(cells.filter(Boolean).join(" · "));
    } else out.push(inlineText(line.trim()));
  }
  return out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
