/** `GET /api/plans`: each plan's summary, read off its Plan node and its statements. */
import type { PlanSummary } from "../../contract/api.js";
import type { GraphData, GraphNode } from "../../contract/graph.js";
import { countByType } from "../importer/report.js";
import { planIdsOf, plansOf, projectItem } from "./planSet.js";

export type PlanCounts = PlanSummary["counts"];

const str = (v: unknown): string | undefined => (typeof v === "string" && v ? v : undefined);

/** The summary of one plan from its Plan node (as that plan states it) and its counts. */
export function summarizePlan(planNode: GraphNode, counts: PlanCounts): PlanSummary {
  const id = str(planNode.props.planId) ?? planNode.id.replace(/^plan:/, "");
  const p = projectItem(planNode, id) ?? planNode;
  const lacks = p.props.lacks;
  return {
    id,
    nodeId: p.id,
    title: p.name,
    ...(p.nameEn ? { titleEn: p.nameEn } : {}),
    region: str(p.props.region) ?? "",
    ...(str(p.props.regionCode) ? { regionCode: str(p.props.regionCode) } : {}),
    ...(str(p.props.period) ? { period: str(p.props.period) } : {}),
    ...(str(p.props.sourceFile) ? { sourceFile: str(p.props.sourceFile) } : {}),
    lacks: Array.isArray(lacks) ? lacks.map(String) : [],
    counts,
  };
}

/**
 * Every plan of a graph, in the order of their Plan nodes, with their statements counted: one pass
 * over the graph (filtering it once per plan took seconds at 100 plans, quadratic in the plans).
 */
export function planSummaries(graph: GraphData): PlanSummary[] {
  const ids = planIdsOf(graph);
  const items = new Map(ids.map((id) => [id, { nodes: [] as { type: string }[], edges: [] as { type: string }[] }]));
  for (const n of graph.nodes) for (const p of plansOf(n)) items.get(p)?.nodes.push(n);
  for (const e of graph.edges) for (const p of plansOf(e)) items.get(p)?.edges.push(e);
  const planNodes = new Map<string, GraphNode>();
  for (const n of graph.nodes) {
    if (n.type !== "Plan") continue;
    // the first Plan node naming the plan, by its planId or else by its id
    for (const key of [n.props.planId, n.id.replace(/^plan:/, "")]) {
      if (typeof key === "string" && !planNodes.has(key)) planNodes.set(key, n);
    }
  }
  return ids.map((id) => {
    const { nodes, edges } = items.get(id)!;
    return summarizePlan(planNodes.get(id)!, { nodes: countByType(nodes), edges: countByType(edges) });
  });
}
