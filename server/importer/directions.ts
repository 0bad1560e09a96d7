/**
 * Directions: the lead phrase of each paragraph of an industry section ("积极发展化合物半导体。…").
 * A paragraph has a lead phrase when its first sentence is short and has no comma; the section's
 * introduction (a long sentence with commas) has none and is skipped.
 */
import { type Ctx, addEdge, addNode, ev } from "./context.js";
import type { Industry } from "./industries.js";
import { industryId } from "./industryGraph.js";
import type { Line, Span } from "./text.js";

export interface Direction {
  id: string;
  name: string;
  industry: Industry;
  /** The whole paragraph (one line) the direction leads. */
  para: Line;
  span: Span;
}

const MAX_LEAD = 30;

export function leadPhrase(line: Line): Span | null {
  const dot = line.text.indexOf("。");
  if (dot <= 1 || dot > MAX_LEAD) return null;
  const lead = line.text.slice(0, dot);
  if (/[，,；;：:]/.test(lead)) return null;
  return { start: line.start, end: line.start + dot };
}

export function directionsOf(clean: string, ind: Industry): Omit<Direction, "id">[] {
  const out: Omit<Direction, "id">[] = [];
  for (const para of ind.part.paras) {
    const span = leadPhrase(para);
    if (span) out.push({ name: clean.slice(span.start, span.end), industry: ind, para, span });
  }
  return out;
}

export function addDirections(ctx: Ctx, industries: readonly Industry[]): Direction[] {
  const all: Direction[] = [];
  for (const ind of industries) {
    const found = directionsOf(ctx.view.clean, ind);
    if (!found.length && ind.part.paras.length) {
      ctx.warnings.push(`industry ${ind.name}: no paragraph with a lead phrase, so no directions`);
    }
    for (const d of found) {
      const e = [ev(ctx, d.span, ind.path)];
      const id = addNode(ctx, "Direction", `${ind.name}/${d.name}`, d.name, { industry: ind.name, section: ind.path }, e);
      addEdge(ctx, "HAS_DIRECTION", industryId(ind.name), id, e);
      all.push({ ...d, id });
    }
  }
  return all;
}
