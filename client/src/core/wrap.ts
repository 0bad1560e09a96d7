/**
 * Label wrapping for preset layouts: Chinese labels are broken into lines of at most `maxCols`
 * display columns (a CJK character counts 2, anything else 1), so that a layout knows how many
 * lines each label takes and can space its rows by label height. Latin words and numbers stay
 * whole where they fit. Pure.
 */

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

export function colsOf(s: string): number {
  let n = 0;
  for (const ch of s) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

/** Tokens that may not be split: one wide character, or a run of narrow ones up to a space or "/". */
function tokens(label: string): string[] {
  const out: string[] = [];
  let run = "";
  for (const ch of label) {
    if (WIDE.test(ch)) {
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
    while (colsOf(tok) > maxCols) {
      if (line) push();
      let head = "";
      for (const ch of tok) {
        if (colsOf(head + ch) > maxCols) break;
        head += ch;
      }
      lines.push(head);
      tok = tok.slice(head.length);
    }
    if (colsOf(line + tok.trimEnd()) > maxCols && line) push();
    line += line || tok !== " " ? tok : "";
  }
  if (line.trim()) push();
  if (lines.length === 0) return { text: "", lines: 1 };
  if (lines.length <= maxLines) return { text: lines.join("\n"), lines: lines.length };
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last && colsOf(last) + 1 > maxCols) last = [...last].slice(0, -1).join("");
  kept[maxLines - 1] = last + "…";
  return { text: kept.join("\n"), lines: maxLines };
}
