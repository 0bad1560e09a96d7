/**
 * Waiting until the view on screen is drawn: a scene shown for story mode or for a PPTX slide is
 * only worth a picture once its canvas has laid out (or its map, or its text, is there).
 */
import type { ViewState } from "../../core/viewState.js";

export class ViewTimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`the ${what} was not drawn within ${Math.round(ms / 1000)} s`);
    this.name = "ViewTimeoutError";
  }
}

export interface WaitOptions {
  /** Give up after this many ms (default 20 s). */
  timeout?: number;
  signal?: AbortSignal;
}

/** What shows the view drawn, by the view and its mode. */
function drawnTarget(state: Pick<ViewState, "view" | "districtMode">): { what: string; drawn: (doc: Document) => boolean } {
  if (state.view === "districts" && state.districtMode === "map") {
    return {
      what: "district map",
      drawn: (doc) => Number(doc.querySelector('[data-testid="district-map"]')?.getAttribute("data-district-count") ?? 0) > 0,
    };
  }
  if (state.view === "districts" && state.districtMode === "matrix") {
    return { what: "district matrix", drawn: (doc) => doc.querySelector('[data-testid="district-matrix"] [data-testid="district-row"]') !== null };
  }
  if (state.view === "reader") {
    return { what: "plan text", drawn: (doc) => (doc.querySelector('[data-testid="reader-text"]')?.textContent?.length ?? 0) > 0 };
  }
  return {
    what: "graph",
    drawn: (doc) => {
      const canvas = doc.querySelector('main [data-testid="graph-canvas"]') ?? doc.querySelector('[data-testid="graph-canvas"]');
      return canvas?.getAttribute("data-ready") === "true" && Number(canvas.getAttribute("data-node-count") ?? 0) > 0;
    },
  };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once the view of `state` is drawn and has stayed so for two checks in a row (a canvas
 * of the view being left may still say ready for a frame); rejects after the timeout or on abort.
 */
export async function waitForView(state: Pick<ViewState, "view" | "districtMode">, options: WaitOptions = {}): Promise<void> {
  const timeout = options.timeout ?? 20_000;
  const { what, drawn } = drawnTarget(state);
  const until = performance.now() + timeout;
  // Let React commit the new state before looking at the page.
  await nextFrame();
  await nextFrame();
  let streak = 0;
  while (streak < 2) {
    if (options.signal?.aborted) throw options.signal.reason ?? new DOMException("aborted", "AbortError");
    if (performance.now() > until) throw new ViewTimeoutError(what, timeout);
    streak = drawn(document) ? streak + 1 : 0;
    if (streak < 2) await sleep(80);
  }
}
