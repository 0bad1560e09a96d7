/** Where an offset of the clean text lies: its heading path, industry section and direction paragraph. */
import type { Direction } from "./directions.js";
import type { Industry } from "./industries.js";
import { type Outline, chapterLabel, partLabel } from "./sections.js";
import { spanIndex } from "./spans.js";

export interface Place {
  section: string;
  industry?: Industry;
  direction?: Direction;
}

export type Locator = (offset: number) => Place;

const inside = (o: number, s: { start: number; end: number }) => o >= s.start && o < s.end;

export function makeLocator(outline: Outline, industries: readonly Industry[], directions: readonly Direction[]): Locator {
  // looked up by position, not scanned: chapters, industries and directions grow with the plan
  const chapters = spanIndex(outline.chapters.map((c) => ({ span: c, value: c })));
  const paragraphs = spanIndex(directions.map((d) => ({ span: d.para, value: d })));
  const chapterAt = (o: number) => chapters({ start: o, end: o + 1 });
  const directionAt = (o: number) => paragraphs({ start: o, end: o + 1 });
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
