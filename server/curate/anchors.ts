/**
 * Anchors: the product a 配套/上下游/带动 list serves when the sentence does not name it next to the
 * list. The nearest mention of a vocabulary name before the list in the same sentence, else after
 * it, else those of the paragraph's lead phrase and the nearest before it in the paragraph, else the items of the first list of the industry
 * section's opening paragraph ("应对笔记本电脑、手机等产业…"). Pure.
 */
import { leadPhrase } from "../importer/directions.js";
import { type Mention, findMentions } from "../importer/products.js";
import type { Span } from "../importer/text.js";
import type { PlanDoc, Unit } from "./document.js";
import { type Keep, clausesOf, listsIn, sentencesOf } from "./lists.js";

export interface Mentions {
  all: Mention[];
}

export function mentionsOf(doc: PlanDoc, terms: readonly { term: string; aliases: string[] }[]): Mentions {
  return { all: findMentions(doc.view.clean, terms) };
}

const inside = (m: Span, s: Span) => m.start >= s.start && m.end <= s.end;

export function anchorsFor(
  doc: PlanDoc,
  mentions: Mentions,
  unit: Unit,
  sentence: Span,
  list: Span,
  keep: Keep,
): string[] {
  const outside = (m: Mention) => !(m.start < list.end && m.end > list.start);
  const before = mentions.all.filter((m) => inside(m, { start: sentence.start, end: list.start }) && outside(m));
  if (before.length) return [before[before.length - 1].term];
  const after = mentions.all.filter((m) => inside(m, { start: list.end, end: sentence.end }));
  if (after.length) return [after[0].term];
  // the paragraph's lead phrase and the nearest earlier mention: the reviewer picks
  const found: string[] = [];
  const lead = leadPhrase(unit.line);
  if (lead) found.push(...mentions.all.filter((m) => inside(m, lead)).map((m) => m.term));
  const earlier = mentions.all.filter((m) => inside(m, { start: unit.line.start, end: sentence.start }));
  if (earlier.length) found.push(earlier[earlier.length - 1].term);
  if (found.length) return [...new Set(found)];
  const first = unit.industry?.part.paras[0];
  if (!first) return [];
  const clean = doc.view.clean;
  for (const s of sentencesOf(clean, first)) {
    for (const c of clausesOf(clean, s)) {
      const [l] = listsIn(clean, c, keep);
      if (l) return l.items.slice(0, 3).map((i) => i.text);
    }
  }
  return [];
}
