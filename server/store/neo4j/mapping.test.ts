import { describe, expect, it } from "vitest";
import type { GraphData } from "../../../contract/graph.js";
import { loadPlanGraph } from "../../../tests/support/plan.js";
import { combinePlans, projectItem } from "../../plans/planSet.js";
import { edgeImportRow, inPlan, nodeImportRow, toGraphEdge, toGraphNode } from "./mapping.js";

describe("GraphNode / GraphEdge ↔ Neo4j properties", () => {
  it("reads back every node and edge of the plan exactly as it was written", async () => {
    const plan = await loadPlanGraph();
    plan.nodes.forEach((n, i) => {
      const row = nodeImportRow(n, i);
      expect(toGraphNode(row)).toStrictEqual(n);
    });
    plan.edges.forEach((e, i) => expect(toGraphEdge(edgeImportRow(e, i))).toStrictEqual(e));
  });

  it("flattens aliases and description for the full-text index", async () => {
    const plan = await loadPlanGraph();
    const withAliases = plan.nodes.find((n) => Array.isArray(n.props.aliases) && n.props.aliases.length)!;
    expect(nodeImportRow(withAliases, 0).aliasesText).toBe((withAliases.props.aliases as string[]).join(" "));
    const platform = plan.nodes.find((n) => n.type === "Platform" && typeof n.props.description === "string")!;
    expect(nodeImportRow(platform, 0).description).toBe(platform.props.description);
    expect(nodeImportRow(plan.nodes.find((n) => n.type === "Plan")!, 0)).toMatchObject({ aliasesText: null, description: null });
  });
});

describe("several plans in Neo4j properties", () => {
  const at = (planId: string, quote: string) => [{ planId, start: 0, end: quote.length, quote, section: "s" }];
  const plan = (id: string): GraphData => ({
    nodes: [
      { id: `plan:${id}`, type: "Plan", name: `${id} plan`, props: { planId: id }, evidence: at(id, "plan") },
      { id: "product:功率半导体", type: "Product", name: "功率半导体", props: { aliases: id === "a" ? ["功率器件"] : ["电力电子芯片"] }, evidence: at(id, "功率半导体") },
      { id: "product:碳化硅", type: "Product", name: "碳化硅", props: {}, evidence: at(id, "碳化硅") },
    ],
    edges: [{ id: "FEEDS:product:碳化硅->product:功率半导体", type: "FEEDS", source: "product:碳化硅", target: "product:功率半导体", props: {}, evidence: at(id, "碳化硅") }],
  });
  const both = combinePlans([
    { planId: "a", graph: plan("a") },
    { planId: "b", graph: plan("b") },
  ]);
  const node = (id: string) => both.nodes.find((x) => x.id === id)!;

  it("keeps the plans stating each node and edge, and a Plan node's plan id", () => {
    expect(nodeImportRow(node("product:碳化硅"), 0)).toMatchObject({ plans: ["a", "b"], planId: null });
    expect(nodeImportRow(node("plan:b"), 0)).toMatchObject({ plans: ["b"], planId: "b" });
    expect(edgeImportRow(both.edges[0], 0).plans).toEqual(["a", "b"]);
  });

  it("indexes every plan's aliases where the plans differ, the node's own text where they agree", () => {
    expect(nodeImportRow(node("product:功率半导体"), 0).aliasesText).toBe("功率器件 电力电子芯片");
    expect(nodeImportRow(node("product:碳化硅"), 0)).toMatchObject({ aliasesText: null, pinyinText: "tanhuagui thg" });
  });

  it("reads an item back as one plan states it", () => {
    const read = toGraphNode(nodeImportRow(node("product:功率半导体"), 0));
    expect(inPlan(read, "b")).toEqual(projectItem(node("product:功率半导体"), "b"));
    expect(inPlan(read, "b").props).toEqual({ aliases: ["电力电子芯片"] });
    expect(inPlan(read, undefined)).toBe(read);
    expect(() => inPlan(read, "c")).toThrow(/does not state it/);
  });
});
