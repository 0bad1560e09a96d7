/**
 * Several plans through the HTTP API (memory store): GET /api/plans and the plan= filter. The second
 * plan is the real plan's text under another id without curation: its structure only.
 */
import { cp, mkdir, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pino } from "pino";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { Chain, ErrorBody, PlansList, Stats, Subgraph } from "../../contract/api.js";
import { createApp } from "../../server/app.js";
import { importPlan } from "../../server/importer/index.js";
import { readSeeds } from "../../server/importer/seeds.js";
import { combinePlans, projectPlan } from "../../server/plans/planSet.js";
import { createMemoryStore } from "../../server/store/memory.js";
import { loadPlan, seedDir } from "../support/plan.js";

let app: ReturnType<typeof createApp>;
let cqAlone: ReturnType<typeof combinePlans>;
const enc = encodeURIComponent;

beforeAll(async () => {
  const cq = await loadPlan();
  const dir = await mkdtemp(path.join(os.tmpdir(), "plans-api-"));
  await mkdir(path.join(dir, "plans"));
  await cp(path.join(seedDir, "plans", "cq-sei-14fyp.txt"), path.join(dir, "plans", "other-city.txt"));
  const other = importPlan(await readSeeds(dir));
  const both = combinePlans([
    { planId: cq.planId, graph: cq.graph },
    { planId: "other-city", graph: other.graph },
  ]);
  cqAlone = combinePlans([{ planId: cq.planId, graph: cq.graph }]);
  const store = createMemoryStore();
  await store.load(both);
  app = createApp({ store, logger: pino({ level: "silent" }), planTexts: new Map([[cq.planId, cq.text]]) });
});

describe("GET /api/plans", () => {
  it("lists both plans in order, with title, region, period, what each lacks and its own counts", async () => {
    const plans = PlansList.parse((await request(app).get("/api/plans").expect(200)).body);
    expect(plans.map((p) => p.id)).toEqual(["cq-sei-14fyp", "other-city"]);
    const [cq, other] = plans;
    expect(cq).toMatchObject({ nodeId: "plan:cq-sei-14fyp", title: "重庆市战略性新兴产业发展“十四五”规划", period: "2021-2025", lacks: [] });
    expect(cq.counts.nodes.Industry).toBe(14);
    expect(cq.counts.nodes.Product).toBe(cqAlone.nodes.filter((n) => n.type === "Product").length);
    expect(other.lacks).toEqual(["products", "chains", "geography"]);
    expect(other.counts.nodes.Product ?? 0).toBe(0);
    expect(other.counts.nodes.Industry).toBe(14);
  });
});

describe("plan= on the routes that list or walk", () => {
  it("stats and graph answer from the plan's statements only", async () => {
    const all = Stats.parse((await request(app).get("/api/stats").expect(200)).body);
    const cq = Stats.parse((await request(app).get("/api/stats?plan=cq-sei-14fyp").expect(200)).body);
    const other = Stats.parse((await request(app).get("/api/stats?plan=other-city").expect(200)).body);
    expect(cq.totals).toEqual({ nodes: cqAlone.nodes.length, edges: cqAlone.edges.length });
    expect(all.nodes.Plan).toBe(2);
    expect(other.nodes.Product).toBeUndefined();
    const g = Subgraph.parse((await request(app).get("/api/graph?types=Industry,Plan&plan=other-city").expect(200)).body);
    expect(g.nodes.filter((n) => n.type === "Plan").map((n) => n.id)).toEqual(["plan:other-city"]);
    for (const n of g.nodes) expect(n.evidence.every((e) => e.planId === "other-city")).toBe(true);
  });

  it("a shared entity shows the chosen plan's evidence and its own properties", async () => {
    const id = enc("industry:集成电路");
    const all = (await request(app).get(`/api/nodes/${id}`).expect(200)).body;
    expect(new Set(all.node.evidence.map((e: { planId: string }) => e.planId))).toEqual(new Set(["cq-sei-14fyp", "other-city"]));
    const other = (await request(app).get(`/api/nodes/${id}?plan=other-city`).expect(200)).body;
    expect(other.node.props.planProps).toBeUndefined();
    expect(other.node.props.planId).toBeUndefined();
    expect(other.node.evidence.every((e: { planId: string }) => e.planId === "other-city")).toBe(true);
  });

  it("the chain under a plan is that plan's chain", async () => {
    const cq = Chain.parse((await request(app).get(`/api/chains/${enc("industry:集成电路")}?plan=cq-sei-14fyp`).expect(200)).body);
    const other = Chain.parse((await request(app).get(`/api/chains/${enc("industry:集成电路")}?plan=other-city`).expect(200)).body);
    expect(cq.products.length).toBeGreaterThan(0);
    expect(other.products).toEqual([]); // no curated products for the other plan
    expect(other.projects).toEqual(cq.projects); // the same structure
    const fromProjection = projectPlan(cqAlone, "cq-sei-14fyp");
    expect(cq.nodes.every((n) => fromProjection.nodes.some((m) => m.id === n.id))).toBe(true);
  });

  it("search, neighbours, paths and overlap take the plan too", async () => {
    const hits = (await request(app).get(`/api/search?q=${enc("功率半导体")}&types=Product&plan=other-city`).expect(200)).body;
    expect(hits).toEqual([]);
    const hitsCq = (await request(app).get(`/api/search?q=${enc("功率半导体")}&types=Product&plan=cq-sei-14fyp`).expect(200)).body;
    expect(hitsCq.length).toBeGreaterThan(0);
    await request(app).get(`/api/nodes/${enc("product:功率半导体")}/neighbors?plan=other-city`).expect(404);
    await request(app).get(`/api/nodes/${enc("product:功率半导体")}/neighbors?plan=cq-sei-14fyp`).expect(200);
    await request(app).get(`/api/paths?from=${enc("industry:集成电路")}&to=${enc("product:功率半导体")}&plan=other-city`).expect(404);
    const overlap = (await request(app).get("/api/districts/overlap?plan=other-city").expect(200)).body;
    expect(overlap.industries.length).toBeGreaterThan(0);
  });

  it("an unknown plan is a 404 naming it, an empty one a 400", async () => {
    for (const url of ["/api/stats?plan=nope", "/api/graph?plan=nope", `/api/search?q=x&plan=nope`, "/api/districts/overlap?plan=nope", "/api/export?plan=nope"]) {
      const res = await request(app).get(url).expect(404);
      expect(ErrorBody.parse(res.body).error.message).toBe("no plan with id nope");
    }
    await request(app).get("/api/graph?plan=").expect(400);
  });
});
