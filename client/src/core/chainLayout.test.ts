import { describe, expect, it } from "vitest";
import type { Chain, ChainLink } from "../../../contract/api.js";
import type { GraphNode, NodeType } from "../../../contract/graph.js";
import {
  backingBadge,
  chainLayout,
  chainSummary,
  feedLayers,
  gapItems,
  packRows,
  rowHeight,
  sortIndustries,
} from "./chainLayout.js";
import { nameFromId } from "./names.js";

const node = (id: string, type: NodeType, props: GraphNode["props"] = {}): GraphNode =>
  ({ id, type, name: id.slice(id.indexOf(":") + 1), props, evidence: [] }) as unknown as GraphNode;
const none = { projects: [], platforms: [], districts: [] };
const link = (from: string, to: string, backing: ChainLink["backing"] = none): ChainLink => ({
  edgeId: `${from.startsWith("industry") ? "SUPPLIES" : "FEEDS"}:${from}->${to}`,
  level: from.startsWith("industry") ? "industry" : "product",
  from,
  to,
  backing,
});

/** 集成电路 with one upstream and one downstream industry, a product chain 碳化硅 → 功率半导体 → 汽车电子. */
function sample(): Chain {
  const I = "industry:集成电路";
  const upstream = [
    link("industry:先进材料", I, { ...none, districts: ["district:两江新区"] }),
    link("product:铜箔", "product:印制电路板", { ...none, projects: ["project:载板线"] }),
  ];
  const internal = [
    link("product:碳化硅", "product:功率半导体", { ...none, platforms: ["platform:功率半导体技术创新中心"] }),
    link("product:功率半导体", "product:汽车电子"),
  ];
  const downstream = [
    link(I, "industry:新能源汽车和智能网联汽车", { ...none, districts: ["district:两江新区"] }),
    link("product:汽车电子", "product:智能网联汽车", { ...none, projects: ["project:载板线"] }),
  ];
  const nodes = [
    node(I, "Industry"),
    node("industry:先进材料", "Industry"),
    node("industry:新能源汽车和智能网联汽车", "Industry"),
    node("direction:集成电路/积极发展化合物半导体", "Direction"),
    ...["碳化硅", "功率半导体", "汽车电子", "印制电路板", "铜箔", "智能网联汽车", "EDA"].map((p) => node(`product:${p}`, "Product")),
    node("project:载板线", "Project"),
    node("platform:功率半导体技术创新中心", "Platform"),
    node("district:两江新区", "District"),
  ];
  return {
    industry: I,
    upstream,
    internal,
    downstream,
    directions: ["direction:集成电路/积极发展化合物半导体"],
    products: ["product:EDA", "product:功率半导体", "product:印制电路板", "product:汽车电子", "product:碳化硅"],
    projects: [],
    platforms: ["platform:功率半导体技术创新中心"],
    districts: ["district:两江新区"],
    gaps: [
      {
        edgeId: internal[1].edgeId,
        from: internal[1].from,
        to: internal[1].to,
        reason: "no project involves 功率半导体 or 汽车电子",
      },
    ],
    nodes,
    edges: [
      {
        id: "HAS_DIRECTION:industry:集成电路->direction:集成电路/积极发展化合物半导体",
        type: "HAS_DIRECTION",
        source: I,
        target: "direction:集成电路/积极发展化合物半导体",
        evidence: [],
      },
    ] as unknown as Chain["edges"],
  };
}

const positions = (c: ReturnType<typeof chainLayout>) => new Map(c.elements.nodes.map((n) => [n.data.id, n.position]));
const laneOf = (c: ReturnType<typeof chainLayout>) => new Map(c.elements.nodes.map((n) => [n.data.id, n.data.lane]));

