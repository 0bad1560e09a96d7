/**
 * Whether story mode is on: <html data-presenting="true">, set and cleared by story mode
 * (present/usePresentPage.ts). Views drawn by themselves rather than by CSS (the district map's
 * SVG labels, placed in JavaScript) read it here to draw projector-sized; they cannot take it
 * from React, as story mode wraps whichever view is on screen without passing props into it.
 */
import { useSyncExternalStore } from "react";

const presentingNow = () => document.documentElement.getAttribute("data-presenting") === "true";

// One observer per subscriber: only the attribute is watched, and only a few views subscribe.
function subscribe(changed: () => void): () => void {
  const observer = new MutationObserver(changed);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-presenting"] });
  return () => observer.disconnect();
}

export function usePresenting(): boolean {
  return useSyncExternalStore(subscribe, presentingNow, () => false);
}
