/**
 * The chain and path views' added part of the view state (core/viewState.ts holds the whole): the
 * chain link chosen, the chain table, and the connection types the path view's paths may use.
 *
 *   ?view=chain&industry=…&gap=FEEDS:product:MEMS->product:MEMS传感器&table=1
 *   ?view=path&from=…&to=…&pedges=FEEDS,SUPPLIES
 *
 * - `gap`    the chain link chosen (a gap from the list, or any link tapped): centred and zoomed to
 * - `table=1` the chain table is shown
 * - `pedges` the connection types the paths may use, in contract order (omitted: all; `pedges=`: none)
 */
import type { EdgeType } from "../../../contract/graph.js";
import { EDGE_TYPES } from "../../../contract/vocabulary.js";

export interface ChainState {
  /** The chain view's chosen link (edge id, "" for none). */
  gap: string;
  chainTable: boolean;
  /** The connection types the path view's paths may use (null: all), in contract order. */
  pathEdges: readonly EdgeType[] | null;
}

export const CHAIN_DEFAULTS: ChainState = { gap: "", chainTable: false, pathEdges: null };

/** Contract order, duplicates and unknown names dropped. */
export function normalizeEdgeTypes(types: Iterable<string>): EdgeType[] {
  const wanted = new Set(types);
  return EDGE_TYPES.filter((t) => wanted.has(t));
}

/** Every type is the same as no filter: null. */
const allAsNull = (types: EdgeType[]) => (types.length === EDGE_TYPES.length ? null : types);

export function parseChain(q: URLSearchParams): ChainState {
  const pedges = q.get("pedges");
  return {
    gap: q.get("gap") ?? "",
    chainTable: q.get("table") === "1",
    pathEdges: pedges === null ? null : allAsNull(normalizeEdgeTypes(pedges.split(",").map((t) => t.trim()))),
  };
}

/** The query parameters of a state's chain part (`encode` escapes a value as viewState does). */
export function chainParams(s: ChainState, encode: (v: string) => string): string[] {
  const parts: string[] = [];
  if (s.gap) parts.push(`gap=${encode(s.gap)}`);
  if (s.chainTable) parts.push("table=1");
  if (s.pathEdges) parts.push(`pedges=${normalizeEdgeTypes(s.pathEdges).join(",")}`);
  return parts;
}

/** A filter of connection types as the state keeps it: null for every type (no filter). */
export function pathEdgesOf(types: Iterable<EdgeType> | null): EdgeType[] | null {
  return types === null ? null : allAsNull(normalizeEdgeTypes(types));
}

export function sameEdgeTypes(a: readonly EdgeType[] | null, b: readonly EdgeType[] | null): boolean {
  return a === b || (a !== null && b !== null && a.join() === b.join());
}
