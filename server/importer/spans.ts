/** Finding which of many text spans holds a position or a range, by binary search. */
import type { Span } from "./text.js";

/**
 * A lookup of the first value (in the given order) whose span holds a whole range [start, end),
 * for spans that do not overlap one another (chapters, paragraphs, projects' names and items):
 * a binary search over them sorted by start, ties kept in the given order. A position `o` is the
 * range [o, o + 1). The plans' lists grow with the plan, so a scan per look-up was quadratic.
 */
export function spanIndex<T>(entries: readonly { span: Span; value: T }[]): (range: Span) => T | undefined {
  const sorted = entries.map((e, order) => ({ ...e, order })).sort((a, b) => a.span.start - b.span.start || a.order - b.order);
  return ({ start, end }) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].span.start <= start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // spans starting at the same place: the earliest given that holds the range
    let best: { value: T; order: number } | undefined;
    for (let i = at; i >= 0 && sorted[i].span.start === sorted[at].span.start; i--) {
      const e = sorted[i];
      if (end <= e.span.end && (!best || e.order < best.order)) best = e;
    }
    return best?.value;
  };
}
