/**
 * The cache of serialised answers, through createApp: a hit is the same bytes, a reload of the
 * store invalidates, the ETag answers a fresh client with 304, and errors are not cached.
 */
import { pino } from "pino";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { Stats, Subgraph } from "../../contract/api.js";
import type { GraphData } from "../../contract/graph.js";
import { createApp } from "../../server/app.js";
import { createMemoryStore } from "../../server/store/memory.js";
import type { GraphStore } from "../../server/store/port.js";
import { loadPlanGraph } from "../support/plan.js";

const logger = pino({ level: "silent" });
let plan: GraphData;

beforeAll(async () => {
  plan = await loadPlanGraph();
});

async function appOn(graph: GraphData) {
  const store = createMemoryStore();
  await store.load(graph);
  return { store, app: createApp({ store, logger }) };
}

/** The plan without its districts: a graph that answers differently. */
const withoutDistricts = (g: GraphData): GraphData => {
  const nodes = g.nodes.filter((n) => n.type !== "District");
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: g.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
};

describe("cached answers", () => {
  it("serve the same bytes on a hit, with an ETag", async () => {
    const { app } = await appOn(plan);
    const a = await request(app).get("/api/graph").buffer(true).expect(200);
    const b = await request(app).get("/api/graph").buffer(true).expect(200);
    expect(b.text).toBe(a.text);
    expect(a.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(a.headers.etag).toBeTruthy();
    expect(b.headers.etag).toBe(a.headers.etag);
    expect(Subgraph.parse(JSON.parse(a.text)).nodes).toHaveLength(plan.nodes.length);
  });

  it("key by the parsed parameters: another value is another answer", async () => {
    const { app } = await appOn(plan);
    const all = await request(app).get("/api/graph").expect(200);
    const industries = await request(app).get("/api/graph?types=Industry").expect(200);
    expect(Subgraph.parse(industries.body).nodes.every((n) => n.type === "Industry")).toBe(true);
    expect(industries.body.nodes.length).toBeLessThan(all.body.nodes.length);
  });

  it("are dropped when the store loads another graph", async () => {
    const { app, store } = await appOn(plan);
    const before = Stats.parse((await request(app).get("/api/stats").expect(200)).body);
    const overlapBefore = (await request(app).get("/api/districts/overlap").expect(200)).body;
    expect(before.nodes.District).toBeGreaterThan(0);
    expect(overlapBefore.pairs.length).toBeGreaterThan(0);
    await store.load(withoutDistricts(plan));
    const after = Stats.parse((await request(app).get("/api/stats").expect(200)).body);
    expect(after.nodes.District).toBeUndefined();
    expect(after.totals.nodes).toBeLessThan(before.totals.nodes);
    expect((await request(app).get("/api/districts/overlap").expect(200)).body.pairs).toEqual([]);
  });

  it("answer a client holding the current ETag with 304, and a stale one in full", async () => {
    const { app, store } = await appOn(plan);
    const first = await request(app).get("/api/districts/overlap").expect(200);
    const etag = first.headers.etag as string;
    await request(app).get("/api/districts/overlap").set("If-None-Match", etag).expect(304);
    await store.load(withoutDistricts(plan));
    const fresh = await request(app).get("/api/districts/overlap").set("If-None-Match", etag).expect(200);
    expect(fresh.headers.etag).not.toBe(etag);
  });

  it("keep no error: an unknown industry stays a 404 and a known one still answers", async () => {
    const { app } = await appOn(plan);
    const industry = plan.nodes.find((n) => n.type === "Industry")!;
    await request(app).get("/api/chains/industry:nope").expect(404);
    await request(app).get("/api/chains/industry:nope").expect(404);
    const res = await request(app).get(`/api/chains/${encodeURIComponent(industry.id)}`).expect(200);
    expect(res.body.nodes.length).toBeGreaterThan(0);
  });

  it("ask the store once for repeated requests, and again after a load", async () => {
    const store = createMemoryStore();
    await store.load(plan);
    let calls = 0;
    const counting: GraphStore = { ...store, version: () => store.version!(), graph: (...args) => (calls++, store.graph(...args)) };
    const app = createApp({ store: counting, logger });
    for (let i = 0; i < 3; i++) await request(app).get("/api/graph").expect(200);
    expect(calls).toBe(1);
    await store.load(plan);
    await request(app).get("/api/graph").expect(200);
    expect(calls).toBe(2);
  });

  it("can be turned off", async () => {
    const store = createMemoryStore();
    await store.load(plan);
    let calls = 0;
    const counting: GraphStore = { ...store, graph: (...args) => (calls++, store.graph(...args)) };
    const app = createApp({ store: counting, logger, cache: false });
    for (let i = 0; i < 3; i++) await request(app).get("/api/graph").expect(200);
    expect(calls).toBe(3);
  });
});
