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

/** Every plan of a graph, in the order of their Plan nodes, with their statements counted. */
export function planSummaries(graph: GraphData): PlanSummary[] {
  const ids = planIdsOf(graph);
  return ids.map((id) => {
    const nodes = graph.nodes.filter((n) => plansOf(n).includes(id));
    const edges = graph.edges.filter((e) => plansOf(e).includes(id));
    const planNode = graph.nodes.find((n) => n.type === "Plan" && (n.props.planId === id || n.id === `plan:${id}`))!;
    return summarizePlan(planNode, { nodes: countByType(nodes), edges: countByType(edges) });
  });
}
