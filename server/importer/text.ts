/**
 * The text view the parsers work on. The plan text is never normalised: parsers read a "clean"
 * copy (no BOM, no CR, no `[bookmark: …]` tags) and every clean offset maps back to an offset of
 * the original, so evidence quotes are always `original.slice(start, end)`.
 */
import type { TextEvidence } from "../../contract/graph.js";

export interface TextView {
  readonly original: string;
  readonly clean: string;
  /** map[i] = offset in `original` of clean[i]. */
  readonly map: readonly number[];
}

/** A half-open range of clean offsets. */
export interface Span {
  start: number;
  end: number;
}

/** One non-blank line of the clean text, trimmed; offsets are clean offsets. */
export interface Line extends Span {
  /** 0-based index among all clean lines (blank ones included). */
  no: number;
  text: string;
}

export const BOOKMARK_RE = /\[bookmark:[^\]\n]*\]/g;

export function makeView(original: string): TextView {
  const skip = new Uint8Array(original.length);
  for (const m of original.matchAll(BOOKMARK_RE)) skip.fill(1, m.index, m.index + m[0].length);
  let clean = "";
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const c = original[i];
    if (skip[i] || c === "\r" || c === "\uFEFF") continue;
    clean += c;
    map.push(i);
  }
  return { original, clean, map };
}

const LEAD_WS = /^\s+/;
const TRAIL_WS = /\s+$/;

/** The non-blank lines of the clean text, trimmed. */
export function linesOf(clean: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let no = 0;
  while (start <= clean.length) {
    let end = clean.indexOf("\n", start);
    if (end < 0) end = clean.length;
    const raw = clean.slice(start, end);
    const lead = LEAD_WS.exec(raw)?.[0].length ?? 0;
    const trail = TRAIL_WS.exec(raw)?.[0].length ?? 0;
    if (lead < raw.length) {
      out.push({ no, start: start + lead, end: end - trail, text: raw.slice(lead, raw.length - trail) });
    }
    no++;
    start = end + 1;
  }
  return out;
}

/** Narrow a span by trimming whitespace and the given punctuation at both ends. */
export function trimSpan(clean: string, span: Span, chars = ""): Span {
  let { start, end } = span;
  const strip = (c: string) => /\s/.test(c) || chars.includes(c);
  while (start < end && strip(clean[start])) start++;
  while (end > start && strip(clean[end - 1])) end--;
  return { start, end };
}

export function textOf(view: TextView, span: Span): string {
  return view.clean.slice(span.start, span.end);
}

/** Evidence for a clean span: offsets and quote from the original text. */
export function evidence(view: TextView, planId: string, span: Span, section: string): TextEvidence {
  if (span.end <= span.start) throw new Error(`empty evidence span at ${span.start} (${section})`);
  const start = view.map[span.start];
  const end = view.map[span.end - 1] + 1;
  return { planId, start, end, quote: view.original.slice(start, end), section };
}

const OPEN = "（(“《【「‘";
const CLOSE = "）)”》】」’";

/**
 * Split `span` at any of `seps` outside brackets and quotes; the pieces are trimmed spans
 * (empty pieces dropped).
 */
export function splitTop(clean: string, span: Span, seps: string): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let from = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = clean[i];
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && seps.includes(c)) {
      out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  out.push({ start: from, end: span.end });
  return out.map((s) => trimSpan(clean, s)).filter((s) => s.end > s.start);
}

/** Sentences of a span (split after 。！？；), each without its final mark. */
export function sentences(clean: string, span: Span): Span[] {
  return splitTop(clean, span, "。！？；");
}

/** Remove whitespace from a label (headings carry stray spaces after bookmark removal). */
export function squash(s: string): string {
  return s.replace(/\s+/g, "");
}
