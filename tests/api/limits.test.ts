/**
 * Fair use, through createApp and the server main.ts makes: per-client rate limits answer 429 with
 * Retry-After (on by default, off with RATE_LIMIT=0), a request whose announced body never comes is
 * cut within the server's request timeout, and large answers go gzipped once, ETag and 304 intact.
 */
import { connect } from "node:net";
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.js";
import { parseConfig } from "../../server/config.js";
import { createHttpServer, DEFAULT_RATE_LIMITS, SERVER_TIMEOUTS } from "../../server/http/limits.js";
import { createMemoryStore } from "../../server/store/memory.js";
import type { GraphStore } from "../../server/store/port.js";
import { loadPlanGraph } from "../support/plan.js";

const logger = pino({ level: "silent" });
let store: GraphStore;

beforeAll(async () => {
  store = createMemoryStore();
  await store.load(await loadPlanGraph());
});

describe("rate limits", () => {
  it("answer a burst past the limit with 429, Retry-After and the usual error body; health is never limited", async () => {
    const app = createApp({ store, logger, limits: { perMinute: 5, heavyPerMinute: 2 } });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await request(app).get("/api/search?q=集成")).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    const refused = await request(app).get("/api/search?q=芯片").expect(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(60);
    expect(refused.body).toEqual({ error: { code: "rate_limited", message: expect.stringMatching(/at most 5 a minute/) } });
    expect(refused.headers.ratelimit).toBeDefined();

    // the heavy answers have their own, smaller budget
    await request(app).get("/api/graph").expect(200);
    await request(app).get("/api/graph").expect(200);
    await request(app).get("/api/graph").expect(429);
    for (let i = 0; i < 20; i++) await request(app).get("/api/health").expect(200);
  });

  it("are on by default: a flood of the whole graph is cut at the default budget", async () => {
    const app = createApp({ store, logger });
    let first429 = 0;
    for (let i = 1; i <= DEFAULT_RATE_LIMITS.heavyPerMinute + 1 && !first429; i++) {
      if ((await request(app).get("/api/graph")).status === 429) first429 = i;
    }
    expect(first429).toBe(DEFAULT_RATE_LIMITS.heavyPerMinute + 1);
  });

  it("come from the environment, and RATE_LIMIT=0 turns them off", () => {
    expect(parseConfig({}).rateLimits).toEqual(DEFAULT_RATE_LIMITS);
    expect(parseConfig({ RATE_LIMIT: "0" }).rateLimits).toBe(false);
    expect(parseConfig({ RATE_LIMIT: "30", RATE_LIMIT_HEAVY: "3" }).rateLimits).toEqual({ perMinute: 30, heavyPerMinute: 3 });
    expect(() => parseConfig({ RATE_LIMIT: "-1" })).toThrow(/RATE_LIMIT/);
  });
});

describe("server timeouts", () => {
  const short = { headersMs: 1_000, requestMs: 1_500, keepAliveMs: 500, checkMs: 250 };
  let server: ReturnType<typeof createHttpServer>;
  let port: number;

  beforeAll(async () => {
    server = createHttpServer(createApp({ store, logger }), short);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it("are set deliberately, seconds not minutes", () => {
    expect(SERVER_TIMEOUTS.requestMs).toBeLessThanOrEqual(30_000);
    expect(SERVER_TIMEOUTS.headersMs).toBeLessThanOrEqual(SERVER_TIMEOUTS.requestMs);
    expect(SERVER_TIMEOUTS.checkMs).toBeLessThanOrEqual(2_000);
  });

  it("close a request whose announced body never comes within the request timeout", async () => {
    const started = Date.now();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.write("POST /api/cypher HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
      });
      let got = "";
      socket.on("data", (d) => (got += d.toString()));
      socket.on("close", () => resolve(got));
      socket.on("error", reject);
      setTimeout(() => reject(new Error("the socket was held open")), 10_000).unref();
    });
    const heldMs = Date.now() - started;
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(heldMs).toBeLessThan(short.requestMs + short.checkMs + 1_000);
  });
});

describe("compression", () => {
  it("sends a large cached answer gzipped, with its own ETag, and 304 for a fresh client", async () => {
    const app = createApp({ store, logger });
    const plain = await request(app).get("/api/graph").set("Accept-Encoding", "identity").expect(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const zipped = await request(app)
      .get("/api/graph")
      .set("Accept-Encoding", "gzip")
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
    const wire = Number(zipped.headers["content-length"]);
    const size = Buffer.byteLength(JSON.stringify(plain.body));
    expect(wire).toBeLessThan(size / 4);
    // superagent inflates what it reads: the same answer
    expect(JSON.parse((zipped.body as Buffer).toString("utf8"))).toEqual(plain.body);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    await request(app).get("/api/graph").set("Accept-Encoding", "gzip").set("If-None-Match", zipped.headers.etag).expect(304);
    await request(app).get("/api/graph").set("Accept-Encoding", "identity").set("If-None-Match", plain.headers.etag).expect(304);
  });
});
