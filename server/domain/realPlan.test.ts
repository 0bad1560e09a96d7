/** The domain functions on the real plan: chains, search, paths and district overlap as a reader of the plan expects. */
import { beforeAll, describe, expect, it } from "vitest";
import type { Chain } from "../../contract/api.js";
import type { GraphData } from "../../contract/graph.js";
import { loadPlanGraph } from "../../tests/support/plan.js";
import { buildChain } from "./chain.js";
import { chainNeighbourhood } from "./chainNeighbourhood.js";
import { buildOverlap } from "./overlap.js";
import { createPathFinder, type PathFinder } from "./paths.js";
import { createSearchIndex, type SearchIndex } from "./search.js";

let graph: GraphData;
let ic: Chain;
let index: SearchIndex;
let paths: PathFinder;

beforeAll(async () => {
  graph = await loadPlanGraph();
  ic = buildChain(graph, "industry:集成电路");
  index = createSearchIndex(graph.nodes);
  paths = createPathFinder(graph.edges);
});

const industries = () => graph.nodes.filter((n) => n.type === "Industry").map((n) => n.id);

describe("the chain of 集成电路", () => {
  it("has links upstream and downstream, at both levels", () => {
    for (const side of [ic.upstream, ic.downstream]) {
      expect(side.some((l) => l.level === "industry")).toBe(true);
      expect(side.some((l) => l.level === "product")).toBe(true);
    }
    expect(ic.upstream.filter((l) => l.level === "industry").map((l) => l.from)).toContain("industry:先进材料");
    expect(ic.downstream.filter((l) => l.level === "industry").map((l) => l.to)).toContain("industry:新型显示");
    expect(ic.internal.map((l) => l.edgeId)).toContain("FEEDS:product:碳化硅->product:功率半导体");
  });

  it("has the 8 platforms of 专栏1 and its key districts 重庆高新区 and 两江新区", () => {
    expect(ic.platforms).toHaveLength(8);
    expect(ic.platforms).toContain("platform:西永实验室");
    expect(ic.platforms).toContain("platform:FPGA中国创新中心");
    expect(ic.districts).toEqual(expect.arrayContaining(["district:重庆高新区", "district:两江新区"]));
  });

  it("backs 碳化硅 → 功率半导体 with projects, the platforms naming 功率半导体, and 西永实验室's districts", () => {
    const l = ic.internal.find((x) => x.edgeId === "FEEDS:product:碳化硅->product:功率半导体")!;
    expect(l.backing.projects).toContain("project:12英寸功率半导体晶圆生产线");
    expect(l.backing.platforms).toEqual([
      "platform:功率半导体技术创新中心",
      "platform:微电子产业技术研究院",
      "platform:西永实验室",
    ]);
    expect(l.backing.districts).toEqual(["district:沙坪坝区", "district:重庆高新区"]);
  });

  it("reports as gaps exactly the links with empty backing", () => {
    const links = [...ic.upstream, ...ic.internal, ...ic.downstream];
    const empty = links.filter((l) => Object.values(l.backing).every((ids) => ids.length === 0)).map((l) => l.edgeId);
    expect(ic.gaps.map((g) => g.edgeId)).toEqual([...empty].sort());
    expect(ic.gaps.length).toBeGreaterThan(0);
    const reason = /^no project involves .+ or .+, no platform of 集成电路 names them, no district$/;
    for (const g of ic.gaps) expect(g.reason).toMatch(reason);
  });

  it("is the same from the neighbourhood alone, for every industry", () => {
    for (const id of industries()) expect(buildChain(chainNeighbourhood(graph, id), id)).toEqual(buildChain(graph, id));
  });

  it("holds every node and edge it refers to", () => {
    const nodes = new Set(ic.nodes.map((n) => n.id));
    const edges = new Set(ic.edges.map((e) => e.id));
    for (const e of ic.edges) expect(nodes.has(e.source) && nodes.has(e.target)).toBe(true);
    for (const l of [...ic.upstream, ...ic.internal, ...ic.downstream]) {
      expect(edges.has(l.edgeId)).toBe(true);
      for (const id of [...l.backing.projects, ...l.backing.platforms, ...l.backing.districts]) expect(nodes.has(id)).toBe(true);
    }
    for (const id of [...ic.directions, ...ic.products, ...ic.projects, ...ic.platforms, ...ic.districts]) {
      expect(nodes.has(id)).toBe(true);
    }
  });
});

