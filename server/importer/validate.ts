/** Final checks of an imported graph: schema, evidence, endpoints, evidence quotes against the text. */
import { GraphData, isTextEvidence } from "../../contract/graph.js";

export function validateGraph(graph: GraphData, original: string): GraphData {
  const parsed = GraphData.parse(graph);
  const ids = new Set<string>();
  for (const n of parsed.nodes) {
    if (ids.has(n.id)) throw new Error(`duplicate node id ${n.id}`);
    ids.add(n.id);
  }
  const edgeIds = new Set<string>();
  for (const e of parsed.edges) {
    if (edgeIds.has(e.id)) throw new Error(`duplicate edge id ${e.id}`);
    edgeIds.add(e.id);
    if (!ids.has(e.source)) throw new Error(`edge ${e.id}: no node ${e.source}`);
    if (!ids.has(e.target)) throw new Error(`edge ${e.id}: no node ${e.target}`);
  }
  for (const item of [...parsed.nodes, ...parsed.edges]) {
    for (const ev of item.evidence) {
      if (isTextEvidence(ev) && original.slice(ev.start, ev.end) !== ev.quote) {
        throw new Error(`${item.id}: evidence quote does not match the text at ${ev.start}-${ev.end}`);
      }
    }
  }
  return parsed;
}
