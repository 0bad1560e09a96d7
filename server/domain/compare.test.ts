import { describe, expect, it } from "vitest";
import type { PlanSummary } from "../../contract/api.js";
import type { Evidence, GraphData, GraphEdge, GraphNode } from "../../contract/graph.js";
import { comparePlans } from "./compare.js";
import { comparisonCsv, comparisonFileName, csvCell } from "./compareCsv.js";
import { A, B, C, Z, chainGraph, d, e, j1, power, sic, silicon, z1, z2 } from "./testing.js";

const summary = (id: string): PlanSummary => ({ id, nodeId: `plan:${id}`, title: id, region: "", lacks: [], counts: { nodes: {}, edges: {} } });
const quoted = (planId: string, quote: string): Evidence[] => [
  { kind: "reference", source: "ref", planId },
  { planId, start: 0, end: quote.length, quote, section: "s" },
];
/** A graph as one plan states it: every item with that plan's evidence. */
function asPlan(g: GraphData, planId: string, quotes: Record<string, string> = {}): GraphData {
  const stamp = <T extends GraphNode | GraphEdge>(x: T): T => ({ ...x, evidence: quoted(planId, quotes[x.id] ?? `${planId}:${x.id}`) });
  return { nodes: g.nodes.map(stamp), edges: g.edges.map(stamp) };
}
const without = (g: GraphData, drop: string[]): GraphData => {
  const nodes = g.nodes.filter((n) => !drop.includes(n.id));
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: g.edges.filter((x) => !drop.includes(x.id) && ids.has(x.source) && ids.has(x.target)) };
};

// Plan a: the small chain without Z.  Plan b: the chain without C and without the projects of A and
// B, with Z, an English name for A, and a link z1 → 碳化硅 of its own.
const planA = asPlan(without(chainGraph, [Z, z1, z2]), "a", { [e("SUPPLIES", B, A).id]: "B 供给 A。" });
const bBase = without(chainGraph, [C, "project:j1", "project:jb", e("FEEDS", sic, power).id]);
const planB = asPlan(
  {
    nodes: bBase.nodes.map((n) => (n.id === A ? { ...n, nameEn: "Industry A" } : n)),
    edges: [...bBase.edges, e("FEEDS", z1, sic)],
  },
  "b",
  { [e("SUPPLIES", B, A).id]: "A 由 B 供给。" },
);
const result = comparePlans(planA, planB, summary("a"), summary("b"));

