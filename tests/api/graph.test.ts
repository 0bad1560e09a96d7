/** The HTTP API through createApp with supertest: real plan, memory store, no open port. */
import { pino } from "pino";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { ErrorBody, Health, NodeDetail, PlanText, Stats, Subgraph } from "../../contract/api.js";
import { createApp } from "../../server/app.js";
import { createMemoryStore } from "../../server/store/memory.js";
import path from "node:path";
import { loadPlan, repoRoot } from "../support/plan.js";

const logger = pino({ level: "silent" });
let app: ReturnType<typeof createApp>;
let nodeCount = 0;
let edgeCount = 0;
let planText = "";

beforeAll(async () => {
  const { graph, text, planId } = await loadPlan();
  planText = text;
  nodeCount = graph.nodes.length;
  edgeCount = graph.edges.length;
  const store = createMemoryStore();
  await store.load(graph);
  app = createApp({ store, logger, planTexts: new Map([[planId, text]]) });
});

const enc = encodeURIComponent;

describe("GET /api/health", () => {
  it("reports the memory store with the imported counts", async () => {
    const res = await request(app).get("/api/health").expect(200);
    const body = Health.parse(res.body);
    expect(body).toEqual({ status: "ok", store: "memory", nodes: nodeCount, edges: edgeCount });
    expect(body.nodes).toBeGreaterThan(100);
  });
});

describe("GET /api/stats", () => {
  it("counts nodes and edges by type, adding up to the totals", async () => {
    const body = Stats.parse((await request(app).get("/api/stats").expect(200)).body);
    expect(body.nodes.Industry).toBe(14);
    expect(body.nodes.Plan).toBe(1);
    expect(body.edges.PART_OF).toBe(14);
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    expect(sum(body.nodes)).toBe(body.totals.nodes);
    expect(sum(body.edges)).toBe(body.totals.edges);
  });
});

describe("GET /api/graph", () => {
  it("returns the whole graph with evidence on every element", async () => {
    const body = Subgraph.parse((await request(app).get("/api/graph").expect(200)).body);
    expect(body.nodes).toHaveLength(nodeCount);
    expect(body.edges).toHaveLength(edgeCount);
    for (const el of [...body.nodes, ...body.edges]) expect(el.evidence.length).toBeGreaterThan(0);
  });

  it("keeps only the requested types and the edges among them", async () => {
    const body = Subgraph.parse((await request(app).get("/api/graph?types=Industry,District").expect(200)).body);
    expect(new Set(body.nodes.map((n) => n.type))).toEqual(new Set(["Industry", "District"]));
    const ids = new Set(body.nodes.map((n) => n.id));
    expect(body.edges.some((e) => e.type === "KEY_DISTRICT")).toBe(true);
    for (const e of body.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(["KEY_DISTRICT", "SUPPLIES", "OVERLAPS"]).toContain(e.type);
    }
  });

  it("answers 400 with a message for an unknown type", async () => {
    const res = await request(app).get("/api/graph?types=Industry,Spaceship").expect(400);
    const body = ErrorBody.parse(res.body);
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toMatch(/types/);
  });
});

describe("GET /api/nodes/:id", () => {
  it("returns the node with its edges and text evidence", async () => {
    const res = await request(app).get(`/api/nodes/${enc("industry:集成电路")}`).expect(200);
    const body = NodeDetail.parse(res.body);
    expect(body.node.name).toBe("集成电路");
    expect(body.node.props.kind).toBe("pillar");
    const types = new Set(body.edges.map((e) => e.type));
    for (const t of ["PART_OF", "HAS_PROJECT", "HAS_PLATFORM", "KEY_DISTRICT"]) expect(types).toContain(t);
    const districts = body.edges.filter((e) => e.type === "KEY_DISTRICT").map((e) => e.target);
    expect(districts).toEqual(expect.arrayContaining(["district:重庆高新区", "district:两江新区"]));
  });

  it("answers 404 with a message for an unknown id", async () => {
    const res = await request(app).get(`/api/nodes/${enc("industry:不存在")}`).expect(404);
    expect(ErrorBody.parse(res.body).error.message).toContain("industry:不存在");
  });
});

