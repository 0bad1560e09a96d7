/**
 * The OpenAPI document against what Express actually serves: the routes are walked from the app's
 * router stack (not read from the route table) and probed over HTTP, and every answer they give,
 * a 200 body or an error status, must be one the document states.
 */
import { pino } from "pino";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createApp } from "../../server/app.js";
import { StoreUnavailableError } from "../../server/store/errors.js";
import { createMemoryStore } from "../../server/store/memory.js";
import type { GraphStore } from "../../server/store/port.js";
import path from "node:path";
import { loadPlan, repoRoot } from "../support/plan.js";

type App = ReturnType<typeof createApp>;
interface Mounted {
  method: string;
  /** The Express path, `:name` for a parameter. */
  path: string;
}
interface Parameter {
  name: string;
  in: "path" | "query";
  required: boolean;
}
interface Operation {
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema: { required?: string[] } }> };
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
}
interface Probe {
  url: string;
  body?: object;
}

const enc = encodeURIComponent;
const UNKNOWN = "nope:不存在";

/** One request per route that a loaded memory store answers (the Cypher console's answer is its 501). */
const EXAMPLES: Record<string, Probe> = {
  "GET /api/openapi.json": { url: "/api/openapi.json" },
  "GET /api/health": { url: "/api/health" },
  "GET /api/stats": { url: "/api/stats?plan=cq-sei-14fyp" },
  "GET /api/plans": { url: "/api/plans" },
  "GET /api/graph": { url: "/api/graph?types=Industry" },
  "GET /api/nodes/:id": { url: `/api/nodes/${enc("industry:集成电路")}` },
  "GET /api/nodes/:id/neighbors": { url: `/api/nodes/${enc("industry:集成电路")}/neighbors?depth=1&limit=20` },
  "GET /api/export": { url: "/api/export?format=json" },
  "GET /api/plans/:id/text": { url: "/api/plans/cq-sei-14fyp/text" },
  "GET /api/search": { url: `/api/search?q=${enc("集成电路")}&limit=5` },
  "GET /api/chains/:industryId": { url: `/api/chains/${enc("industry:集成电路")}` },
  "GET /api/paths": { url: `/api/paths?from=${enc("industry:集成电路")}&to=${enc("district:两江新区")}` },
  "GET /api/districts/overlap": { url: "/api/districts/overlap?plan=cq-sei-14fyp" },
  "POST /api/cypher": { url: "/api/cypher", body: { query: "RETURN 1" } },
  "GET /api/geo/districts": { url: "/api/geo/districts" },
  // one plan loaded here: the second is unknown (404); tests/api/compare.test.ts has the 200s
  "GET /api/compare": { url: `/api/compare?a=cq-sei-14fyp&b=${enc(UNKNOWN)}` },
};

/** Every route in the app's router stack, with the paths of the routers it sits in. */
function mountedRoutes(stack: unknown[], prefix = ""): Mounted[] {
  const out: Mounted[] = [];
  for (const layer of stack as { rawPath?: unknown; route?: { path: string; methods: object }; handle: { stack?: unknown[] } }[]) {
    if (layer.route) {
      // `_all`: the 405 answer for the path's other methods (tests/api/methods.test.ts)
      for (const method of Object.keys(layer.route.methods)) if (method !== "_all") out.push({ method, path: prefix + layer.route.path });
    } else if (layer.handle.stack) {
      // a router mounted at a path: only plain string paths are expected here
      expect(typeof layer.rawPath === "string" || layer.rawPath === undefined).toBe(true);
      const at = typeof layer.rawPath === "string" && layer.rawPath !== "/" ? layer.rawPath : "";
      out.push(...mountedRoutes(layer.handle.stack, prefix + at));
    }
  }
  return out;
}

const key = (r: Mounted) => `${r.method.toUpperCase()} ${r.path}`;
const docPath = (expressPath: string) => expressPath.replace(/:(\w+)/g, "{$1}");
const pathParams = (expressPath: string) => [...expressPath.matchAll(/:(\w+)/g)].map((m) => m[1]);

function send(app: App, method: string, { url, body }: Probe) {
  const req = method === "post" ? request(app).post(url).send(body ?? {}) : request(app).get(url);
  // GraphML and CSV arrive as text either way
  return req.buffer(true).parse((res, cb) => {
    let data = "";
    res.on("data", (c: Buffer) => (data += c.toString("utf8")));
    res.on("end", () => cb(null, data));
  });
}

/** The same query with one parameter set to `value`. */
function withParam(url: string, name: string, value: string): string {
  const u = new URL(url, "http://x");
  u.searchParams.set(name, value);
  return u.pathname + u.search;
}

/** A store whose database is away: every call fails as the Neo4j adapter's would. */
function unavailableStore(): GraphStore {
  const down = () => Promise.reject(new StoreUnavailableError("the database is away"));
  return new Proxy({ kind: "memory" } as GraphStore, {
    get: (target, prop) => (prop === "kind" ? target.kind : down),
  });
}

let app: App;
let downApp: App;
let doc: { paths: Record<string, Record<string, Operation>> };
let mounted: Mounted[];

