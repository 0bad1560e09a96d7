/**
 * The overview's working set and its recipe in the URL (`ws=`, core/setCodec.ts), which only the
 * whole graph can read or write: a recipe from the URL is read as soon as the graph is there (the
 * first drawing already shows the set), and a set that no recipe names yet (a new expand, an old
 * `set=` link) gets one, so that the link stays short.
 */
import { useEffect, useMemo } from "react";
import type { GraphData } from "../../../contract/graph.js";
import { decodeSet, encodeSet } from "../core/setCodec.js";
import { nameSet, pendingSet, recipeOf, resolveSet, type ViewState } from "../core/viewState.js";
import type { UpdateViewState } from "./useViewState.js";

/** The state with its working set read (while the URL's recipe is being written into it). */
export function useExactSet(state: ViewState, graph: GraphData | null, update: UpdateViewState): ViewState {
  const pending = pendingSet(state);
  const code = state.setRecipe?.code ?? null;
  const read = useMemo(() => (pending && graph && code ? decodeSet(code, graph) : null), [pending, graph, code]);
  useEffect(() => {
    if (read && code) update(resolveSet(code, read), { history: "replace" });
  }, [read, code, update]);

  const { set } = state;
  const named = recipeOf(state) !== null;
  useEffect(() => {
    if (graph && set && !named) update(nameSet(encodeSet(set, graph), set), { history: "replace" });
  }, [graph, set, named, update]);

  return useMemo(() => (read ? { ...state, set: read, hidden: [], setRecipe: { code: code!, of: read } } : state), [read, state, code]);
}
