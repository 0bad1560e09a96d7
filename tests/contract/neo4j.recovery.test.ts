/**
 * Recovery (issue 14, item 4), on a Neo4j of this test's own (the launcher jar, its own port and
 * data folder), so that it can be stopped, frozen and emptied:
 * - frozen (SIGSTOP): health answers degraded with 503 within its bound (it hung 24.5 s), reads
 *   answer 503 at the app's deadline (they answered 500); back within 5 s of SIGCONT;
 * - killed and started again empty (the launcher's default): health says why with 503, reads 503
 *   (search answered 500 for as long as watched); an import and it is ok, without restarting the app;
 * - the same, with the app's watcher (IMPORT_WHEN_EMPTY): imported again without anyone's help;
 * - stopped and started again on a kept data folder (`--keep-data`, NEO4J_DATA_DIR for
 *   `npm run neo4j:start`): the graph is there, served without an import.
 * Runs where the other Neo4j suites run (NEO4J_URI set): the jar is there, built by neo4j:start.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pino } from "pino";
import request from "supertest";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { GraphData } from "../../contract/graph.js";
import { createApp } from "../../server/app.js";
import { HEALTH_DEADLINE_MS } from "../../server/http/routes/graph.js";
import { watchForEmpty } from "../../server/refill.js";
import { createNeo4jStore, type Neo4jStore } from "../../server/store/neo4j/index.js";
import { describeNeo4j } from "../support/neo4j.js";
import { loadPlanGraph, repoRoot } from "../support/plan.js";

const JAR = path.join(repoRoot, "tests", "neo4j", "target", "local-neo4j.jar");
const PASSWORD = "recovery-test-pass";
const DEADLINE_MS = 3_000;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** The launcher on `port` with `dataDir` (kept: `--keep-data`); resolves with its pid once Bolt answers. */
async function startNeo4j(port: number, dataDir: string, keep = false): Promise<{ child: ChildProcess; pid: number }> {
  const ready = path.join(dataDir, "..", `ready-${Date.now()}`);
  const args = ["-Xmx512m", "-jar", JAR, "--data-dir", dataDir, ...(keep ? ["--keep-data"] : []), "--ready-file", ready];
  const child = spawn("java", args, {
    env: { ...process.env, NEO4J_PASSWORD: PASSWORD, NEO4J_BOLT_PORT: String(port) },
    stdio: "ignore",
  });
  for (let i = 0; i < 240; i++) {
    if (existsSync(ready)) return { child, pid: JSON.parse(readFileSync(ready, "utf8")).pid as number };
    if (child.exitCode !== null) throw new Error(`the test's Neo4j exited (${child.exitCode})`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the test's Neo4j did not start in 60 s");
}

const stopNeo4j = async (child: ChildProcess, signal: NodeJS.Signals = "SIGKILL") => {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill(signal);
  await exited;
};

/** Polls `check` until it holds; resolves with the ms it took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check().catch(() => false)) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not within ${ms} ms`);
}

describeNeo4j("recovery from a frozen, restarted or empty Neo4j", () => {
  let root: string;
  let port: number;
  let neo: { child: ChildProcess; pid: number };
  let store: Neo4jStore;
  let plan: GraphData;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "chain-atlas-recovery-"));
    port = await freePort();
    neo = await startNeo4j(port, path.join(root, "data-1"));
    store = createNeo4jStore({ uri: `bolt://127.0.0.1:${port}`, user: "neo4j", password: PASSWORD, database: "neo4j" });
    plan = await loadPlanGraph();
    await store.load(plan);
    app = createApp({ store, logger: pino({ level: "silent" }), limits: false, storeDeadlineMs: DEADLINE_MS });
  }, 120_000);

  afterAll(async () => {
    if (neo) {
      try {
        process.kill(neo.pid, "SIGCONT");
      } catch {
        // already gone
      }
      await stopNeo4j(neo.child);
    }
    await store?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("is healthy to begin with", async () => {
    const health = await request(app).get("/api/health").expect(200);
    expect(health.body).toMatchObject({ status: "ok", store: "neo4j", nodes: plan.nodes.length });
  });

  it("answers 503 fast while Neo4j is frozen, and is back within 5 s of it answering again", async () => {
    process.kill(neo.pid, "SIGSTOP");
    try {
      await new Promise((r) => setTimeout(r, 1_100)); // past the graph version's 1 s memory
      let t = Date.now();
      const health = await request(app).get("/api/health");
      const healthMs = Date.now() - t;
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ status: "degraded", reason: expect.stringMatching(/did not answer|cannot be reached/) });
      expect(healthMs).toBeLessThan(HEALTH_DEADLINE_MS + 1_000);

      t = Date.now();
      const search = await request(app).get("/api/search?q=芯片");
      expect(search.status).toBe(503);
      expect(search.body.error.code).toBe("unavailable");
      expect(search.body.error.message).not.toMatch(/bolt|127\.0\.0\.1|neo4j-driver/i);
      expect(Date.now() - t).toBeLessThan(DEADLINE_MS + 2_000);
    } finally {
      process.kill(neo.pid, "SIGCONT");
    }
    const backMs = await within(5_000, async () => (await request(app).get("/api/search?q=芯片")).status === 200);
    expect(backMs).toBeLessThan(5_000);
    await request(app).get("/api/health").expect(200);
  }, 60_000);

  it("says why while a restarted Neo4j is empty, and serves again after an import, without a restart", async () => {
    await stopNeo4j(neo.child);
    neo = await startNeo4j(port, path.join(root, "data-2")); // same port, nothing in it
    await within(10_000, async () => (await request(app).get("/api/health")).body.reason?.includes("holds no graph") === true);
    const health = await request(app).get("/api/health").expect(503);
    expect(health.body).toMatchObject({ status: "degraded", nodes: 0, reason: expect.stringMatching(/holds no graph/) });
    const search = await request(app).get("/api/search?q=芯片").expect(503);
    expect(search.body.error.message).toMatch(/holds no graph/);
    await request(app).get("/api/stats").expect(503);
    await request(app).get("/api/openapi.json").expect(200); // what needs no graph is still served

    await store.load(plan); // what `npm run import` does
    const okMs = await within(5_000, async () => (await request(app).get("/api/search?q=芯片")).status === 200);
    expect(okMs).toBeLessThan(5_000);
    expect((await request(app).get("/api/health").expect(200)).body.nodes).toBe(plan.nodes.length);
  }, 120_000);

  it("imports again by itself when configured to (IMPORT_WHEN_EMPTY, the default of npm start)", async () => {
    await stopNeo4j(neo.child);
    neo = await startNeo4j(port, path.join(root, "data-3")); // empty again
    const watcher = watchForEmpty({
      store,
      refill: async () => {
        await store.ensureSchema();
        await store.load(plan);
      },
      logger: pino({ level: "silent" }),
      intervalMs: 500,
    });
    try {
      const okMs = await within(30_000, async () => (await request(app).get("/api/search?q=芯片")).status === 200);
      expect(okMs).toBeLessThan(30_000);
      expect((await request(app).get("/api/health").expect(200)).body.nodes).toBe(plan.nodes.length);
    } finally {
      await watcher.stop();
    }
  }, 120_000);

  it("keeps its graph across a restart on a kept data folder (NEO4J_DATA_DIR): served again with no import", async () => {
    const kept = path.join(root, "kept");
    await stopNeo4j(neo.child);
    neo = await startNeo4j(port, kept, true);
    await store.load(plan);
    await stopNeo4j(neo.child, "SIGTERM"); // what npm run neo4j:stop sends
    expect(existsSync(kept)).toBe(true);
    neo = await startNeo4j(port, kept, true);
    const okMs = await within(10_000, async () => (await request(app).get("/api/health")).status === 200);
    expect(okMs).toBeLessThan(10_000);
    expect((await request(app).get("/api/health").expect(200)).body.nodes).toBe(plan.nodes.length);
    await request(app).get("/api/search?q=芯片").expect(200);
  }, 180_000);
});
