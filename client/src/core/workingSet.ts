/**
 * The working set: which nodes the overview draws, beyond the type filter.
 *
 * - `set === null` is the default, the whole graph (minus `hidden`).
 * - `set` a list of ids: the canvas draws only those (a neighbourhood the user grows and shrinks).
 *
 * Expand adds a node's neighbours (from `GET /api/nodes/:id/neighbors`); collapse removes the
 * neighbours that hang on that node alone (leaves of the drawn graph whose only drawn neighbour is
 * it). Hide removes one node (from the set, or into `hidden` on the whole graph). The drawn edges
 * are always those of the whole graph between drawn nodes.
 *
 * Pure: `reduceGraphView(view, action, graph)`; the UI records each result in core/history.ts.
 */
import type { GraphData } from "../../../contract/graph.js";

export interface GraphView {
  /** The ids drawn (insertion order), or null for the whole graph. */
  set: readonly string[] | null;
  /** Ids hidden from the whole graph (only meaningful when `set` is null). */
  hidden: readonly string[];
}

export const WHOLE_GRAPH: GraphView = { set: null, hidden: [] };

export type GraphAction =
  /** Start a working set from these ids (e.g. the selection alone). */
  | { kind: "start"; ids: readonly string[] }
  /**
   * Add `add` (a node's neighbours) to the set; without a set, start from `base` (what is drawn:
   * the industry level keeps its picture), or from `id` alone, and them.
   */
  | { kind: "expand"; id: string; add: readonly string[]; base?: readonly string[] }
  /** Remove the neighbours of `id` that have no other drawn neighbour (never `keep`). */
  | { kind: "collapse"; id: string; keep?: readonly string[] }
  | { kind: "hide"; id: string }
  /** Back to the whole graph. */
  | { kind: "whole" };

type Edges = GraphData["edges"];

function unique(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

/** The graph a view draws: its nodes (graph order) and the edges among them. */
export function applyGraphView(graph: GraphData, view: GraphView): GraphData {
  const inSet = view.set ? new Set(view.set) : null;
  const hidden = new Set(view.hidden);
  const nodes = graph.nodes.filter((n) => (inSet ? inSet.has(n.id) : !hidden.has(n.id)));
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

/** The ids a view draws out of `allIds`. */
export function drawnIds(view: GraphView, allIds: readonly string[]): Set<string> {
  if (view.set) return new Set(view.set);
  const hidden = new Set(view.hidden);
  return new Set(allIds.filter((id) => !hidden.has(id)));
}

/** Neighbour ids of `id` among `drawn`, from the edges. */
export function neighboursIn(id: string, edges: Edges, drawn: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const e of edges) {
    if (e.source === id && e.target !== id && drawn.has(e.target)) out.add(e.target);
    else if (e.target === id && e.source !== id && drawn.has(e.source)) out.add(e.source);
  }
  return out;
}

/**
 * What collapsing `id` removes from `drawn`: each drawn neighbour whose only drawn neighbour is
 * `id` (a leaf it holds), except the ids in `keep`.
 */
export function collapsible(id: string, edges: Edges, drawn: ReadonlySet<string>, keep: readonly string[] = []): string[] {
  const kept = new Set([id, ...keep]);
  const others = new Map<string, number>();
  const hood = neighboursIn(id, edges, drawn);
  for (const n of hood) others.set(n, 0);
  for (const e of edges) {
    if (e.source === e.target || !drawn.has(e.source) || !drawn.has(e.target)) continue;
    if (hood.has(e.source) && e.target !== id) others.set(e.source, others.get(e.source)! + 1);
    if (hood.has(e.target) && e.source !== id) others.set(e.target, others.get(e.target)! + 1);
  }
  return [...hood].filter((n) => !kept.has(n) && others.get(n) === 0);
}

/** The ids an expand would add to what is drawn now. */
export function newIds(drawn: ReadonlySet<string>, add: readonly string[]): string[] {
  return unique(add).filter((id) => !drawn.has(id));
}

export function reduceGraphView(view: GraphView, action: GraphAction, graph: GraphData): GraphView {
  switch (action.kind) {
    case "start":
      return { set: unique(action.ids), hidden: [] };
    case "whole":
      return view.set === null && view.hidden.length === 0 ? view : WHOLE_GRAPH;
    case "expand": {
      const base = view.set ?? action.base ?? [action.id];
      const set = unique([...base, action.id, ...action.add]);
      return view.set && set.length === view.set.length ? view : { set, hidden: [] };
    }
    case "collapse": {
      const drawn = drawnIds(view, graph.nodes.map((n) => n.id));
      const gone = new Set(collapsible(action.id, graph.edges, drawn, action.keep));
      if (!gone.size) return view;
      return view.set
        ? { set: view.set.filter((id) => !gone.has(id)), hidden: view.hidden }
        : { set: null, hidden: unique([...view.hidden, ...gone]) };
    }
    case "hide":
      if (view.set) return view.set.includes(action.id) ? { set: view.set.filter((id) => id !== action.id), hidden: [] } : view;
      return view.hidden.includes(action.id) ? view : { set: null, hidden: [...view.hidden, action.id] };
  }
}

/** Views compare by content (the history skips a no-op). */
export function sameGraphView(a: GraphView, b: GraphView): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return (a.set === null ? b.set === null : b.set !== null && same(a.set, b.set)) && same(a.hidden, b.hidden);
}