describe("comparePlans", () => {
  it("lists industries in both first, then only in a, only in b, each with its plans' backing", () => {
    expect(result.industries.map((i) => [i.id, i.in])).toEqual([
      [A, "both"],
      [B, "both"],
      [C, "a"],
      [Z, "b"],
    ]);
    const [ia, ib, ic, iz] = result.industries;
    // A: j1 project, the platform, districts k1 k2, products 碳化硅 (direct) + 功率半导体 and 传感器 (through d)
    expect(ia.a).toEqual({ projects: 1, platforms: 1, districts: 2, products: 3 });
    expect(ia.b).toEqual({ projects: 0, platforms: 1, districts: 2, products: 3 });
    expect(ia.nameEn).toBe("Industry A"); // the English name from the plan that has one
    expect(ib.a).toEqual({ projects: 1, platforms: 0, districts: 1, products: 1 });
    expect(ib.b?.projects).toBe(0);
    expect(ic.a).toBeDefined();
    expect(ic.b).toBeUndefined();
    expect(iz.a).toBeUndefined();
    expect(iz.b).toEqual({ projects: 0, platforms: 0, districts: 1, products: 1 });
  });

  it("lists products stated by both and by one, with the industries covering them in either plan", () => {
    const byId = new Map(result.products.map((p) => [p.id, p]));
    expect(byId.get(sic)).toMatchObject({ in: "both", industries: [A] });
    expect(byId.get(silicon)).toMatchObject({ in: "both", industries: [B] });
    expect(byId.get("product:汽车电子")?.in).toBe("both");
    expect(byId.get(z1)).toMatchObject({ in: "b", industries: [Z] });
    expect(byId.get(z2)).toMatchObject({ in: "b", industries: [] });
    const sides = result.products.map((p) => p.in);
    expect(sides).toEqual([...sides].sort((x, y) => ["both", "a", "b"].indexOf(x) - ["both", "a", "b"].indexOf(y)));
  });

  it("lists chain links in both or one, with each plan's quote, industry links first", () => {
    const byId = new Map(result.links.map((l) => [l.id, l]));
    const ba = byId.get(e("SUPPLIES", B, A).id);
    expect(ba).toMatchObject({ in: "both", type: "SUPPLIES", sourceName: "B", targetName: "A", targetNameEn: "Industry A", quoteA: "B 供给 A。", quoteB: "A 由 B 供给。" });
    expect(byId.get(e("FEEDS", sic, power).id)).toMatchObject({ in: "a", quoteA: `a:${e("FEEDS", sic, power).id}` });
    expect(byId.get(e("FEEDS", sic, power).id)).not.toHaveProperty("quoteB");
    expect(byId.get(e("SUPPLIES", A, C).id)?.in).toBe("a");
    expect(byId.get(e("FEEDS", z1, sic).id)).toMatchObject({ in: "b", sourceName: "z1", targetName: "碳化硅", quoteB: `b:${e("FEEDS", z1, sic).id}` });
    expect(byId.get(e("FEEDS", z1, sic).id)).not.toHaveProperty("quoteA");
    expect(byId.has(e("HAS_PROJECT", A, j1).id)).toBe(false);
    expect(result.links.map((l) => l.in)).toEqual([...result.links.map((l) => l.in)].sort((x, y) => ["both", "a", "b"].indexOf(x) - ["both", "a", "b"].indexOf(y)));
    const both = result.links.filter((l) => l.in === "both");
    expect(both.findIndex((l) => l.type === "FEEDS")).toBeGreaterThan(both.findLastIndex((l) => l.type === "SUPPLIES"));
  });

  it("says nothing of either plan's direction nodes themselves", () => {
    expect(result.industries.some((i) => i.id === d)).toBe(false);
  });

  it("is symmetric: swapping the plans swaps a and b", () => {
    const swapped = comparePlans(planB, planA, summary("b"), summary("a"));
    const flip = { both: "both", a: "b", b: "a" } as const;
    const side = (id: string, c = swapped) => c.industries.find((i) => i.id === id);
    for (const i of result.industries) {
      expect(side(i.id)?.in).toBe(flip[i.in]);
      expect(side(i.id)?.a).toEqual(i.b);
    }
    expect(swapped.links.find((l) => l.id === e("SUPPLIES", B, A).id)?.quoteA).toBe("A 由 B 供给。");
  });
});

describe("comparisonCsv", () => {
  const csv = comparisonCsv(result);
  const lines = csv.slice(1).trimEnd().split("\r\n");

  it("starts with a BOM and a header, then one row per industry, product and link", () => {
    expect(csv.startsWith("\uFEFFsection,id,name,nameEn,in,")).toBe(true);
    expect(lines.length).toBe(1 + result.industries.length + result.products.length + result.links.length);
    expect(lines[1]).toBe(`industry,${A},A,Industry A,both,1,1,2,3,0,1,2,3,,,,,,`);
    expect(lines.filter((l) => l.startsWith("link,")).length).toBe(result.links.length);
  });

  it("quotes cells as RFC 4180 does", () => {
    expect(csvCell('he said "hi", then')).toBe('"he said ""hi"", then"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell("集成电路")).toBe("集成电路");
    expect(csvCell(undefined)).toBe("");
    expect(comparisonFileName("cq", "cd")).toBe("compare-cq-cd.csv");
  });
});
