/**
 * The part of a whole graph that buildChain needs for one industry, step by step as chain.ts's
 * header lists it. The Neo4j store fetches the same with Cypher; this executable form lets tests
 * pin buildChain(neighbourhood) to buildChain(whole graph) and the Cypher's answer to this one.
 */
import type { EdgeType, GraphData, GraphEdge } from "../../contract/graph.js";

export function chainNeighbourhood(graph: GraphData, industryId: string): GraphData {
  const picked = new Map<string, GraphEdge>();
  const pick = (type: EdgeType, where: (e: GraphEdge) => boolean): GraphEdge[] => {
    const edges = graph.edges.filter((e) => e.type === type && where(e));
    for (const e of edges) picked.set(e.id, e);
    return edges;
  };
  const ends = (edges: GraphEdge[], end: "source" | "target") => new Set(edges.map((e) => e[end]));
  const from = (ids: Set<string>) => (e: GraphEdge) => ids.has(e.source);
  const I = new Set([industryId]);

  // 1. I's own edges
  const D = ends(pick("HAS_DIRECTION", from(I)), "target");
  const J = ends(pick("HAS_PROJECT", from(I)), "target");
  const F = ends(pick("HAS_PLATFORM", from(I)), "target");
  pick("KEY_DISTRICT", from(I));
  const supplies = pick("SUPPLIES", (e) => e.source === industryId || e.target === industryId);
  const N = new Set(supplies.flatMap((e) => [e.source, e.target]).filter((id) => id !== industryId));
  // 2. products
  const P = ends(pick("COVERS", (e) => e.source === industryId || D.has(e.source)), "target");
  // 3. FEEDS touching P; L = the link products
  const feeds = pick("FEEDS", (e) => P.has(e.source) || P.has(e.target));
  const L = new Set([...P, ...feeds.flatMap((e) => [e.source, e.target])]);
  // 4. projects involving them
  const Q = ends(pick("INVOLVES", (e) => L.has(e.target)), "source");
  // 5. the SUPPLIES neighbours' projects and key districts
  pick("HAS_PROJECT", from(N));
  pick("KEY_DISTRICT", from(N));
  // 6. where projects and platforms are
  pick("LOCATED_IN", from(new Set([...J, ...F, ...Q])));
  // 7. the nodes at the ends
  const edges = [...picked.values()];
  const ids = new Set([industryId, ...edges.flatMap((e) => [e.source, e.target])]);
  return { nodes: graph.nodes.filter((n) => ids.has(n.id)), edges };
}
