/**
 * Statistics over the drawn graph, for colouring and sizing: Louvain communities and betweenness
 * centrality (graphology). Pure functions over plain `{ nodes, edges }` (edges read as undirected,
 * parallel edges merged, self-loops dropped). The UI loads this module lazily (`import()`), so
 * graphology stays out of the main bundle.
 */
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import { mulberry32 } from "./seededRandom.js";

export interface PlainGraph {
  nodes: readonly { id: string }[];
  edges: readonly { source: string; target: string }[];
}

/** The undirected simple graph; `weight` counts the parallel edges merged into one. */
export function toUndirected(graph: PlainGraph): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const n of graph.nodes) g.mergeNode(n.id);
  for (const e of graph.edges) {
    if (e.source === e.target || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    if (g.hasEdge(e.source, e.target)) g.updateEdgeAttribute(e.source, e.target, "weight", (w) => (w ?? 1) + 1);
    else g.addEdge(e.source, e.target, { weight: 1 });
  }
  return g;
}

/** Louvain runs seeded, so that the same graph gets the same communities. */
const LOUVAIN_SEED = 42;

/**
 * Louvain communities: node id → community index, 0 the largest (ties: the one whose first
 * member id sorts first). An isolated node is a community of its own.
 */
export function communities(graph: PlainGraph): Map<string, number> {
  const g = toUndirected(graph);
  const out = new Map<string, number>();
  if (g.order === 0) return out;
  const raw: Record<string, number> =
    g.size === 0
      ? Object.fromEntries(g.nodes().map((n, i) => [n, i]))
      : louvain(g, { getEdgeWeight: "weight", rng: mulberry32(LOUVAIN_SEED), randomWalk: true });
  const members = new Map<number, string[]>();
  for (const id of graph.nodes.map((n) => n.id)) {
    if (!(id in raw)) continue;
    const c = raw[id];
    if (!members.has(c)) members.set(c, []);
    members.get(c)!.push(id);
  }
  const groups = [...members.values()].map((ids) => ids.sort());
  groups.sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  groups.forEach((ids, i) => ids.forEach((id) => out.set(id, i)));
  return out;
}

/** Betweenness centrality, normalised (0–1), of every node. */
export function betweenness(graph: PlainGraph): Map<string, number> {
  const g = toUndirected(graph);
  if (g.order === 0) return new Map();
  const scores = betweennessCentrality(g, { getEdgeWeight: null, normalized: true });
  return new Map(graph.nodes.map((n) => [n.id, scores[n.id] ?? 0]));
}
