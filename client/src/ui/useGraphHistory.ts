/**
 * Undo/redo of graph changes (expand, collapse, hide, working set, type filter), over the pure
 * history of core/history.ts. The history watches the URL state: whatever changed the graph
 * snapshot (a button, a filter, the browser's back button) becomes a step; undo and redo write the
 * snapshot they move to back into the URL (replacing the entry: the browser history is not grown).
 */
import { useCallback, useState } from "react";
import { canRedo, canUndo, createHistory, record, redo, undo, type History } from "../core/history.js";
import { applySnapshot, graphSnapshot, sameSnapshot, type GraphSnapshot, type ViewState } from "../core/viewState.js";
import type { UpdateViewState } from "./useViewState.js";

export interface GraphHistory {
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
}

export function useGraphHistory(state: ViewState, update: UpdateViewState): GraphHistory {
  const [history, setHistory] = useState<History<GraphSnapshot>>(() => createHistory(graphSnapshot(state)));
  const now = graphSnapshot(state);
  let current = history;
  if (!sameSnapshot(now, history.present)) {
    // Derived state: record the change during render (React re-renders at once, before painting).
    current = record(history, now, sameSnapshot);
    setHistory(current);
  }
  const move = useCallback(
    (step: (h: History<GraphSnapshot>) => History<GraphSnapshot>) => {
      const next = step(current);
      if (next === current) return;
      setHistory(next);
      update(applySnapshot(next.present));
    },
    [current, update],
  );
  return {
    canUndo: canUndo(current),
    canRedo: canRedo(current),
    undo: useCallback(() => move(undo), [move]),
    redo: useCallback(() => move(redo), [move]),
  };
}

/** Whether a key event is typing (in a field), where shortcuts must not fire. */
export function isTyping(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  if (!t) return false;
  return t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName);
}

/** Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo. */
export function undoRedoKey(e: KeyboardEvent): "undo" | "redo" | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const k = e.key.toLowerCase();
  if (k === "z") return e.shiftKey ? "redo" : "undo";
  if (k === "y" && !e.shiftKey) return "redo";
  return null;
}
