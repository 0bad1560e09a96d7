/**
 * Undo/redo as a pure history: `past` (oldest first), `present`, `future` (next first).
 * `record` adds a new present (dropping the future, as an editor does); `undo`/`redo` move along.
 * Every function returns the same object when nothing changes, so callers can compare by identity.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
}

/** How many steps are kept back. */
export const HISTORY_LIMIT = 100;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

export function record<T>(
  h: History<T>,
  next: T,
  equal: (a: T, b: T) => boolean = Object.is,
  limit = HISTORY_LIMIT,
): History<T> {
  if (equal(h.present, next)) return h;
  const past = [...h.past, h.present];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, present: next, future: [] };
}

export function undo<T>(h: History<T>): History<T> {
  if (!h.past.length) return h;
  return { past: h.past.slice(0, -1), present: h.past[h.past.length - 1], future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  if (!h.future.length) return h;
  return { past: [...h.past, h.present], present: h.future[0], future: h.future.slice(1) };
}

export const canUndo = (h: History<unknown>) => h.past.length > 0;
export const canRedo = (h: History<unknown>) => h.future.length > 0;