beforeAll(async () => {
  const { graph, text, planId } = await loadPlan();
  const store = createMemoryStore();
  await store.load(graph);
  const logger = pino({ level: "silent" });
  const options = { logger, planTexts: new Map([[planId, text]]), seedDir: path.join(repoRoot, "seeds") };
  app = createApp({ store, ...options });
  downApp = createApp({ store: unavailableStore(), ...options });
  doc = (await request(app).get("/api/openapi.json").expect(200)).body;
  mounted = mountedRoutes((app as unknown as { router: { stack: unknown[] } }).router.stack);
});

function operationOf(route: Mounted): Operation {
  const op = doc.paths[docPath(route.path)]?.[route.method];
  expect(op, `${key(route)} is not in the OpenAPI document`).toBeDefined();
  return op;
}

/** Fails unless the document lists `status` among the route's responses. */
function expectDocumented(route: Mounted, status: number, what: string): void {
  expect(Object.keys(operationOf(route).responses), `${key(route)} answered ${status} for ${what}`).toContain(String(status));
}

describe("the OpenAPI document and the mounted routes", () => {
  it("documents every mounted route and mounts every documented one", () => {
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    const served = mounted.map((r) => `${r.method.toUpperCase()} ${docPath(r.path)}`);
    expect(served.length).toBeGreaterThan(10);
    expect([...served].sort()).toEqual([...documented].sort());
  });

  it("names each route's path parameters as the route does", () => {
    for (const route of mounted) {
      const documented = operationOf(route).parameters.filter((p) => p.in === "path");
      expect(documented.map((p) => p.name), key(route)).toEqual(pathParams(route.path));
      for (const p of documented) expect(p.required, `${key(route)} ${p.name}`).toBe(true);
    }
  });

  it("answers an example request as documented: its status, and a 200 body that fits the schema", async () => {
    for (const route of mounted) {
      const example = EXAMPLES[key(route)];
      expect(example, `add an example request for ${key(route)}`).toBeDefined();
      const res = await send(app, route.method, example);
      expectDocumented(route, res.status, "its example");
      if (res.status !== 200) continue;
      const type = String(res.headers["content-type"]).split(";")[0];
      const content = operationOf(route).responses["200"].content ?? {};
      expect(Object.keys(content), `${key(route)} sent ${type}`).toContain(type);
      const schema = content[type].schema;
      if (!schema) continue; // GraphML, CSV: documented by media type only
      const parsed = z.fromJSONSchema(schema as never).safeParse(JSON.parse(res.body as string));
      expect(parsed.error?.issues.slice(0, 3), `${key(route)}: the 200 body does not fit its schema`).toBeUndefined();
    }
  });

  it("answers unknown ids in the path with a documented 404", async () => {
    for (const route of mounted.filter((r) => pathParams(r.path).length > 0)) {
      const url = route.path.replace(/:(\w+)/g, enc(UNKNOWN));
      const res = await send(app, route.method, { url });
      expect(res.status, key(route)).toBe(404);
      expectDocumented(route, 404, "an unknown id");
    }
  });

  it("reads every documented query parameter: a bad value is a documented 400 that names it", async () => {
    for (const route of mounted) {
      const params = operationOf(route).parameters.filter((p) => p.in === "query");
      for (const { name } of params) {
        const answers = [];
        for (const value of ["", "§"]) {
          const res = await send(app, route.method, { url: withParam(EXAMPLES[key(route)].url, name, value) });
          expectDocumented(route, res.status, `${name}=${value}`);
          answers.push({ status: res.status, message: String(JSON.parse(res.body as string)?.error?.message ?? "") });
        }
        const rejected = answers.some((a) => a.status === 400 && a.message.includes(name));
        expect(rejected, `${key(route)} seems not to read ${name}: ${JSON.stringify(answers)}`).toBe(true);
      }
    }
  });

  it("validates every required member of a documented body: without it, a documented 400 that names it", async () => {
    for (const route of mounted) {
      const body = operationOf(route).requestBody?.content["application/json"].schema;
      for (const name of body?.required ?? []) {
        const example = EXAMPLES[key(route)];
        const without = Object.fromEntries(Object.entries(example.body ?? {}).filter(([k]) => k !== name));
        const res = await send(app, route.method, { url: example.url, body: without });
        expect(res.status, `${key(route)} without ${name}`).toBe(400);
        expectDocumented(route, 400, `a body without ${name}`);
        expect(JSON.parse(res.body as string).error.message).toContain(name);
      }
    }
  });

  it("documents the answer of each route when the store is unavailable", async () => {
    for (const route of mounted) {
      const res = await send(downApp, route.method, EXAMPLES[key(route)]);
      expectDocumented(route, res.status, "an unavailable store");
    }
    const stats = mounted.find((r) => r.path === "/api/stats") as Mounted;
    expect((await send(downApp, "get", EXAMPLES[key(stats)])).status).toBe(503);
  });

  it("describes every error response with the one error body", () => {
    for (const route of mounted) {
      for (const [status, response] of Object.entries(operationOf(route).responses)) {
        if (status === "200") continue;
        if (route.path === "/api/health" && status === "503") continue; // degraded: health's own body
        const schema = response.content?.["application/json"]?.schema as { properties?: Record<string, unknown> } | undefined;
        expect(Object.keys(schema?.properties ?? {}), `${key(route)} ${status}`).toEqual(["error"]);
      }
    }
  });
});
