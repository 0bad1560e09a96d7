import { describe, expect, it } from "vitest";
import { smallGraph } from "./__fixtures__/smallGraph.js";
import { drawnGraph, holdings, industryLevel, levelLooks } from "./industryLevel.js";
import { WHOLE_GRAPH } from "./workingSet.js";

describe("the plan at industry level", () => {
  it("draws the industries, their supply links and key districts, nothing else", () => {
    const g = industryLevel(smallGraph);
    expect(new Set(g.nodes.map((n) => n.type))).toEqual(new Set(["Industry", "District"]));
    expect(new Set(g.edges.map((e) => e.type))).toEqual(new Set(["SUPPLIES", "KEY_DISTRICT"]));
    expect(g.nodes.filter((n) => n.type === "Industry")).toHaveLength(2);
  });

  it("adds the selection with its links to what is drawn", () => {
    const g = drawnGraph(smallGraph, WHOLE_GRAPH, "industries", "product:碳化硅");
    expect(g.nodes.map((n) => n.id)).toContain("product:碳化硅");
    expect(g.edges.some((e) => e.type === "COVERS" && e.target === "product:碳化硅")).toBe(true);
    expect(drawnGraph(smallGraph, WHOLE_GRAPH, "graph", null).nodes).toHaveLength(smallGraph.nodes.length);
    expect(drawnGraph(smallGraph, { set: ["product:碳化硅"], hidden: [] }, "industries", null).nodes).toHaveLength(1);
  });

  it("sizes industries by what they hold, the largest biggest, districts small", () => {
    const held = holdings(smallGraph);
    expect(held.get("industry:集成电路")).toBeGreaterThan(0);
    const looks = levelLooks(industryLevel(smallGraph), held);
    const ic = looks.get("industry:集成电路")!;
    expect(ic.size).toBeGreaterThanOrEqual(36);
    expect(ic.fontSize).toBeGreaterThanOrEqual(15);
    expect(looks.get("district:沙坪坝区")!.size).toBeLessThan(ic.size);
  });
});