describe("GET /api/nodes/:id/neighbors", () => {
  it("returns the one-hop neighbourhood including the node itself", async () => {
    const res = await request(app).get(`/api/nodes/${enc("district:两江新区")}/neighbors?depth=1`).expect(200);
    const body = Subgraph.parse(res.body);
    const ids = body.nodes.map((n) => n.id);
    expect(ids).toContain("district:两江新区");
    // 两江新区 is a 重点区县 of more industries than any other district
    expect(body.nodes.filter((n) => n.type === "Industry").length).toBeGreaterThanOrEqual(8);
  });

  it("filters by type and caps by limit", async () => {
    const res = await request(app)
      .get(`/api/nodes/${enc("industry:生物")}/neighbors?depth=1&types=Platform&limit=5`)
      .expect(200);
    const body = Subgraph.parse(res.body);
    expect(body.nodes).toHaveLength(5);
    expect(body.nodes.filter((n) => n.type !== "Platform").map((n) => n.id)).toEqual(["industry:生物"]);
  });

  it("rejects a depth out of range with 400", async () => {
    const res = await request(app).get(`/api/nodes/${enc("industry:生物")}/neighbors?depth=9`).expect(400);
    expect(ErrorBody.parse(res.body).error.message).toMatch(/depth/);
  });
});

describe("GET /api/export", () => {
  it("exports the whole graph as JSON", async () => {
    const res = await request(app).get("/api/export?format=json").expect(200);
    expect(res.headers["content-disposition"]).toContain("chain-atlas.json");
    const body = Subgraph.parse(JSON.parse(res.text));
    expect(body.nodes).toHaveLength(nodeCount);
  });
});

describe("GET /api/export in every format", () => {
  it("exports GraphML with every node and edge", async () => {
    const res = await request(app).get("/api/export?format=graphml").buffer(true).parse((r, cb) => {
      let data = "";
      r.on("data", (c: Buffer) => (data += c.toString("utf8")));
      r.on("end", () => cb(null, data));
    });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toContain("application/graphml+xml");
    expect((res.body as string).match(/<node /g)).toHaveLength(nodeCount);
    expect((res.body as string).match(/<edge /g)).toHaveLength(edgeCount);
  });

  it("exports CSV with a row per node and per edge", async () => {
    const res = await request(app).get("/api/export?format=csv").expect(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    const rows = res.text.split("\r\n").filter((l) => /^(node|edge),/.test(l));
    expect(rows).toHaveLength(nodeCount + edgeCount);
  });

  it("answers 400 for an unknown format", async () => {
    const res = await request(app).get("/api/export?format=pdf").expect(400);
    expect(ErrorBody.parse(res.body).error.message).toMatch(/format/);
  });
});

describe("GET /api/plans/:id/text", () => {
  it("returns the plan text and mention spans that point at node evidence", async () => {
    const res = await request(app).get("/api/plans/cq-sei-14fyp/text").expect(200);
    const body = PlanText.parse(res.body);
    expect(body.text).toBe(planText);
    expect(body.mentions.length).toBeGreaterThan(nodeCount);
    const ic = body.mentions.filter((m) => m.nodeId === "industry:集成电路");
    expect(ic.length).toBeGreaterThan(0);
    for (const m of ic) expect(body.text.slice(m.start, m.end)).toContain("集成电路");
    const starts = body.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("answers 404 for an unknown plan", async () => {
    const res = await request(app).get("/api/plans/nope/text").expect(404);
    expect(ErrorBody.parse(res.body).error.message).toContain("nope");
  });
});

describe("unknown API routes", () => {
  it("answer 404 as JSON, not the app shell", async () => {
    const res = await request(app).get("/api/nope").expect(404);
    expect(ErrorBody.parse(res.body).error.code).toBe("not_found");
  });
});

describe("GET /api/openapi.json", () => {
  it("documents every route with schemas generated from the contract", async () => {
    const res = await request(app).get("/api/openapi.json").expect(200);
    expect(res.body.openapi).toBe("3.1.0");
    for (const p of ["/api/health", "/api/graph", "/api/search", "/api/chains/{industryId}", "/api/paths", "/api/cypher"]) {
      expect(Object.keys(res.body.paths)).toContain(p);
    }
    const graphParams = res.body.paths["/api/graph"].get.parameters.map((p: { name: string }) => p.name);
    expect(graphParams).toEqual(["types", "plan"]);
    const health = res.body.paths["/api/health"].get.responses["200"].content["application/json"].schema;
    expect(health.properties.store.enum).toEqual(["memory", "neo4j"]);
  });
});

describe("GET /api/geo/districts", () => {
  it("serves the district boundaries as GeoJSON, one feature per district or county", async () => {
    const geoApp = createApp({ store: createMemoryStore(), logger, seedDir: path.join(repoRoot, "seeds") });
    const res = await request(geoApp).get("/api/geo/districts").expect(200);
    expect(res.headers["content-type"]).toContain("application/geo+json");
    const geo = JSON.parse(res.text) as { type: string; features: { properties: { adcode: string } }[] };
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.features).toHaveLength(38);
  });
});