describe("chain layout", () => {
  it("puts upstream, the industry, its products and downstream in lanes left to right", () => {
    const c = chainLayout(sample(), "zh");
    const pos = positions(c);
    const lane = laneOf(c);
    expect(lane.get("industry:先进材料")).toBe("upstream");
    expect(lane.get("product:铜箔")).toBe("upstream");
    expect(lane.get("industry:集成电路")).toBe("industry");
    expect(lane.get("direction:集成电路/积极发展化合物半导体")).toBe("industry");
    expect(lane.get("product:碳化硅")).toBe("products");
    expect(lane.get("industry:新能源汽车和智能网联汽车")).toBe("downstream");
    expect(lane.get("product:智能网联汽车")).toBe("downstream");
    expect(lane.get("project:载板线")).toBe("backing");
    const x = (id: string) => pos.get(id)!.x;
    expect(x("industry:先进材料")).toBeLessThan(x("industry:集成电路"));
    expect(x("industry:集成电路")).toBeLessThan(x("product:碳化硅"));
    // the internal FEEDS chain reads left to right
    expect(x("product:碳化硅")).toBeLessThan(x("product:功率半导体"));
    expect(x("product:功率半导体")).toBeLessThan(x("product:汽车电子"));
    expect(x("product:汽车电子")).toBeLessThan(x("industry:新能源汽车和智能网联汽车"));
    expect(c.lanes.map((l) => l.id)).toEqual(["upstream", "industry", "products", "downstream"]);
    expect(c.lanes.map((l) => l.title)).toEqual(["上游", "产业", "产品与技术", "下游"]);
  });

  it("keeps industries above the product band and the backing band under everything", () => {
    const c = chainLayout(sample(), "zh");
    const pos = positions(c);
    const [productBand, backingBand] = c.dividers.map((d) => d.y);
    for (const id of ["industry:先进材料", "industry:集成电路", "industry:新能源汽车和智能网联汽车"]) expect(pos.get(id)!.y).toBeLessThan(productBand);
    for (const id of ["product:铜箔", "product:碳化硅", "product:智能网联汽车"]) {
      expect(pos.get(id)!.y).toBeGreaterThan(productBand);
      expect(pos.get(id)!.y).toBeLessThan(backingBand);
    }
    for (const id of ["project:载板线", "platform:功率半导体技术创新中心", "district:两江新区"]) expect(pos.get(id)!.y).toBeGreaterThan(backingBand);
  });

  it("spaces rows by label height: no two labels in a column overlap", () => {
    const c = chainLayout(sample(), "zh", { allProducts: true });
    const byX = new Map<number, { y: number; bottom: number; id: string }[]>();
    for (const n of c.elements.nodes) {
      const top = n.position.y - n.data.size / 2;
      const bottom = top + rowHeight(n.data.size, n.data.lines) - 14;
      byX.set(n.position.x, [...(byX.get(n.position.x) ?? []), { y: top, bottom, id: n.data.id }]);
    }
    for (const column of byX.values()) {
      column.sort((a, b) => a.y - b.y);
      for (let i = 1; i < column.length; i++) expect(column[i].y).toBeGreaterThanOrEqual(column[i - 1].bottom);
    }
  });

  it("wraps long Chinese labels and keeps the full name", () => {
    const c = chainLayout(sample(), "zh");
    const n = c.elements.nodes.find((x) => x.data.id === "industry:新能源汽车和智能网联汽车")!;
    expect(n.data.label).toContain("\n");
    expect(n.data.label.replace(/\n/g, "")).toBe("新能源汽车和智能网联汽车");
    expect(n.data.fullLabel).toBe("新能源汽车和智能网联汽车");
    expect(n.data.lines).toBe(2);
  });

  it("shows products in no link only when asked", () => {
    expect(positions(chainLayout(sample(), "zh")).has("product:EDA")).toBe(false);
    expect(positions(chainLayout(sample(), "zh", { allProducts: true })).has("product:EDA")).toBe(true);
  });

  it("marks gap links and carries each link's backing as a badge and ids", () => {
    const c = chainLayout(sample(), "zh");
    const e = (id: string) => c.elements.edges.find((x) => x.data.id === id)!;
    const gap = e("FEEDS:product:功率半导体->product:汽车电子");
    expect(gap.data.gap).toBe(true);
    expect(gap.classes).toContain("gap");
    expect(gap.data.badge).toBe("缺口");
    const backed = e("FEEDS:product:碳化硅->product:功率半导体");
    expect(backed.data.gap).toBe(false);
    expect(backed.data.badge).toBe("平台1");
    expect(backed.data.backers).toEqual(["platform:功率半导体技术创新中心"]);
    expect(backed.data.side).toBe("internal");
    expect(e("SUPPLIES:industry:先进材料->industry:集成电路").data.type).toBe("SUPPLIES");
    // structure: the industry's directions
    expect(c.elements.edges.filter((x) => x.classes === "structure").map((x) => x.data.type)).toEqual(["HAS_DIRECTION"]);
  });

  it("is deterministic", () => {
    expect(chainLayout(sample(), "zh")).toEqual(chainLayout(sample(), "zh"));
  });
});