describe("search on the plan", () => {
  const ids = (q: string, limit = 10) => index.search(q, { limit }).map((h) => h.id);

  it("finds the industry, a product and a zone by their Chinese names, whole or in part", () => {
    expect(ids("集成电路")[0]).toBe("industry:集成电路");
    expect(ids("集成")[0]).toBe("industry:集成电路");
    expect(ids("气凝胶", 3)).toContain("product:气凝胶");
    expect(ids("两江", 3)).toContain("district:两江新区");
  });

  it("finds English names whatever the case", () => {
    expect(ids("semiconductor")).toContain("product:功率半导体");
    expect(ids("Integrated CIRCUITS")[0]).toBe("industry:集成电路");
  });

  it("keeps to the requested types and limit", () => {
    const hits = index.search("集成电路", { types: ["Project", "Platform"], limit: 2 });
    expect(hits).toHaveLength(2);
    for (const h of hits) expect(["Project", "Platform"]).toContain(h.type);
    expect(index.search("半导体", { limit: 3 })).toHaveLength(3);
  });
});

describe("paths on the plan", () => {
  it("goes from 集成电路 to 两江新区 in one KEY_DISTRICT edge first", () => {
    const [first, ...rest] = paths("industry:集成电路", "district:两江新区", { k: 3, maxDepth: 4 });
    expect(first).toEqual({
      nodes: ["industry:集成电路", "district:两江新区"],
      edges: ["KEY_DISTRICT:industry:集成电路->district:两江新区"],
    });
    for (const p of rest) expect(p.edges.length).toBeGreaterThanOrEqual(2);
  });

  it("links 气凝胶 to 新能源汽车和智能网联汽车", () => {
    const found = paths("product:气凝胶", "industry:新能源汽车和智能网联汽车", { k: 3, maxDepth: 4 });
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].nodes).toEqual(["product:气凝胶", "industry:先进材料", "industry:新能源汽车和智能网联汽车"]);
  });

  it("answers any two industries (k=5, maxDepth=4) well under 50 ms", () => {
    paths("industry:集成电路", "industry:生物", { k: 5, maxDepth: 4 }); // warm up
    let slowest = 0;
    for (const a of industries()) {
      for (const b of industries()) {
        const t = performance.now();
        const found = paths(a, b, { k: 5, maxDepth: 4 });
        slowest = Math.max(slowest, performance.now() - t);
        expect(found.length).toBeGreaterThan(0);
      }
    }
    expect(slowest).toBeLessThan(50);
  });
});

describe("district overlap on the plan", () => {
  // From the 重点区县 rows of 专栏1–14, plus 专栏15 (两江新区 for 新型智能终端, 先进材料, 新能源汽车…;
  // 重庆高新区 for 集成电路, 新能源汽车…, 医药器械 (生物), 新兴服务业).
  let overlap: ReturnType<typeof buildOverlap>;
  beforeAll(() => {
    const keyDistricts = graph.edges.filter((e) => e.type === "KEY_DISTRICT");
    overlap = buildOverlap(keyDistricts.map((e) => ({ district: e.target, industry: e.source })));
  });
  const pair = (a: string, b: string) => overlap.pairs.find((p) => p.a === `district:${a}` && p.b === `district:${b}`);
  const named = (...names: string[]) => names.map((n) => `industry:${n}`).sort();

  it("两江新区 and 重庆高新区 share eight industries, two of them through 专栏15", () => {
    expect(pair("两江新区", "重庆高新区")).toEqual({
      a: "district:两江新区",
      b: "district:重庆高新区",
      shared: named(
        ...["集成电路", "新型智能终端", "新能源汽车和智能网联汽车", "生物"],
        ...["高端装备制造", "软件和信息技术服务", "新兴服务业", "脑科学与类脑智能"],
      ),
      jaccard: 0.6154, // 8 of 13: 两江新区 has 12, 重庆高新区 9
    });
  });

  it("涪陵区 and 长寿区 share 生物 and 先进材料; 大足区 and 南川区 only 绿色环保", () => {
    expect(pair("涪陵区", "长寿区")).toMatchObject({ shared: named("生物", "先进材料"), jaccard: 0.6667 });
    expect(pair("南川区", "大足区")).toMatchObject({ shared: named("绿色环保"), jaccard: 1 });
    expect(pair("永川区", "渝北区")).toMatchObject({
      shared: named("新能源汽车和智能网联汽车", "软件和信息技术服务", "新兴服务业"),
      jaccard: 0.6,
    });
  });

  it("puts the districts named by one single industry together first", () => {
    expect(overlap.pairs.slice(0, 2).map((p) => [p.a, p.b])).toEqual([
      ["district:万盛经开区", "district:黔江区"],
      ["district:南川区", "district:大足区"],
    ]);
    expect(overlap.industries).toHaveLength(14);
  });
});
