import { describe, expect, it } from "vitest";
import { smallGraph } from "./__fixtures__/smallGraph.js";
import { countByType, hierarchyRoots, toCyElements, visibleGraph } from "./graphElements.js";
import { displayName } from "./names.js";
import { degrees, labelFontSize, nodeSize } from "./sizes.js";
import { truncateLabel } from "./wrap.js";

describe("visible graph", () => {
  it("keeps nodes of the shown types and only edges between them", () => {
    const g = visibleGraph(smallGraph, ["Industry", "District"]);
    expect(g.nodes.map((n) => n.id)).toEqual(["industry:集成电路", "industry:新型显示", "district:沙坪坝区"]);
    expect(g.edges.map((e) => e.type).sort()).toEqual(["KEY_DISTRICT", "SUPPLIES"]);
  });

  it("is empty when no type is shown", () => {
    expect(visibleGraph(smallGraph, [])).toEqual({ nodes: [], edges: [] });
  });
});

describe("cytoscape elements", () => {
  it("label in the chosen language, falling back to Chinese", () => {
    const [ic] = smallGraph.nodes.filter((n) => n.id === "industry:集成电路");
    const [project] = smallGraph.nodes.filter((n) => n.type === "Project");
    expect(displayName(ic, "zh")).toBe("集成电路");
    expect(displayName(ic, "en")).toBe("Integrated circuits");
    expect(displayName(project, "en")).toBe("SK海力士封装测试扩产项目");
  });

  it("carries type, degree, size and font size", () => {
    const { nodes, edges } = toCyElements(smallGraph, "en");
    const ic = nodes.find((n) => n.data.id === "industry:集成电路")!;
    // an industry's name wraps onto short lines rather than being cut
    expect(ic.data).toMatchObject({ type: "Industry", label: "Integrated\ncircuits", fullLabel: "Integrated circuits", degree: 5 });
    expect(ic.data.size).toBe(nodeSize(5));
    expect(edges).toHaveLength(smallGraph.edges.length);
    expect(edges[0].data).toMatchObject({ source: "industry:集成电路", target: "plan:cq-sei-14fyp", type: "PART_OF" });
  });

  it("sizes grow with degree and stay bounded", () => {
    expect(nodeSize(0)).toBeLessThan(nodeSize(4));
    expect(nodeSize(10_000)).toBe(80);
    expect(labelFontSize(1)).toBeLessThan(labelFontSize(30));
    expect(labelFontSize(10_000)).toBe(26);
  });

  it("counts degrees over both ends", () => {
    const d = degrees(smallGraph);
    expect(d.get("district:沙坪坝区")).toBe(2);
    expect(d.get("plan:cq-sei-14fyp")).toBe(2);
  });

  it("truncates long labels by display width, CJK counting double", () => {
    expect(truncateLabel("集成电路")).toBe("集成电路");
    expect(truncateLabel("SK海力士封装测试扩产项目", 12)).toBe("SK海力士封…");
    expect(truncateLabel("a".repeat(24), 24)).toBe("a".repeat(24));
    expect(truncateLabel("a".repeat(30), 24)).toBe("a".repeat(23) + "…");
  });

  it("counts nodes per type, every type present", () => {
    const c = countByType(smallGraph.nodes);
    expect(c.Industry).toBe(2);
    expect(c.Indicator).toBe(0);
  });

  it("roots a hierarchy at the plan, else at the industries", () => {
    expect(hierarchyRoots(smallGraph)).toEqual(["plan:cq-sei-14fyp"]);
    expect(hierarchyRoots(visibleGraph(smallGraph, ["Industry"]))).toEqual(["industry:集成电路", "industry:新型显示"]);
  });
});
