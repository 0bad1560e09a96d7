/** The view state, read from and written to the URL (see core/viewState.ts for the encoding). */
import { useCallback, useEffect, useRef, useState } from "react";
import { browserLang } from "../core/language.js";
import { parse, serialize, type Producer, type ViewState } from "../core/viewState.js";

/** The language a URL without `lang` opens in (core/language.ts). */
const BROWSER_LANG = browserLang(typeof navigator === "undefined" ? undefined : navigator.languages);

export type UpdateViewState = (producer: Producer, options?: { history?: "push" | "replace" }) => void;

/**
 * Changes that are places worth going back to (selection, view) push a history entry; tweaks
 * (filters, layout, language, the camera a canvas reports) replace the current one. Back/forward
 * re-read the URL. A URL without `lang` opens in the browser's language, and `lang` is written only
 * when it differs from that. A camera means something only in its view (core/camera.ts): another
 * view opens on its own default unless the change brings a camera of its own (a story's scene).
 */
export function useViewState(): [ViewState, UpdateViewState] {
  const [state, setState] = useState<ViewState>(() => parse(window.location.search, BROWSER_LANG));
  const current = useRef(state);
  current.current = state;

  useEffect(() => {
    const onPop = () => setState(parse(window.location.search, BROWSER_LANG));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const update = useCallback<UpdateViewState>((producer, options) => {
    const prev = current.current;
    let next = producer(prev);
    if (next === prev) return;
    if (next.view !== prev.view && next.camera !== null && next.camera === prev.camera) next = { ...next, camera: null };
    const search = serialize(next, BROWSER_LANG);
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
