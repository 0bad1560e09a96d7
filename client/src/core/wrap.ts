/**
 * Fitting labels into display columns (core/textWidth.ts: a CJK character counts 2, anything else
 * 1). Wrapping for preset layouts: Chinese labels are broken into lines of at most `maxCols`, so
 * that a layout knows how many lines each label takes and can space its rows by label height;
 * Latin words and numbers stay whole where they fit. Truncation for the graph canvas. Pure.
 */
import { columns, isWide } from "./textWidth.js";

/** Shorten a label to `max` display columns, the closing "…" included. */
export function truncateLabel(label: string, max = 24): string {
  const chars = [...label];
  const widths = chars.map(columns);
  if (widths.reduce((a, b) => a + b, 0) <= max) return label;
  let width = 0;
  let i = 0;
  while (i < chars.length && width + widths[i] <= max - 1) width += widths[i++];
  return chars.slice(0, i).join("").trimEnd() + "…";
}

/** Tokens that may not be split: one wide character, or a run of narrow ones up to a space or "/". */
function tokens(label: string): string[] {
  const out: string[] = [];
  let run = "";
  for (const ch of label) {
    if (isWide(ch)) {
      if (run) out.push(run);
      run = "";
      out.push(ch);
    } else if (ch === " " || ch === "/") {
      out.push(run + ch);
      run = "";
    } else run += ch;
  }
  if (run) out.push(run);
  return out;
}

export interface Wrapped {
  /** The label with "\n" between lines ("…" closing it when it was cut). */
  text: string;
  lines: number;
}

/** Wrap `label` into lines of at most `maxCols` columns, at most `maxLines` of them. */
export function wrapLabel(label: string, maxCols = 16, maxLines = 3): Wrapped {
  const lines: string[] = [];
  let line = "";
  const push = () => {
    lines.push(line.trimEnd());
    line = "";
  };
  for (let tok of tokens(label)) {
    // A token too long for any line is cut into line-sized pieces.
    while (columns(tok) > maxCols) {
      if (line) push();
      let head = "";
      for (const ch of tok) {
        if (columns(head + ch) > maxCols) break;
        head += ch;
      }
      lines.push(head);
      tok = tok.slice(head.length);
    }
    if (columns(line + tok.trimEnd()) > maxCols && line) push();
    line += line || tok !== " " ? tok : "";
  }
  if (line.trim()) push();
  if (lines.length === 0) return { text: "", lines: 1 };
  if (lines.length <= maxLines) return { text: lines.join("\n"), lines: lines.length };
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last && columns(last) + 1 > maxCols) last = [...last].slice(0, -1).join("");
  kept[maxLines - 1] = last + "…";
  return { text: kept.join("\n"), lines: maxLines };
}
