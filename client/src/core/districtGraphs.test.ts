import { describe, expect, it } from "vitest";
import type { GraphEdge } from "../../../contract/graph.js";
import { colocationElements, colocationStylesheet, portfolioCanvasHeight, portfolioElements, portfolioStylesheet } from "./districtGraphs.js";

const nameOf = (id: string) => id.slice(id.indexOf(":") + 1);
const edge = (type: string, source: string, target: string) => ({ id: `${type}:${source}->${target}`, type, source, target }) as unknown as GraphEdge;

describe("a district's portfolio", () => {
  const edges = [
    edge("KEY_DISTRICT", "industry:A", "district:甲"),
    edge("KEY_DISTRICT", "industry:B", "district:甲"),
    edge("KEY_DISTRICT", "industry:A", "district:乙"),
    edge("SUPPLIES", "industry:A", "industry:B"),
    edge("SUPPLIES", "industry:A", "industry:Z"),
  ];
  const { nodes, edges: es } = portfolioElements("district:甲", ["industry:A", "industry:B"], edges, nameOf);

  it("puts the district at the top left, bigger, and its industries in a column below it", () => {
    expect(nodes[0]).toMatchObject({ data: { id: "district:甲", label: "甲", type: "District", size: 30 }, position: { x: 0, y: -28 } });
    expect(nodes.slice(1).map((n) => n.position)).toEqual([
      { x: 64, y: 0 },
      { x: 64, y: 28 },
    ]);
    for (const n of nodes.slice(1)) expect(n.data).toMatchObject({ type: "Industry", size: 16, fontSize: 15 });
  });

  it("sizes its canvas to its rows, so it is drawn at about zoom 1", () => {
    expect(portfolioCanvasHeight(13)).toBe(410);
    expect(portfolioCanvasHeight(1)).toBe(160);
    expect(portfolioCanvasHeight(40)).toBe(560);
  });

  it("keeps its own key-district links and the supplies among its industries only", () => {
    expect(es.map((e) => e.data.id).sort()).toEqual(
      ["KEY_DISTRICT:industry:A->district:甲", "KEY_DISTRICT:industry:B->district:甲", "SUPPLIES:industry:A->industry:B"].sort(),
    );
  });
});

describe("industry co-location", () => {
  const links = [
    { a: "industry:A", b: "industry:B", districts: ["district:甲", "district:乙"], weight: 2 },
    { a: "industry:A", b: "industry:C", districts: ["district:甲"], weight: 1 },
  ];
  const counts: Record<string, number> = { "industry:A": 3, "industry:B": 2, "industry:C": 1 };
  const { nodes, edges } = colocationElements(["industry:A", "industry:B", "industry:C"], links, (id) => counts[id], nameOf);

  it("names each industry with its count of districts and sizes it by that count", () => {
    expect(nodes.map((n) => n.data.label)).toEqual(["A (3)", "B (2)", "C (1)"]);
    expect(nodes.map((n) => n.data.size)).toEqual([27, 24, 21]);
  });

  it("weights the links by shared districts: the heaviest widest, single ones light", () => {
    expect(edges.map((e) => [e.data.id, e.data.label, e.data.width, e.classes])).toEqual([
      ["COLOCATED:industry:A--industry:B", "2", 9, "heavy"],
      ["COLOCATED:industry:A--industry:C", "1", 1.5, "light"],
    ]);
  });
});

describe("stylesheets", () => {
  it("extend the shared one with the two graphs' own rules", () => {
    const selectors = (s: unknown) => (s as { selector: string }[]).map((r) => r.selector);
    expect(selectors(portfolioStylesheet())).toContain('edge[type = "KEY_DISTRICT"]');
    expect(selectors(colocationStylesheet())).toContain("edge.light");
  });
});
