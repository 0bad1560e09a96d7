/**
 * Story mode's keys (core/presentation.ts keyAction): caught on the window before the explorer's
 * own shortcuts (Esc would clear the selection, Space scroll), so a clicker drives the story only.
 */
import { useEffect } from "react";
import { keyAction, type PresentAction } from "../../core/presentation.js";
import { useLatest } from "../canvas/useCyCanvas.js";

/** Space and Enter on a focused button press that button; they are not a step forward then. */
function pressesButton(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return (e.key === " " || e.key === "Enter") && t?.closest?.("button, a, [role=button]") != null;
}

export function useStoryKeys(onAction: (action: PresentAction) => void): void {
  const handler = useLatest(onAction);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (pressesButton(e)) return;
      const action = keyAction(e);
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      if (e.repeat && (action === "blank" || action === "caption" || action === "exit")) return;
      handler.current(action);
    };
    // capture on the window: ahead of every listener the explorer has
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [handler]);
}
