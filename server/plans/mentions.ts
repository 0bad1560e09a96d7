/** Where the plan text mentions the graph's nodes: every text evidence of a node is a mention. */
import type { GraphData } from "../../contract/graph.js";
import { isTextEvidence } from "../../contract/vocabulary.js";
import type { Mention } from "../../contract/api.js";

export function mentionsOf(graph: GraphData, planId: string): Mention[] {
  const out: Mention[] = [];
  for (const node of graph.nodes) {
    for (const ev of node.evidence) {
      if (isTextEvidence(ev) && ev.planId === planId) out.push({ start: ev.start, end: ev.end, nodeId: node.id });
    }
  }
  // reading order; at one place the longer span first
  return out.sort((a, b) => a.start - b.start || b.end - a.end || a.nodeId.localeCompare(b.nodeId));
}
