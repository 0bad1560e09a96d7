/**
 * Demand statements: "面向/围绕/瞄准 A、B等领域（对C的）…需求，发展X、Y" — each product of the
 * clauses after the demand FEEDS each of A, B (or C, which then FEEDS A, B); and "X在A、B等领域
 * （的）应用" — X FEEDS A, B. Pure.
 */
import type { Span } from "../importer/text.js";
import { headNoun } from "./lists.js";
import { isProductName, normalise } from "./names.js";
import { type RawLink, type SentenceCtx, clauseSpan, cross, mentioned, objectOf, tailNoun, text } from "./sentence.js";

const TRIGGER = /面向|围绕|瞄准|聚焦/g;
const FIELD_WORD = /^(重点|细分)?(领域|行业|产业|方面)/;
/** Words after a demand's noun that are not part of it: the noun ends at the first. */
const DEMAND_TAIL = /的|持续增长|高质量|应用|发展|迫切|巨大|新需求|市场|细分|临床|需求|需要|等|领域|行业|方面/;

function demandNoun(s: string): string {
  return s.replace(/^对/, "").split(DEMAND_TAIL)[0];
}

/** The fields and the object (对C的需求, 领域C需求) a demand clause names after its trigger. */
function demandTargets(ctx: SentenceCtx, i: number, at: number): { fields: string[]; object: string } | null {
  const clause = ctx.clauses[i];
  const rest = text(ctx, { start: at, end: clause.end });
  const list = ctx.lists[i].find((l) => l.span.start >= at);
  const hasDemand = /需求|需要/.test(rest);
  // 聚焦 is a demand only with 需求 ("聚焦航空、燃气轮机等应用需求")
  if (text(ctx, { start: at - 2, end: at }) === "聚焦" && !hasDemand) return null;
  if (list) {
    const head = list.head;
    const isField = FIELD_WORD.test(head);
    // "面向A、B等领域，提高X供给能力" states a demand; "围绕A、B等领域培育…" does not
    if (!hasDemand && !(isField && text(ctx, { start: at - 2, end: at }) === "面向")) return null;
    const items = list.items.map((it) => it.text);
    const of = /^(?:(?:重点|细分)?(?:领域|行业|产业|方面))?对(.+?)的/.exec(head);
    if (of) return { fields: items, object: of[1] };
    if (isField) return { fields: items, object: demandNoun(head.replace(FIELD_WORD, "")) };
    const noun = demandNoun(head);
    return noun ? { fields: [noun], object: "" } : { fields: items, object: "" };
  }
  if (!hasDemand) return null;
  const noun = demandNoun(rest);
  return noun ? { fields: noun.split(/及|和|与/).filter((s) => s.length >= 2), object: "" } : null;
}

/**
 * The products of clauses i+1… up to the next demand. Per clause: its list items (and the list's
 * head noun), else the vocabulary names it mentions, else its verb's object when that is a short
 * product name ("打造MEMS传感器产业集群").
 */
function productsAfter(ctx: SentenceCtx, i: number): { names: string[]; last: number } {
  const names: string[] = [];
  let last = i;
  for (let k = i + 1; k < ctx.clauses.length && !/面向|围绕|瞄准/.test(text(ctx, ctx.clauses[k])); k++) {
    let found = ctx.lists[k].flatMap((l) => [...l.items.map((it) => it.text), headNoun(l.head)].filter((n) => n));
    if (!found.length) found = mentioned(ctx, ctx.clauses[k]);
    if (!found.length) {
      const o = normalise(objectOf(ctx, ctx.clauses[k]));
      if (o.length <= 10 && isProductName(o)) found = [o];
    }
    if (found.length) last = k;
    names.push(...found.filter((n) => !names.includes(n)));
  }
  return { names, last };
}

export function demandLinks(ctx: SentenceCtx): RawLink[] {
  const out: RawLink[] = [];
  ctx.clauses.forEach((clause, i) => {
    for (const m of text(ctx, clause).matchAll(TRIGGER)) {
      const targets = demandTargets(ctx, i, clause.start + m.index + m[0].length);
      if (!targets) continue;
      const { names, last } = productsAfter(ctx, i);
      if (!names.length) continue;
      const span = clauseSpan(ctx, i, last);
      // with an object (对C的需求), the products FEED C and C FEEDS the fields
      if (targets.object) {
        out.push(...cross(names, [targets.object], span, "需求"));
        out.push(...cross([targets.object], targets.fields, span, "需求"));
      } else out.push(...cross(names, targets.fields, span, "需求"));
    }
  });
  return out;
}

const IN_FIELDS = /在([^在]+?)等?(?:重点)?(?:领域|行业)(?:的)?(?:融合)?应用/g;

export function applicationLinks(ctx: SentenceCtx): RawLink[] {
  const out: RawLink[] = [];
  ctx.clauses.forEach((clause, i) => {
    for (const m of text(ctx, clause).matchAll(IN_FIELDS)) {
      const at = clause.start + m.index;
      const fieldsSpan: Span = { start: at + 1, end: at + 1 + m[1].length };
      const list = ctx.lists[i].find((l) => l.span.start >= fieldsSpan.start && l.span.start < fieldsSpan.end);
      const fields = list ? list.items.map((it) => it.text) : [m[1]];
      const subject = tailNoun(ctx, { start: clause.start, end: at });
      const prev = i > 0 ? ctx.lists[i - 1].flatMap((l) => l.items.map((it) => it.text)) : [];
      const subjects = subject ? [subject] : prev;
      if (!subjects.length) continue;
      out.push(...cross(subjects, fields, clauseSpan(ctx, subject ? i : i - 1, i), "应用"));
    }
  });
  return out;
}
