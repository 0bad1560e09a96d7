/**
 * The compare view's place in the URL: `view=compare&a=<planId>&b=<planId>` (each omitted when
 * empty: the view then picks the first two plans, core/compare.ts). Read and written here, kept by
 * core/viewState.ts with the rest of the view. Pure.
 */
export interface CompareState {
  /** The plans side by side, "" for the default. */
  compareA: string;
  compareB: string;
}

export const COMPARE_DEFAULTS: CompareState = { compareA: "", compareB: "" };

export function parseCompare(q: URLSearchParams): CompareState {
  return { compareA: q.get("a") ?? "", compareB: q.get("b") ?? "" };
}

/** The parameters of a state; `encode` as viewState's. */
export function compareParams(s: CompareState, encode: (v: string) => string): string[] {
  return [...(s.compareA ? [`a=${encode(s.compareA)}`] : []), ...(s.compareB ? [`b=${encode(s.compareB)}`] : [])];
}

/** Choose the two plans (either may stay as it was). */
export const setComparePlans =
  (pick: { a?: string; b?: string }) =>
  <S extends CompareState>(s: S): S => {
    const compareA = pick.a ?? s.compareA;
    const compareB = pick.b ?? s.compareB;
    return compareA === s.compareA && compareB === s.compareB ? s : { ...s, compareA, compareB };
  };
