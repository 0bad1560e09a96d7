import { describe, expect, it } from "vitest";
import type { GraphData } from "../../contract/graph.js";
import { e, n } from "../domain/testing.js";
import { combinePlans } from "./planSet.js";
import { planSummaries } from "./summaries.js";

const at = (planId: string) => [{ planId, start: 0, end: 1, quote: "x", section: "s" }];

function plan(id: string, industries: string[]): GraphData {
  return {
    nodes: [
      { ...n("Plan", `plan:${id}`, `${id} plan`, { planId: id, region: "重庆市" }), evidence: at(id) },
      ...industries.map((name) => ({ ...n("Industry", `industry:${name}`, name, {}), evidence: at(id) })),
    ],
    edges: industries.map((name) => ({ ...e("PART_OF", `industry:${name}`, `plan:${id}`), evidence: at(id) })),
  };
}

describe("planSummaries", () => {
  it("counts each plan's own statements, a node two plans state in both", () => {
    const graph = combinePlans([
      { planId: "a", graph: plan("a", ["集成电路", "新型显示"]) },
      { planId: "b", graph: plan("b", ["集成电路"]) },
    ]);
    expect(planSummaries(graph).map((s) => [s.id, s.title, s.region, s.counts])).toEqual([
      ["a", "a plan", "重庆市", { nodes: { Industry: 2, Plan: 1 }, edges: { PART_OF: 2 } }],
      ["b", "b plan", "重庆市", { nodes: { Industry: 1, Plan: 1 }, edges: { PART_OF: 1 } }],
    ]);
  });
});
