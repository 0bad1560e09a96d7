/**
 * The GraphStore contract: one suite, a function of the store factory (graphology's pattern), run
 * against every adapter with the same assertions on the real plan. Expected answers come from the
 * plan's GraphData through the shared rules (./reference.ts), so a failure names the store and
 * shows what it answered differently. The plan filter's cases, on two plans, are in ./planScope.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphData, GraphNode, NodeType } from "../../contract/graph.js";
import { createSearchIndex, type SearchIndex } from "../../server/domain/search.js";
import { BadRequestError, NotFoundError, NotImplementedError } from "../../server/domain/errors.js";
import type { GraphStore } from "../../server/store/port.js";
import { loadPlanGraph } from "../support/plan.js";
import { byId, expectSameAnswer, expectSameIds, rejection } from "./expectations.js";
import { planScopeContract } from "./planScope.js";
import {
  countsByType,
  edgesAmong,
  incidentEdges,
  neighborhood,
  referenceChain,
  referenceOverlap,
  referencePaths,
} from "./reference.js";

export interface ContractTarget {
  /** Shown in test names and failure messages. */
  name: string;
  create(): GraphStore | Promise<GraphStore>;
}

const IC = "industry:集成电路";
const DISPLAY = "industry:新型显示";
const LIANGJIANG = "district:两江新区";
const UNKNOWN = "industry:不存在的产业";

