/**
 * The plan as the proposer reads it: the importer's clean text view, outline and industries, cut
 * into units (one paragraph, or one line of a 专栏 cell) with the section each lies in. Pure.
 */
import { type Direction, directionsOf } from "../importer/directions.js";
import { type Industry, findIndustries } from "../importer/industries.js";
import { type Locator, makeLocator } from "../importer/locate.js";
import { parseOutline } from "../importer/sections.js";
import { type Line, type TextView, makeView } from "../importer/text.js";

export interface Unit {
  line: Line;
  /** A paragraph of running text, or one line of a 专栏 cell. */
  kind: "para" | "cell";
  section: string;
  /** The industry whose section holds the unit (none in the chapters around them). */
  industry?: Industry;
  /** True for a paragraph of an industry section, or a cell of an industry or program 专栏. */
  listsProducts: boolean;
  /** In a chapter with 专栏 tables (the industries, the programs): where chain statements are read. */
  statesLinks: boolean;
}

export interface PlanDoc {
  view: TextView;
  industries: Industry[];
  units: Unit[];
  locate: Locator;
}

export function readDoc(text: string): PlanDoc {
  const view = makeView(text);
  const outline = parseOutline(view.clean);
  const { industries } = findIndustries(view, outline);
  const directions: Direction[] = industries.flatMap((ind) =>
    directionsOf(view.clean, ind).map((d) => ({ ...d, id: `direction:${ind.name}/${d.name}` })),
  );
  const locate = makeLocator(outline, industries, directions);
  const units: Unit[] = [];
  let statesLinks = false;
  const add = (line: Line, kind: Unit["kind"], listsProducts: boolean, industry?: Industry) =>
    units.push({ line, kind, section: locate(line.start).section, industry, listsProducts, statesLinks });
  for (const chapter of outline.chapters) {
    statesLinks = chapter.parts.some((p) => p.boxes.length > 0);
    for (const line of chapter.intro) add(line, "para", false);
    for (const part of chapter.parts) {
      const industry = industries.find((i) => i.part === part);
      for (const line of part.paras) add(line, "para", Boolean(industry), industry);
      for (const box of part.boxes) {
        for (const row of box.rows) {
          if (row.label === "重点区县") continue;
          for (const line of row.lines) add(line, "cell", true, industry);
        }
      }
    }
  }
  units.sort((a, b) => a.line.start - b.line.start);
  return { view, industries, units, locate };
}
