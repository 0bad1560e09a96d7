import { describe, expect, it } from "vitest";
import { loadPlanGraph } from "../../../tests/support/plan.js";
import { edgeImportRow, nodeImportRow, toGraphEdge, toGraphNode } from "./mapping.js";

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