export function graphStoreContract(target: ContractTarget): void {
  describe(`GraphStore contract — ${target.name}`, () => {
    let store: GraphStore;
    let plan: GraphData;
    let kind: string;
    let searchReference: SearchIndex;
    const planNode = (id: string): GraphNode => plan.nodes.find((n) => n.id === id)!;

    beforeAll(async () => {
      plan = await loadPlanGraph();
      searchReference = createSearchIndex(plan.nodes);
      store = await target.create();
      kind = store.kind;
      await store.load(plan);
    });

    afterAll(async () => {
      await store?.close();
    });

    it("answers ping", async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    describe("stats and graph", () => {
      it("counts nodes and edges by type as the graph has them", async () => {
        const stats = await store.stats();
        expectSameAnswer(kind, "stats().nodes", stats.nodes, countsByType(plan.nodes));
        expectSameAnswer(kind, "stats().edges", stats.edges, countsByType(plan.edges));
        expectSameAnswer(kind, "stats().totals", stats.totals, { nodes: plan.nodes.length, edges: plan.edges.length });
        expect(stats.nodes.Industry).toBe(14);
      });

      it("returns the whole graph, every node and edge as imported", async () => {
        const all = await store.graph();
        expectSameAnswer(kind, "graph().nodes", byId(all.nodes), byId(plan.nodes));
        expectSameAnswer(kind, "graph().edges", byId(all.edges), byId(plan.edges));
      });

      it("returns the nodes of the given types and the edges among them", async () => {
        const types: NodeType[] = ["Industry", "District"];
        const sub = await store.graph(types);
        const ids = new Set(plan.nodes.filter((n) => types.includes(n.type)).map((n) => n.id));
        expectSameIds(kind, "graph([Industry, District]).nodes", sub.nodes.map((n) => n.id), [...ids]);
        expectSameIds(kind, "graph([Industry, District]).edges", sub.edges.map((e) => e.id), edgesAmong(plan, ids).map((e) => e.id));
      });
    });

    describe("node", () => {
      it("returns the node with its evidence and all its incident edges", async () => {
        const { node, edges } = await store.node(IC);
        expectSameAnswer(kind, `node(${IC}).node`, node, planNode(IC));
        expectSameAnswer(kind, `node(${IC}).edges`, byId(edges), byId(incidentEdges(plan, IC)));
      });

      it("keeps a node without an English name without one", async () => {
        const bare = plan.nodes.find((n) => n.nameEn === undefined)!;
        const { node } = await store.node(bare.id);
        expect(node, `${kind} store: node(${bare.id})`).toEqual(bare);
        expect("nameEn" in node, `${kind} store: node(${bare.id}) has a nameEn key`).toBe(false);
      });
    });

    describe("neighbors", () => {
      const cases: { id: string; depth: number; types?: NodeType[]; limit: number }[] = [
        { id: IC, depth: 1, limit: 2000 },
        { id: IC, depth: 2, limit: 2000 },
        { id: IC, depth: 2, types: ["Industry", "District"], limit: 2000 },
        { id: LIANGJIANG, depth: 1, types: ["Industry"], limit: 2000 },
        { id: IC, depth: 3, types: ["Industry", "Product"], limit: 2000 },
      ];
      for (const c of cases) {
        const what = `neighbors(${c.id}, depth ${c.depth}${c.types ? `, types ${c.types.join("|")}` : ""})`;
        it(`finds ${what}`, async () => {
          const got = await store.neighbors(c.id, c);
          const want = neighborhood(plan, c.id, c);
          expectSameIds(kind, `${what} nodes`, got.nodes.map((n) => n.id), want.ids);
          expectSameIds(kind, `${what} edges`, got.edges.map((e) => e.id), want.edges.map((e) => e.id));
          if (c.types) for (const n of got.nodes) if (n.id !== c.id) expect(c.types).toContain(n.type);
        });
      }

      it("caps at limit, keeping nodes in (hop, id) order", async () => {
        for (const limit of [1, 5, 12, 40]) {
          const opts = { depth: 2, limit };
          const got = await store.neighbors(IC, opts);
          const want = neighborhood(plan, IC, opts);
          expect(got.nodes.length).toBe(Math.min(limit, want.ids.length));
          expectSameIds(kind, `neighbors(${IC}, depth 2, limit ${limit}) nodes`, got.nodes.map((n) => n.id), want.ids);
          expectSameIds(kind, `neighbors(${IC}, depth 2, limit ${limit}) edges`, got.edges.map((e) => e.id), want.edges.map((e) => e.id));
        }
      });

      it("returns full nodes and edges", async () => {
        const got = await store.neighbors(IC, { depth: 1, limit: 2000 });
        expectSameAnswer(kind, `neighbors(${IC}) start node`, got.nodes.find((n) => n.id === IC), planNode(IC));
        const edge = got.edges[0];
        expectSameAnswer(kind, `neighbors(${IC}) edge ${edge.id}`, edge, plan.edges.find((e) => e.id === edge.id));
      });
    });

    describe("chain", () => {
      it(`gives the chain of ${IC} as the shared rule computes it on the whole graph`, async () => {
        const chain = await store.chain(IC);
        const want = referenceChain(plan, IC);
        expectSameAnswer(kind, `chain(${IC})`, { ...chain, nodes: byId(chain.nodes), edges: byId(chain.edges) }, {
          ...want,
          nodes: byId(want.nodes),
          edges: byId(want.edges),
        });
      });

      it("gives every industry's chain the same way", async () => {
        for (const industry of plan.nodes.filter((n) => n.type === "Industry")) {
          const chain = await store.chain(industry.id);
          const want = referenceChain(plan, industry.id);
          expectSameIds(kind, `chain(${industry.id}) edges`, chain.edges.map((e) => e.id), want.edges.map((e) => e.id));
          expectSameAnswer(kind, `chain(${industry.id}) gaps`, chain.gaps, want.gaps);
          expectSameAnswer(kind, `chain(${industry.id}) links`, [chain.upstream, chain.internal, chain.downstream], [
            want.upstream,
            want.internal,
            want.downstream,
          ]);
        }
      });

      it("refuses a node that is not an industry", async () => {
        expect(await rejection(store.chain(LIANGJIANG))).toBeInstanceOf(NotFoundError);
      });
    });

    describe("paths", () => {
      const ids = (p: { nodes: { id: string }[]; edges: { id: string }[] }) => ({
        nodes: p.nodes.map((n) => n.id),
        edges: p.edges.map((e) => e.id),
      });

      it(`finds the direct KEY_DISTRICT edge first from ${IC} to ${LIANGJIANG}`, async () => {
        const { paths } = await store.paths(IC, LIANGJIANG, { k: 3, maxDepth: 4 });
        expect(paths.length, `${kind} store: number of paths`).toBe(3);
        expect(paths[0].edges, `${kind} store: first path`).toHaveLength(1);
        expect(paths[0].edges[0]).toMatchObject({ type: "KEY_DISTRICT", source: IC, target: LIANGJIANG });
        expectSameAnswer(kind, `paths(${IC}, ${LIANGJIANG})`, paths.map(ids), referencePaths(plan, IC, LIANGJIANG, { k: 3, maxDepth: 4 }));
      });

      it("lists paths between two industries shortest first, as the shared rule does", async () => {
        for (const limits of [
          { k: 5, maxDepth: 4 },
          { k: 10, maxDepth: 3 },
          { k: 2, maxDepth: 1 },
        ]) {
          const { paths } = await store.paths(IC, DISPLAY, limits);
          const want = referencePaths(plan, IC, DISPLAY, limits);
          const what = `paths(${IC}, ${DISPLAY}, k ${limits.k}, maxDepth ${limits.maxDepth})`;
          expectSameAnswer(kind, `${what} lengths`, paths.map((p) => p.edges.length), want.map((p) => p.edges.length));
          expectSameAnswer(kind, what, paths.map(ids), want);
          for (const p of paths) {
            expect(p.nodes[0].id).toBe(IC);
            expect(p.nodes.at(-1)!.id).toBe(DISPLAY);
            expect(new Set(p.nodes.map((n) => n.id)).size, `${kind} store: ${what} repeats a node`).toBe(p.nodes.length);
          }
        }
      });

      it("gives the node alone from a node to itself, and nothing beyond maxDepth", async () => {
        const self = await store.paths(IC, IC, { k: 3, maxDepth: 4 });
        expectSameAnswer(kind, "paths(x, x)", self.paths.map(ids), [{ nodes: [IC], edges: [] }]);
        const far = plan.nodes.find((n) => referencePaths(plan, IC, n.id, { k: 1, maxDepth: 1 }).length === 0 && n.id !== IC)!;
        const none = await store.paths(IC, far.id, { k: 3, maxDepth: 1 });
        expectSameAnswer(kind, `paths(${IC}, ${far.id}, maxDepth 1)`, none.paths, []);
      });
    });

    describe("district overlap", () => {
      it("gives the matrix and pairs the shared rule computes from KEY_DISTRICT", async () => {
        expectSameAnswer(kind, "districtOverlap()", await store.districtOverlap(), referenceOverlap(plan));
      });
    });

    describe("search", () => {
      const top = async (q: string, limit = 5) => (await store.search(q, { limit })).map((h) => h.id);

      it("ranks the industry first for its Chinese name", async () => {
        const hits = await store.search("集成电路", { limit: 10 });
        expect(hits[0], `${kind} store: search(集成电路)[0]`).toMatchObject({ id: IC, type: "Industry", name: "集成电路" });
        expect(hits[0].snippet).toContain("集成电路");
      });

      it("finds a product by its Chinese name (气凝胶)", async () => {
        expect((await top("气凝胶"))[0], `${kind} store: search(气凝胶)[0]`).toBe("product:气凝胶");
      });

      it("finds a district by the start of its name (两江)", async () => {
        expect(await top("两江", 3), `${kind} store: search(两江) top 3`).toContain(LIANGJIANG);
      });

      it("finds an industry by its English name", async () => {
        expect((await top("Integrated circuits"))[0], `${kind} store: search(Integrated circuits)[0]`).toBe(IC);
      });

      it("finds names by pinyin and by pinyin initials", async () => {
        expect((await top("jcdl"))[0], `${kind} store: search(jcdl)[0]`).toBe(IC);
        expect((await top("jichengdianlu"))[0], `${kind} store: search(jichengdianlu)[0]`).toBe(IC);
        expect(await top("liangjiang", 3), `${kind} store: search(liangjiang) top 3`).toContain(LIANGJIANG);
        const xny = await store.search("xny", { limit: 5 });
        expect(xny.length, `${kind} store: search(xny)`).toBeGreaterThan(0);
        for (const h of xny) expect(h.name, `${kind} store: search(xny) hit`).toMatch(/^新能源/);
      });

      it("puts the same node first as the memory store's ranking", async () => {
        // 氢 and 芯: a lone Chinese character (the cjk index holds bigrams: Neo4j's substring fallback)
        for (const q of ["集成电路", "气凝胶", "两江新区", "动力电池", "功率半导体", "西永", "新能源汽车", "氢", "芯", "AMOLED", "hydrogen", "实验室", "jcdl", "xny", "cqgxq"]) {
          const want = searchReference.search(q, { limit: 1 }).map((h) => h.id);
          expectSameAnswer(kind, `search(${q})[0]`, (await top(q, 1)).slice(0, 1), want);
        }
      });

      it("filters by type and caps by limit", async () => {
        const hits = await store.search("半导体", { types: ["Product"], limit: 3 });
        expect(hits.length).toBeGreaterThan(0);
        expect(hits.length).toBeLessThanOrEqual(3);
        for (const h of hits) expect(h.type).toBe("Product");
      });

      it("answers nothing for a query without terms", async () => {
        expect(await store.search("  ", { limit: 5 })).toEqual([]);
      });
    });

    describe("unknown ids", () => {
      it("throws NotFoundError from node, neighbors, chain and paths", async () => {
        const calls: [string, () => Promise<unknown>][] = [
          ["node", () => store.node(UNKNOWN)],
          ["neighbors", () => store.neighbors(UNKNOWN, { depth: 1, limit: 10 })],
          ["chain", () => store.chain(UNKNOWN)],
          ["paths (from)", () => store.paths(UNKNOWN, IC, { k: 1, maxDepth: 2 })],
          ["paths (to)", () => store.paths(IC, UNKNOWN, { k: 1, maxDepth: 2 })],
        ];
        for (const [what, call] of calls) {
          const err = await rejection(call(), `${kind} store: ${what} of an unknown id`);
          expect(err, `${kind} store: ${what} of an unknown id threw ${err.name}: ${err.message}`).toBeInstanceOf(NotFoundError);
        }
      });
    });

    describe("cypher console", () => {
      it("is Neo4j's only (NotImplementedError on memory); reads on Neo4j", async () => {
        if (kind === "memory") {
          expect(await rejection(store.cypher("RETURN 1", {}))).toBeInstanceOf(NotImplementedError);
          return;
        }
        const res = await store.cypher("MATCH (n:Industry) RETURN n.name AS name ORDER BY name", {});
        expect(res.columns).toEqual(["name"]);
        expect(res.rows).toHaveLength(14);
        expect(res.truncated).toBe(false);
        expect(res.rows.map((r) => r.name)).toContain("集成电路");
      });

      it("refuses writes with BadRequestError (memory: NotImplementedError)", async () => {
        for (const q of ["CREATE (n:Industry {id: 'x'}) RETURN n", "MATCH (n) DETACH DELETE n", "MATCH (n {id: $id}) SET n.name = 'x'"]) {
          const err = await rejection(store.cypher(q, { id: IC }));
          expect(err, `${kind} store: cypher(${q}) threw ${err.name}: ${err.message}`).toBeInstanceOf(
            kind === "memory" ? NotImplementedError : BadRequestError,
          );
        }
        expect((await store.node(IC)).node.name).toBe("集成电路");
      });

      it("caps the rows and says so", async () => {
        if (kind === "memory") return; // no console
        const res = await store.cypher("UNWIND range(1, 1500) AS x RETURN x", {});
        expect(res.rows).toHaveLength(1000);
        expect(res.truncated).toBe(true);
        expect(res.rows[999]).toEqual({ x: 1000 });
      });

      it("returns graph values as the contract's nodes and edges", async () => {
        if (kind === "memory") return; // no console
        const res = await store.cypher("MATCH (i:Industry {id: $id})-[r:KEY_DISTRICT]->(d) RETURN i, r, d.name AS district", { id: IC });
        expect(res.rows.length).toBeGreaterThan(0);
        expectSameAnswer(kind, "cypher nodes", res.nodes.filter((n) => n.id === IC), [planNode(IC)]);
        const want = incidentEdges(plan, IC).filter((e) => e.type === "KEY_DISTRICT");
        expectSameAnswer(kind, "cypher edges", byId(res.edges), byId(want));
      });
    });

    describe("load", () => {
      it("keeps the previous graph when a load fails in a later batch", async () => {
        // Batch 1 would rename a node; batch 2 adds nodes; the last edge joins a node that is not there.
        const filler = Array.from({ length: 1200 }, (_, i) => ({
          id: `product:contract-filler-${i}`,
          type: "Product" as const,
          name: `filler ${i}`,
          props: {},
          evidence: [{ kind: "reference" as const, source: "contract test" }],
        }));
        const bad: GraphData = {
          nodes: [...plan.nodes.map((n) => (n.id === IC ? { ...n, name: "CHANGED" } : n)), ...filler],
          edges: [
            ...plan.edges,
            { id: "FEEDS:dangling", type: "FEEDS", source: filler[0].id, target: "product:no-such-node", props: {}, evidence: filler[0].evidence },
          ],
        };
        await rejection(store.load(bad));
        const stats = await store.stats();
        expectSameAnswer(kind, "stats() after a failed load", stats.totals, { nodes: plan.nodes.length, edges: plan.edges.length });
        expectSameAnswer(kind, `node(${IC}) after a failed load`, (await store.node(IC)).node, planNode(IC));
        expect(await rejection(store.node(filler[1100].id))).toBeInstanceOf(NotFoundError);
      });
    });
  });

  // plan= and plans() on a graph of two plans (./planScope.ts)
  planScopeContract(target);
}
