/** A synthetic corpus: the plan's graph copied `times` times, ids suffixed so the copies are disjoint. */
import type { GraphData } from "../../contract/graph.js";

export function replicate(graph: GraphData, times: number, tag = "copy"): GraphData {
  const nodes: GraphData["nodes"] = [];
  const edges: GraphData["edges"] = [];
  for (let k = 0; k < times; k++) {
    const id = (s: string) => `${s}#${tag}${k}`;
    for (const n of graph.nodes) nodes.push({ ...n, id: id(n.id) });
    for (const e of graph.edges) edges.push({ ...e, id: id(e.id), source: id(e.source), target: id(e.target) });
  }
  return { nodes, edges };
}
