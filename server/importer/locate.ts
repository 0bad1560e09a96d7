/** Where an offset of the clean text lies: its heading path, industry section and direction paragraph. */
import type { Direction } from "./directions.js";
import type { Industry } from "./industries.js";
import { type Outline, chapterLabel, partLabel } from "./sections.js";

export interface Place {
  section: string;
  industry?: Industry;
  direction?: Direction;
}

export type Locator = (offset: number) => Place;

const inside = (o: number, s: { start: number; end: number }) => o >= s.start && o < s.end;

export function makeLocator(outline: Outline, industries: readonly Industry[], directions: readonly Direction[]): Locator {
  // looked up by position, not scanned: chapters, industries and directions grow with the plan
  const chapterAt = byStart(outline.chapters, (c) => c);
  const directionAt = byStart(directions, (d) => d.para);
  const industryOf = new Map<unknown, Industry>();
  for (const i of industries) if (!industryOf.has(i.part)) industryOf.set(i.part, i);
  return (offset) => {
    const chapter = chapterAt(offset);
    if (!chapter) return { section: "引言" };
    const part = chapter.parts.find((p) => inside(offset, p));
    if (!part) return { section: chapterLabel(chapter) };
    const industry = industryOf.get(part);
    let section = `${chapterLabel(chapter)} / ${partLabel(part, industry?.name)}`;
    for (const box of part.boxes) {
      for (const row of box.rows) {
        const first = row.labelLines[0];
        const last = row.lines[row.lines.length - 1] ?? first;
        if (offset >= first.start && offset < last.end) {
          const label = box.kind === "industry" ? ` ${row.label}` : ` ${box.title} / ${row.label}`;
          section += ` / 专栏${box.no}${label}`;
          return { section, industry };
        }
      }
    }
    const direction = directionAt(offset);
    return { section, industry, direction };
  };
}

/**
 * The first item (in the given order) whose span holds `offset`, for spans that do not overlap:
 * a binary search over them sorted by start, ties kept in the given order.
 */
function byStart<T>(items: readonly T[], spanOf: (t: T) => { start: number; end: number }): (offset: number) => T | undefined {
  const sorted = items.map((item, order) => ({ item, order, span: spanOf(item) })).sort((a, b) => a.span.start - b.span.start || a.order - b.order);
  return (offset) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].span.start <= offset) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    let best: (typeof sorted)[number] | undefined;
    for (let i = at; i >= 0 && sorted[i].span.start === sorted[at].span.start; i--) {
      if (inside(offset, sorted[i].span) && (!best || sorted[i].order < best.order)) best = sorted[i];
    }
    return best?.item;
  };
}
