/** The items of a 专栏 row: one per line, with the item number stripped ("1." / "1" / none). */
import type { Row } from "./sections.js";
import type { Span } from "./text.js";

export interface Item extends Span {
  /** 1-based item number: as written, or the line's position when unnumbered. */
  no: number;
  text: string;
}

const NUM_RE = /^(\d{1,2})(?:\s*[.．、]\s*|(?=[^\d.．%]))/;

export function itemsOf(row: Row): Item[] {
  return row.lines.map((line, i) => {
    const m = NUM_RE.exec(line.text);
    // Only a number that continues the row's sequence is numbering ("12英寸…" is not).
    if (m && Number(m[1]) === i + 1) {
      return { no: i + 1, text: line.text.slice(m[0].length), start: line.start + m[0].length, end: line.end };
    }
    return { no: i + 1, text: line.text, start: line.start, end: line.end };
  });
}

/** A cell that is only a dash (——): the row is intentionally empty. */
export function isEmptyCell(row: Row): boolean {
  return row.lines.every((l) => /^[—－-]+$/.test(l.text));
}

export function rowOf(rows: readonly Row[], label: string): Row | undefined {
  return rows.find((r) => r.label === label);
}