describe("chain helpers", () => {
  it("counts the links and gaps", () => {
    expect(chainSummary(sample())).toEqual({ upstream: 2, internal: 2, downstream: 2, gaps: 1 });
  });

  it("writes the backing in a few characters", () => {
    expect(backingBadge({ projects: ["a", "b"], platforms: [], districts: ["d"] }, "zh")).toBe("项目2 区县1");
    expect(backingBadge({ projects: ["a"], platforms: ["p"], districts: [] }, "en")).toBe("1 proj 1 plat");
    expect(backingBadge(none, "zh")).toBe("");
  });

  it("layers the internal FEEDS by longest path, surviving a cycle", () => {
    const layers = feedLayers(["a", "b", "c"], [
      { from: "a", to: "b" },
      { from: "b", to: "c" },
      { from: "a", to: "c" },
    ]);
    expect(Object.fromEntries(layers)).toEqual({ a: 0, b: 1, c: 2 });
    const cyc = feedLayers(["a", "b"], [
      { from: "a", to: "b" },
      { from: "b", to: "a" },
    ]);
    expect(Math.max(...cyc.values())).toBeLessThan(2);
  });

  it("packs rows: items near their wanted x, never closer than the gap", () => {
    const out = packRows(
      [
        { id: "a", x: 100, height: 40 },
        { id: "b", x: 100, height: 50 },
        { id: "c", x: 300, height: 40 },
        { id: "d", x: 110, height: 40 },
      ],
      120,
    );
    const at = Object.fromEntries(out.map((o) => [o.id, o]));
    expect(at.a).toMatchObject({ x: 100, y: 0, row: 0 });
    expect(at.b).toMatchObject({ x: 100, y: 40, row: 1 });
    expect(at.c).toMatchObject({ x: 300, row: 0 });
    expect(at.d.row).toBe(2);
    expect(at.d.y).toBe(90);
  });

  it("lists industries pillar first, then future, by plan order", () => {
    const nodes = [
      node("industry:卫星互联网", "Industry", { kind: "future", order: 1 }),
      node("industry:新型显示", "Industry", { kind: "pillar", order: 2 }),
      node("industry:集成电路", "Industry", { kind: "pillar", order: 1 }),
      node("product:x", "Product"),
    ];
    expect(sortIndustries(nodes).map((n) => n.id)).toEqual(["industry:集成电路", "industry:新型显示", "industry:卫星互联网"]);
  });

  it("orders gaps upstream, internal, downstream", () => {
    const c = sample();
    c.gaps.push({ edgeId: c.upstream[1].edgeId, from: c.upstream[1].from, to: c.upstream[1].to, reason: "r" });
    expect(gapItems(c, nameFromId, "zh").map((g) => g.side)).toEqual(["upstream", "internal"]);
  });

  it("tells why a link is a gap in either language, from the link itself", () => {
    const c = sample();
    const [zh] = gapItems(c, nameFromId, "zh");
    expect(zh.reason).toBe("没有项目涉及功率半导体或汽车电子，集成电路的平台未提及它们，也没有区县承载。");
    const [en] = gapItems(c, nameFromId, "en");
    expect(en.reason).toMatch(/^No project involves 功率半导体 or 汽车电子, no platform of 集成电路/);
    c.gaps = [{ edgeId: c.upstream[1].edgeId, from: c.upstream[1].from, to: c.upstream[1].to, reason: "r" }];
    const industryLink = c.upstream[1].level === "industry";
    expect(gapItems(c, nameFromId, "en")[0].reason.includes("share no key district")).toBe(industryLink);
  });
});

