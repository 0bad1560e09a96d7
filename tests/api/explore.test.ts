/** Search, chains, paths, overlap and the Cypher console through the HTTP API (memory store). */
import { pino } from "pino";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { Chain, DistrictOverlap, ErrorBody, PathsResult, SearchHit } from "../../contract/api.js";
import { createApp } from "../../server/app.js";
import { createMemoryStore } from "../../server/store/memory.js";
import { loadPlanGraph } from "../support/plan.js";

let app: ReturnType<typeof createApp>;
const enc = encodeURIComponent;

beforeAll(async () => {
  const store = createMemoryStore();
  await store.load(await loadPlanGraph());
  app = createApp({ store, logger: pino({ level: "silent" }) });
});

describe("GET /api/search", () => {
  it("ranks the industry first for its Chinese name", async () => {
    const res = await request(app).get(`/api/search?q=${enc("集成电路")}`).expect(200);
    const hits = SearchHit.array().parse(res.body);
    expect(hits[0]).toMatchObject({ id: "industry:集成电路", type: "Industry", name: "集成电路" });
  });

  it("filters by type and caps by limit", async () => {
    const res = await request(app).get(`/api/search?q=${enc("半导体")}&types=Product&limit=3`).expect(200);
    const hits = SearchHit.array().parse(res.body);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(3);
    for (const h of hits) expect(h.type).toBe("Product");
  });

  it("answers 400 for an empty query", async () => {
    const res = await request(app).get("/api/search?q=%20").expect(400);
    expect(ErrorBody.parse(res.body).error.message).toMatch(/q/);
  });
});

describe("GET /api/chains/:industryId", () => {
  it("returns the chain with upstream and downstream links", async () => {
    const res = await request(app).get(`/api/chains/${enc("industry:集成电路")}`).expect(200);
    const chain = Chain.parse(res.body);
    expect(chain.industry).toBe("industry:集成电路");
    expect(chain.upstream.length + chain.downstream.length).toBeGreaterThan(0);
    expect(chain.platforms).toHaveLength(8);
    expect(chain.districts).toEqual(expect.arrayContaining(["district:两江新区", "district:重庆高新区"]));
  });

  it("answers 404 for a node that is not an industry", async () => {
    const res = await request(app).get(`/api/chains/${enc("district:两江新区")}`).expect(404);
    expect(ErrorBody.parse(res.body).error.code).toBe("not_found");
  });
});

describe("GET /api/paths", () => {
  it("finds the direct KEY_DISTRICT path first", async () => {
    const res = await request(app)
      .get(`/api/paths?from=${enc("industry:集成电路")}&to=${enc("district:两江新区")}&k=3`)
      .expect(200);
    const { paths } = PathsResult.parse(res.body);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0].edges.map((e) => e.type)).toEqual(["KEY_DISTRICT"]);
  });

  it("answers 400 without from/to and 404 for an unknown node", async () => {
    await request(app).get("/api/paths?from=x").expect(400);
    const res = await request(app).get(`/api/paths?from=${enc("industry:集成电路")}&to=nope`).expect(404);
    expect(ErrorBody.parse(res.body).error.message).toContain("nope");
  });
});

describe("GET /api/districts/overlap", () => {
  it("returns the district × industry matrix and pairs sharing an industry", async () => {
    const body = DistrictOverlap.parse((await request(app).get("/api/districts/overlap").expect(200)).body);
    expect(body.matrix).toHaveLength(body.districts.length);
    for (const row of body.matrix) expect(row).toHaveLength(body.industries.length);
    for (const p of body.pairs) expect(p.shared.length).toBeGreaterThan(0);
  });
});

describe("POST /api/cypher", () => {
  it("answers 501 with a clear message on the memory store", async () => {
    const res = await request(app).post("/api/cypher").send({ query: "MATCH (n) RETURN n LIMIT 1" }).expect(501);
    expect(ErrorBody.parse(res.body).error.message).toMatch(/Neo4j/);
  });

  it("answers 400 for malformed JSON and for a missing query", async () => {
    const bad = await request(app).post("/api/cypher").set("content-type", "application/json").send("{oops").expect(400);
    expect(ErrorBody.parse(bad.body).error.code).toBe("bad_request");
    const missing = await request(app).post("/api/cypher").send({}).expect(400);
    expect(ErrorBody.parse(missing.body).error.message).toMatch(/query/);
  });
});
