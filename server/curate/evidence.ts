/**
 * A proposal's quote and offsets. The quote is a span of the clean text; the importer finds a
 * curated quote at its first occurrence, so a quote that occurs earlier in the text is widened to
 * its sentence, which usually makes it unique. Pure.
 */
import type { Span } from "../importer/text.js";
import type { PlanDoc } from "./document.js";
import type { Located } from "./types.js";

export function locate(doc: PlanDoc, span: Span, sentence?: Span): Located {
  const clean = doc.view.clean;
  let s = span;
  if (sentence && clean.indexOf(clean.slice(s.start, s.end)) !== s.start) s = sentence;
  const start = doc.view.map[s.start];
  const end = doc.view.map[s.end - 1] + 1;
  return { quote: clean.slice(s.start, s.end), start, end, section: doc.locate(s.start).section };
}
