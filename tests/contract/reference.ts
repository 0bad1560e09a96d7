/**
 * The answers the contract expects, computed from the plan's GraphData by the rules themselves
 * (the shared domain functions, and the neighbourhood rule written out), never by a store.
 */
import type { Chain, DistrictOverlap } from "../../contract/api.js";
import type { GraphData, GraphEdge, NodeType } from "../../contract/graph.js";
import { buildChain } from "../../server/domain/chain.js";
import { compareIds } from "../../server/domain/ids.js";
import { buildOverlap } from "../../server/domain/overlap.js";
import { kShortestPaths, type PathIds } from "../../server/domain/paths.js";

export function countsByType(items: { type: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { type } of items) out[type] = (out[type] ?? 0) + 1;
  return out;
}

export function incidentEdges(graph: GraphData, id: string): GraphEdge[] {
  return graph.edges.filter((e) => e.source === id || e.target === id);
}

export function edgesAmong(graph: GraphData, ids: Set<string>): GraphEdge[] {
  return graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
}

/**
 * The neighbourhood rule both stores follow: breadth first over edges in either direction from the
 * start node (hop 0, whatever its type); a node of a type not in `types` is neither kept nor walked
 * through; nodes in (hop, id) order, the first `limit` kept; edges among the kept nodes.
 */
export function neighborhood(
  graph: GraphData,
  id: string,
  { depth, types, limit }: { depth: number; types?: NodeType[]; limit: number },
): { ids: string[]; edges: GraphEdge[] } {
  const typeOf = new Map(graph.nodes.map((n) => [n.id, n.type]));
  const adjacent = new Map<string, Set<string>>();
  for (const e of graph.edges) {
    (adjacent.get(e.source) ?? adjacent.set(e.source, new Set()).get(e.source)!).add(e.target);
    (adjacent.get(e.target) ?? adjacent.set(e.target, new Set()).get(e.target)!).add(e.source);
  }
  const wanted = types ? new Set<string>(types) : undefined;
  const order = [id];
  const seen = new Set(order);
  let frontier = [id];
  for (let hop = 1; hop <= depth && frontier.length; hop++) {
    const level = new Set<string>();
    for (const at of frontier) {
      for (const nb of adjacent.get(at) ?? []) {
        if (seen.has(nb) || (wanted && !wanted.has(typeOf.get(nb)!))) continue;
        level.add(nb);
      }
    }
    frontier = [...level].sort(compareIds);
    for (const n of frontier) seen.add(n);
    order.push(...frontier);
  }
  const ids = order.slice(0, limit);
  return { ids, edges: edgesAmong(graph, new Set(ids)) };
}

export function referenceChain(graph: GraphData, industryId: string): Chain {
  return buildChain(graph, industryId);
}

export function referenceOverlap(graph: GraphData): DistrictOverlap {
  return buildOverlap(
    graph.edges.filter((e) => e.type === "KEY_DISTRICT").map((e) => ({ district: e.target, industry: e.source })),
  );
}

export function referencePaths(graph: GraphData, from: string, to: string, limits: { k: number; maxDepth: number }): PathIds[] {
  return kShortestPaths(graph.edges, from, to, limits);
}
