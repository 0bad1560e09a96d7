/** The view state, read from and written to the URL (see core/viewState.ts for the encoding). */
import { useCallback, useEffect, useRef, useState } from "react";
import { parse, serialize, type Producer, type ViewState } from "../core/viewState.js";

export type UpdateViewState = (producer: Producer, options?: { history?: "push" | "replace" }) => void;

/**
 * Changes that are places worth going back to (selection, view) push a history entry; tweaks
 * (filters, layout, language) replace the current one. Back/forward re-read the URL.
 */
export function useViewState(): [ViewState, UpdateViewState] {
  const [state, setState] = useState<ViewState>(() => parse(window.location.search));
  const current = useRef(state);
  current.current = state;

  useEffect(() => {
    const onPop = () => setState(parse(window.location.search));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const update = useCallback<UpdateViewState>((producer, options) => {
    const prev = current.current;
    const next = producer(prev);
    if (next === prev) return;
    const search = serialize(next);
    if (search !== window.location.search) {
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (options?.history === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    }
    current.current = next;
    setState(next);
  }, []);

  return [state, update];
}
