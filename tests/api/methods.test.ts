/**
 * Methods and readiness through createApp: a known path asked with another method is 405 with
 * Allow (TRACE was 404), an unknown path stays 404, and health is 200 only when ok.
 */
import { pino } from "pino";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { ErrorBody, Health } from "../../contract/api.js";
import { NodeType } from "../../contract/graph.js";
import { createApp } from "../../server/app.js";
import { createMemoryStore } from "../../server/store/memory.js";
import { loadPlanGraph } from "../support/plan.js";

let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  const store = createMemoryStore();
  await store.load(await loadPlanGraph());
  app = createApp({ store, logger: pino({ level: "silent" }), limits: false });
});

describe("methods", () => {
  it("answers another method on a known path with 405 and Allow", async () => {
    const cases: [string, string, string][] = [
      ["trace", "/api/graph", "GET, HEAD"],
      ["put", "/api/graph", "GET, HEAD"],
      ["delete", "/api/nodes/industry%3A%E9%9B%86%E6%88%90%E7%94%B5%E8%B7%AF", "GET, HEAD"],
      ["patch", "/api/search?q=x", "GET, HEAD"],
      ["get", "/api/cypher", "POST"],
      ["put", "/api/cypher", "POST"],
    ];
    for (const [method, url, allow] of cases) {
      const res = await (request(app) as unknown as Record<string, (u: string) => request.Test>)[method](url);
      expect(res.status, `${method} ${url}`).toBe(405);
      expect(res.headers.allow, `${method} ${url}`).toBe(allow);
      if (method !== "head") expect(ErrorBody.parse(res.body).error.code).toBe("method_not_allowed");
    }
  });

  it("keeps 404 for unknown paths and serves HEAD where GET is", async () => {
    await request(app).get("/api/nothing").expect(404);
    await request(app).delete("/api/nothing").expect(404);
    await request(app).head("/api/health").expect(200);
  });
});

describe("the document says what the server takes", () => {
  it("documents types= as the list of node types the server accepts, and the server takes each", async () => {
    const doc = (await request(app).get("/api/openapi.json").expect(200)).body as {
      paths: Record<string, Record<string, { parameters?: { name: string; style?: string; explode?: boolean; schema: { items?: { enum?: string[] } } }[] }>>;
    };
    const withTypes = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.values(ops).flatMap((op) => (op.parameters ?? []).filter((x) => x.name === "types").map((x) => ({ p, x }))),
    );
    expect(withTypes.length).toBeGreaterThanOrEqual(3);
    for (const { x } of withTypes) {
      expect(x.schema.items?.enum).toEqual([...NodeType.options]);
      expect([x.style, x.explode]).toEqual(["form", false]);
    }
    for (const t of NodeType.options) await request(app).get(`/api/graph?types=${t}`).expect(200);
    await request(app).get("/api/graph?types=Industry,District").expect(200);
    await request(app).get("/api/graph?types=Nonsense").expect(400);
  });
});

describe("empty numeric parameters", () => {
  it("read as absent (the default), consistently; a bad number is still a 400", async () => {
    const ic = "/api/nodes/industry%3A%E9%9B%86%E6%88%90%E7%94%B5%E8%B7%AF/neighbors";
    const plain = (await request(app).get(ic).expect(200)).body;
    expect((await request(app).get(`${ic}?depth=&limit=`).expect(200)).body).toEqual(plain);
    expect((await request(app).get("/api/search?q=集成&limit=").expect(200)).body).toEqual((await request(app).get("/api/search?q=集成").expect(200)).body);
    await request(app).get("/api/paths?from=industry%3A%E9%9B%86%E6%88%90%E7%94%B5%E8%B7%AF&to=district%3A%E4%B8%A4%E6%B1%9F%E6%96%B0%E5%8C%BA&k=&maxDepth=").expect(200);
    for (const bad of ["depth=0", "depth=x", "depth=1.5", "limit=-1"]) expect((await request(app).get(`${ic}?${bad}`)).status, bad).toBe(400);
  });
});

describe("health", () => {
  it("is 200 and ok on a loaded store, its answer as documented", async () => {
    const res = await request(app).get("/api/health").expect(200);
    expect(Health.parse(res.body)).toMatchObject({ status: "ok", store: "memory" });
    expect(res.body.reason).toBeUndefined();
  });
});
