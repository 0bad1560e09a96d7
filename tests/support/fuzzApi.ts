/**
 * Spec equals server, fuzzed (issue 14, item 8): fast-check draws requests from the OpenAPI
 * document the app serves (every operation, its parameters valid, out of range, empty, junk,
 * unknown ones added, bodies of any shape) and sends them through createApp. Every answer must be
 * a status the document lists for that operation (501 only where listed, never another 5xx), with
 * a body that fits the documented schema: the route's own zod schema for 200, the error body
 * otherwise, and never a stack trace. Run on each store (tests/api/fuzz.test.ts,
 * tests/contract/neo4j.fuzz.test.ts).
 */
import fc from "fast-check";
import path from "node:path";
import { pino } from "pino";
import request from "supertest";
import { expect } from "vitest";
import { ErrorBody } from "../../contract/api.js";
import { createApp } from "../../server/app.js";
import { isJsonResponse } from "../../server/http/route.js";
import { ROUTES } from "../../server/http/routes/table.js";
import type { GraphStore } from "../../server/store/port.js";
import { loadPlan, repoRoot } from "./plan.js";

type Schema = { type?: string | string[]; enum?: unknown[]; items?: Schema; minimum?: number; maximum?: number };
type Param = { name: string; in: "path" | "query"; required: boolean; schema: Schema };
type Operation = { parameters: Param[]; requestBody?: unknown; responses: Record<string, unknown> };

type Op = { method: string; path: string; op: Operation };

const ids = ["industry:集成电路", "district:两江新区", "plan:cq-sei-14fyp", "cq-sei-14fyp", "product:氮化镓", "nope", ""];
const junk = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("", "-1", "0", "1e9", "NaN", "%", "[]", "{}", "a,b", "集成电路", "\u0000"));

/** A value for a parameter: often a valid one of its schema, sometimes anything. */
function valueOf(schema: Schema): fc.Arbitrary<string> {
  const valid: fc.Arbitrary<string>[] = [];
  if (schema.enum) valid.push(fc.constantFrom(...schema.enum.map(String)));
  if (schema.type === "array" && schema.items?.enum) valid.push(fc.subarray(schema.items.enum.map(String), { minLength: 1 }).map((xs) => xs.join(",")));
  if (schema.type === "integer") valid.push(fc.integer({ min: (schema.minimum ?? 0) - 2, max: (schema.maximum ?? 100) + 2 }).map(String));
  if (schema.type === "string" || !schema.type) valid.push(fc.constantFrom(...ids), fc.constantFrom("集成", "芯片", "jcdl", "json", "csv", "graphml"));
  return fc.oneof({ arbitrary: fc.oneof(...valid), weight: 3 }, { arbitrary: junk, weight: 1 });
}

const requestOf = (ops: Op[]) =>
  fc.constantFrom(...ops).chain(({ method, path: p, op }) =>
    fc.record({
      method: fc.constant(method),
      path: fc.constant(p),
      op: fc.constant(op),
      pathValues: fc.tuple(...op.parameters.filter((x) => x.in === "path").map((x) => valueOf(x.schema)), fc.constant("")),
      query: fc.tuple(...op.parameters.filter((x) => x.in === "query").map((x) => fc.option(valueOf(x.schema), { nil: undefined })), fc.constant(undefined)),
      extra: fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 6 }), junk), { nil: undefined }),
      body: fc.oneof(
        fc.record({ query: fc.oneof(fc.constantFrom("MATCH (n) RETURN n LIMIT 1", "CREATE (n)", "SHOW USERS", ""), fc.string()), params: fc.option(fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue()), { nil: undefined }) }),
        fc.jsonValue(),
      ),
    }),
  );

function urlOf(r: { path: string; op: Operation; pathValues: string[]; query: (string | undefined)[]; extra?: [string, string] }): string {
  const pathParams = r.op.parameters.filter((x) => x.in === "path");
  let url = r.path;
  pathParams.forEach((x, i) => (url = url.replace(`{${x.name}}`, encodeURIComponent(r.pathValues[i] || "x"))));
  const q = new URLSearchParams();
  r.op.parameters.filter((x) => x.in === "query").forEach((x, i) => r.query[i] !== undefined && q.append(x.name, r.query[i]!));
  if (r.extra) q.append(r.extra[0], r.extra[1]);
  const s = q.toString();
  return s ? `${url}?${s}` : url;
}

/** The route's own 200 schema, by the document's path and method. */
function okSchemaOf(method: string, docPath: string) {
  const route = ROUTES.find((r) => r.method === method && r.path.replace(/:(\w+)/g, "{$1}") === docPath);
  return route && isJsonResponse(route.response) ? route.response : undefined;
}

/**
 * The app over `store` (loaded with the plan), fuzzed from the document it serves with `numRuns`
 * requests drawn from `seed`: throws on the first answer off the document.
 */
export async function fuzzApi(store: GraphStore, numRuns: number, seed: number): Promise<void> {
  const { text, planId } = await loadPlan();
  const app = createApp({
    store,
    logger: pino({ level: "silent" }),
    planTexts: new Map([[planId, text]]),
    seedDir: path.join(repoRoot, "seeds"),
    limits: false, // the fuzzer is one client asking fast; the limits have their own tests
  });
  const doc = (await request(app).get("/api/openapi.json").expect(200)).body as { paths: Record<string, Record<string, Operation>> };
  const operations: Op[] = Object.entries(doc.paths).flatMap(([p, ops]) => Object.entries(ops).map(([method, op]) => ({ method, path: p, op })));
  const seen = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(requestOf(operations), async (r) => {
      const url = urlOf(r);
      // the body as bytes: any JSON value, an object or not, as a client could send it
      const res =
        r.method === "post"
          ? await request(app).post(url).set("content-type", "application/json").send(JSON.stringify(r.body) ?? "null")
          : await request(app).get(url);
      const where = `${r.method.toUpperCase()} ${url} → ${res.status}`;
      seen.set(`${r.method} ${r.path} ${res.status}`, (seen.get(`${r.method} ${r.path} ${res.status}`) ?? 0) + 1);
      expect(Object.keys(r.op.responses), where).toContain(String(res.status));
      expect(res.status === 500, where).toBe(false);
      expect(res.text, where).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)|node_modules/);
      if (res.status === 200) {
        const schema = okSchemaOf(r.method, r.path);
        if (schema && res.type === "application/json") expect(schema.safeParse(res.body).success, where).toBe(true);
      } else if (res.type === "application/json") {
        expect(ErrorBody.safeParse(res.body).success, where).toBe(true);
      }
    }),
    { numRuns, seed },
  );
  // it reached every operation, and both answers and refusals
  const reached = new Set([...seen.keys()].map((k) => k.split(" ").slice(0, 2).join(" ")));
  expect(reached.size).toBe(operations.length);
  expect([...seen.keys()].some((k) => k.endsWith(" 200"))).toBe(true);
  expect([...seen.keys()].some((k) => k.endsWith(" 400"))).toBe(true);
}
