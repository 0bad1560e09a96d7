/**
 * `plans()` on Neo4j: cypher/plans.cypher counts what each plan states by type (`UNWIND n.plans`);
 * these rows become the counts of server/plans/summaries.ts (summarizePlan), keyed by type in the
 * order countByType gives, so that both stores answer the same PlanSummary.
 */
import type { GraphNode } from "../../../contract/graph.js";
import { planIdsOf } from "../../plans/planSet.js";
import type { PlanCounts } from "../../plans/summaries.js";
import { toNumber } from "./values.js";

/** One row of plans.cypher's nodeCounts / edgeCounts. */
export interface PlanCountRow {
  plan: string;
  type: string;
  count: unknown;
}

function byPlan(rows: readonly PlanCountRow[]): Map<string, Record<string, number>> {
  const out = new Map<string, [string, number][]>();
  for (const { plan, type, count } of rows) {
    const list = out.get(plan) ?? out.set(plan, []).get(plan)!;
    list.push([type, toNumber(count)]);
  }
  // countByType's key order (server/importer/report.ts)
  return new Map([...out].map(([plan, list]) => [plan, Object.fromEntries(list.sort(([a], [b]) => a.localeCompare(b)))]));
}

/** The counts of a Plan node's plan: its nodes and its edges by type (empty when it states none). */
export function planCounts(nodeRows: unknown, edgeRows: unknown): (planNode: GraphNode) => PlanCounts {
  const nodes = byPlan(nodeRows as PlanCountRow[]);
  const edges = byPlan(edgeRows as PlanCountRow[]);
  return (planNode) => {
    const [id] = planIdsOf({ nodes: [planNode], edges: [] });
    return { nodes: nodes.get(id) ?? {}, edges: edges.get(id) ?? {} };
  };
}
