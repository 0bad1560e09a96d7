/**
 * Clauses and 、-lists. A clause is a stretch of a sentence between commas or colons (outside
 * brackets); a list is a run of items joined by 、 (the last ones also by 和/及/与), opened by a verb
 * or preposition and closed by 等 and a head word ("等功率器件", "等领域", "等配套企业") or by the
 * clause's end. Offsets are clean offsets. Pure.
 */
import { type Span, sentences, splitTop, trimSpan } from "../importer/text.js";
import { OPENERS } from "./words.js";

export interface Item extends Span {
  text: string;
}

export interface List {
  items: Item[];
  /** From the first item to the end of the head. */
  span: Span;
  /** The word after 等 up to the next list or the clause's end ("功率器件", "领域应用需求"); "" when none. */
  head: string;
  headSpan: Span | null;
}

/** The product a list's head names: "等功率器件" → 功率器件, "等特色工艺芯片供给能力" → 特色工艺芯片; "" for 领域, 产品… */
export function headNoun(head: string): string {
  const noun = head.replace(/^[对为在]/, "").split(/供给|能力|产能|规模|企业|项目|产业|领域|方向|技术|研究|的|和|及|为|在|，/)[0];
  return noun.length >= 2 ? noun : "";
}

export function sentencesOf(clean: string, span: Span): Span[] {
  return sentences(clean, span);
}

export function clausesOf(clean: string, sentence: Span): Span[] {
  return splitTop(clean, sentence, "，,：:");
}

const OPEN = "（(“《【「‘";
const CLOSE = "）)”》】」’";
const JOINERS = ["和", "及", "与"];
/** 参与, 涉及, 温和…: the joiner is part of a word. */
const NOT_JOINED = /^(参与|给与|涉及|普及|危及|以及|温和|平和|总和|中和)$/;

/** Top-level offsets of `ch` in a span (outside brackets and quotes). */
function topLevel(clean: string, span: Span, chars: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = span.start; i < span.end; i++) {
    const c = clean[i];
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && chars.includes(c)) out.push(i);
  }
  return out;
}

/** Where the first item starts: after the last opener word of the text before it. */
export function afterOpener(clean: string, span: Span): number {
  let best = span.start;
  const text = clean.slice(span.start, span.end);
  for (const w of OPENERS) {
    const at = text.lastIndexOf(w);
    // the opener must leave a name of two characters or more ("推进…生产线" is not opened by 生产)
    if (at >= 0 && span.start + at + w.length > best && text.length - at - w.length >= 2) best = span.start + at + w.length;
  }
  return best;
}

/** Split an item on 和/及/与 (top level) where both sides are at least two characters. */
function splitJoined(clean: string, span: Span): Span[] {
  for (const j of JOINERS) {
    const at = topLevel(clean, span, j).find((i) => i - span.start >= 2 && span.end - i - 1 >= 2 && !NOT_JOINED.test(clean.slice(i - 1, i + 1)));
    if (at !== undefined) return [...splitJoined(clean, { start: span.start, end: at }), ...splitJoined(clean, { start: at + 1, end: span.end })];
  }
  return [span];
}

/** Names that stay whole though they hold 和/及/与 (软件和信息技术服务, 模拟和数模混合芯片). */
export type Keep = (name: string) => boolean;

function toItems(clean: string, spans: Span[], keep: Keep): Item[] {
  return spans
    .map((s) => trimSpan(clean, s))
    .flatMap((s) => (keep(clean.slice(s.start, s.end)) ? [s] : splitJoined(clean, s)))
    .map((s) => trimSpan(clean, s))
    .filter((s) => s.end > s.start)
    .map((s) => ({ ...s, text: clean.slice(s.start, s.end) }));
}

/** The 、-lists of a clause (usually one; "围绕A、B等领域对C的D、E等需求" has two). */
export function listsIn(clean: string, clause: Span, keep: Keep = () => false): List[] {
  const seps = topLevel(clean, clause, "、");
  if (!seps.length) return single(clean, clause);
  const lists: List[] = [];
  let items: Span[] = [];
  let from = afterOpener(clean, { start: clause.start, end: seps[0] });
  const close = (end: number, headFrom: number, headEnd: number) => {
    const head = trimSpan(clean, { start: headFrom, end: headEnd });
    const its = toItems(clean, items, keep);
    if (its.length >= 1) {
      lists.push({
        items: its,
        span: { start: its[0].start, end: Math.max(end, head.end) },
        head: clean.slice(head.start, head.end),
        headSpan: head.end > head.start ? head : null,
      });
    }
    items = [];
  };
  for (let k = 0; k <= seps.length; k++) {
    const end = k < seps.length ? seps[k] : clause.end;
    const seg = { start: from, end };
    const etc = etcIn(clean, seg);
    if (etc === undefined) {
      if (k < seps.length) {
        items.push(seg);
        from = end + 1;
        continue;
      }
      items.push(seg);
      close(seg.end, seg.end, seg.end);
      break;
    }
    items.push({ start: seg.start, end: etc });
    // the head runs to the end of the segment, unless another list starts in it
    const rest = { start: etc + 1, end };
    if (k < seps.length) {
      // another list may start after the head: "…等领域对传动装置的高精度、高功率…"
      const next = afterOpener(clean, rest);
      close(etc, rest.start, next > rest.start ? next : rest.start);
      if (next > rest.start) items.push({ start: next, end });
      from = end + 1;
    } else {
      close(etc, rest.start, rest.end);
      break;
    }
  }
  return lists;
}

/** "加强多元醇等项目引进": one item before 等, after the clause's verb. */
function single(clean: string, clause: Span): List[] {
  const etc = etcIn(clean, clause);
  if (etc === undefined) return [];
  const from = afterOpener(clean, { start: clause.start, end: etc });
  const item = trimSpan(clean, { start: from, end: etc });
  if (from === clause.start || item.end - item.start < 2) return [];
  const head = trimSpan(clean, { start: etc + 1, end: clause.end });
  return [{ items: [{ ...item, text: clean.slice(item.start, item.end) }], span: { start: item.start, end: head.end }, head: clean.slice(head.start, head.end), headSpan: head.end > head.start ? head : null }];
}

/** The first 等 that closes a list (not 等级, 平等, 高等…). */
function etcIn(clean: string, span: Span): number | undefined {
  return topLevel(clean, span, "等").find((i) => clean[i + 1] !== "级" && !"平均同对相高初".includes(clean[i - 1]));
}
