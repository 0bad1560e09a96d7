/** One sentence as the link patterns read it: its clauses and their 、-lists. Pure. */
import type { Span } from "../importer/text.js";
import type { Mentions } from "./anchors.js";
import type { PlanDoc, Unit } from "./document.js";
import { type Keep, type List, afterOpener, clausesOf, listsIn } from "./lists.js";
import type { Pattern } from "./types.js";

export interface SentenceCtx {
  doc: PlanDoc;
  unit: Unit;
  sentence: Span;
  clauses: Span[];
  lists: List[][];
  mentions: Mentions;
  keep: Keep;
}

/** A link as a pattern reads it: names as written (an item, a noun), the clauses that state it. */
export interface RawLink {
  from: string;
  to: string;
  span: Span;
  pattern: Pattern;
}

export function sentenceCtx(doc: PlanDoc, unit: Unit, sentence: Span, mentions: Mentions, keep: Keep): SentenceCtx {
  const clauses = clausesOf(doc.view.clean, sentence);
  return { doc, unit, sentence, clauses, lists: clauses.map((c) => listsIn(doc.view.clean, c, keep)), mentions, keep };
}

export const text = (ctx: SentenceCtx, s: Span): string => ctx.doc.view.clean.slice(s.start, s.end);

/** From the start of clause i to the end of clause j. */
export const clauseSpan = (ctx: SentenceCtx, i: number, j: number): Span => ({ start: ctx.clauses[i].start, end: ctx.clauses[j].end });

/** The noun a clause's verb takes when it lists nothing: "攻克一批高端齿轮产品" → 一批高端齿轮产品. */
export function objectOf(ctx: SentenceCtx, clause: Span): string {
  const from = afterOpener(ctx.doc.view.clean, clause);
  return from > clause.start ? text(ctx, { start: from, end: clause.end }) : "";
}

/** The noun at the end of a span, after its last verb or preposition (the whole span when none). */
export function tailNoun(ctx: SentenceCtx, span: Span): string {
  return text(ctx, { start: afterOpener(ctx.doc.view.clean, span), end: span.end });
}

/** Vocabulary names mentioned in a span, in order, each once. */
export function mentioned(ctx: SentenceCtx, span: Span): string[] {
  const names = ctx.mentions.all.filter((m) => m.start >= span.start && m.end <= span.end).map((m) => m.term);
  return names.filter((n, i) => names.indexOf(n) === i);
}

export function cross(froms: string[], tos: string[], span: Span, pattern: Pattern): RawLink[] {
  return froms.flatMap((from) => tos.map((to) => ({ from, to, span, pattern })));
}
