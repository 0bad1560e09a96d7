/**
 * The console cannot hurt (issue 14, items 1–3), against a real Neo4j through the API:
 * - a giant value (RETURN range(1, 10000000)) is stopped at the deadline while health stays fast
 *   (it answered after 121 s and froze health for a minute, the driver decoding it in one step);
 * - a slow computation is stopped at the timeout, and its transaction is gone from Neo4j; Neo4j's
 *   own transaction timeout stops it where the app's stop would come much later;
 * - SHOW and administration are refused, by the word gate and, past it, by the plan gate;
 * - a result is cut by size as well as by rows; a map key named like a clause is not a write;
 * - one console query at a time per client.
 */
import neo4j from "neo4j-driver";
import { pino } from "pino";
import request from "supertest";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApp } from "../../server/app.js";
import { BadRequestError } from "../../server/domain/errors.js";
import { checkPlan, type PlanOperator } from "../../server/store/neo4j/consoleGuard.js";
import { ConsolePool } from "../../server/store/neo4j/consolePool.js";
import { createNeo4jStore, type Neo4jStore } from "../../server/store/neo4j/index.js";
import { loadPlanGraph } from "../support/plan.js";
import { describeNeo4j, neo4jConfig } from "../support/neo4j.js";
import { rejection } from "./expectations.js";

const logger = pino({ level: "silent" });
const TIMEOUT_MS = 2_000;

describeNeo4j("the Cypher console, on Neo4j", () => {
  let store: Neo4jStore;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    store = createNeo4jStore(neo4jConfig!, { consoleTimeoutMs: TIMEOUT_MS, consoleMaxBytes: 200_000 });
    await store.load(await loadPlanGraph());
    app = createApp({ store, logger, limits: false });
    await store.cypher("RETURN 1 AS warm", {}); // the console's thread started
  }, 120_000);
  afterAll(async () => {
    await store.close();
  });

  const cypher = (query: string) => request(app).post("/api/cypher").send({ query });

  it("stops a giant value at the deadline, health answering fast meanwhile", async () => {
    const started = Date.now();
    const giant = cypher("RETURN range(1, 10000000) AS big").then((r) => ({ r, ms: Date.now() - started }));
    const healthMs: number[] = [];
    await new Promise((r) => setTimeout(r, 300));
    for (let i = 0; i < 5; i++) {
      const t = Date.now();
      await request(app).get("/api/health").expect(200);
      healthMs.push(Date.now() - t);
      await new Promise((r) => setTimeout(r, 200));
    }
    const { r, ms } = await giant;
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/longer than 2 s|too large/);
    expect(ms).toBeLessThan(TIMEOUT_MS + 3_000);
    expect(Math.max(...healthMs)).toBeLessThan(1_000); // it took 57–60 s before
  }, 30_000);

  it("stops a slow computation at the timeout, and Neo4j no longer runs it", async () => {
    const started = Date.now();
    const r = await cypher("UNWIND range(1, 5000) AS i RETURN reduce(s = 0, x IN range(1, 300000) | s + x) AS r");
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/longer than 2 s/);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 3_000);
    const driver = neo4j.driver(neo4jConfig!.uri, neo4j.auth.basic(neo4jConfig!.user, neo4jConfig!.password));
    try {
      let running = 1;
      for (let i = 0; i < 20 && running; i++) {
        const { records } = await driver.executeQuery("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH 'UNWIND range(1, 5000)' RETURN count(*) AS n");
        running = records[0].get("n").toNumber();
        if (running) await new Promise((res) => setTimeout(res, 250));
      }
      expect(running).toBe(0);
    } finally {
      await driver.close();
    }
  }, 30_000);

  it("is stopped by Neo4j's own transaction timeout, with the app's stop far later", async () => {
    // the app stops a query's thread at the timeout plus a grace (above); here the grace is 20 s,
    // so an answer near 2 s can only come from the timeout Neo4j enforces on the transaction
    const pool = new ConsolePool({ ...neo4jConfig!, timeoutMs: TIMEOUT_MS, maxRows: 1_000, maxBytes: 200_000 }, { size: 1, graceMs: 20_000 });
    try {
      const started = Date.now();
      const err = await rejection(pool.run("UNWIND range(1, 5000) AS i RETURN reduce(s = 0, x IN range(1, 300000) | s + x) AS r", {}));
      expect(err).toBeInstanceOf(BadRequestError);
      expect((err as Error).message).toMatch(/longer than 2 s/);
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 4_000);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it("refuses SHOW and administration commands with 400", async () => {
    for (const q of ["SHOW SETTINGS", "SHOW USERS", "SHOW TRANSACTIONS", "SHOW DATABASES", "SHOW PROCEDURES", "show settings yield name return name"]) {
      const r = await cypher(q);
      expect(r.status, q).toBe(400);
      expect(r.body.error.message, q).toMatch(/SHOW/);
      expect(JSON.stringify(r.body), q).not.toMatch(/\/|dbms\.directories|neo4j-transaction/);
    }
  });

  it("refuses by the plan Neo4j makes, past the word gate", async () => {
    // what EXPLAIN says of queries the word gate would also refuse: the plan gate alone must refuse them
    const driver = neo4j.driver(neo4jConfig!.uri, neo4j.auth.basic(neo4jConfig!.user, neo4jConfig!.password));
    const session = driver.session({ database: neo4jConfig!.database, defaultAccessMode: neo4j.session.READ });
    try {
      for (const q of ["SHOW SETTINGS", "SHOW TRANSACTIONS", "SHOW USERS", "CALL dbms.components()", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "LOAD CSV FROM 'file:///etc/hosts' AS l RETURN l", "CREATE (n:X) RETURN n"]) {
        const { summary } = await session.executeRead((tx) => tx.run(`EXPLAIN ${q}`));
        expect(() => checkPlan(summary.queryType, summary.plan as PlanOperator | false), q).toThrow(BadRequestError);
      }
      for (const q of ["MATCH (n:Industry) RETURN n.name LIMIT 1", "CALL db.labels()", "RETURN {set: 1} AS m"]) {
        const { summary } = await session.executeRead((tx) => tx.run(`EXPLAIN ${q}`));
        expect(() => checkPlan(summary.queryType, summary.plan as PlanOperator | false), q).not.toThrow();
      }
    } finally {
      await session.close();
      await driver.close();
    }
  });

  it("answers reads, a map key named like a clause included", async () => {
    expect((await cypher("RETURN {set: 1, merge: 2} AS m").expect(200)).body.rows).toEqual([{ m: { set: 1, merge: 2 } }]);
    const labels = await cypher("CALL db.labels() YIELD label RETURN label ORDER BY label").expect(200);
    expect(labels.body.rows.map((r: { label: string }) => r.label)).toContain("Industry");
  });

  it("cuts a result by its size as well as by rows", async () => {
    const r = await cypher("UNWIND range(1, 900) AS i RETURN i, reduce(s = '', x IN range(1, 100) | s + 'xxxxxxxxxx') AS text").expect(200);
    expect(r.body.truncated).toBe(true);
    expect(r.body.rows.length).toBeGreaterThan(100);
    expect(r.body.rows.length).toBeLessThan(900);
    // the cap counts values; the answer adds the column names to each row
    expect(JSON.stringify(r.body.rows).length).toBeLessThanOrEqual(220_000);
  });

  it("runs one query at a time per client", async () => {
    const slow = cypher("UNWIND range(1, 3000) AS i RETURN reduce(s = 0, x IN range(1, 100000) | s + x) AS r").then((r) => r); // sent now
    await new Promise((r) => setTimeout(r, 300));
    const second = await cypher("RETURN 1 AS one");
    expect(second.status).toBe(429);
    expect(Number(second.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(second.body.error.code).toBe("rate_limited");
    await slow;
    await cypher("RETURN 1 AS one").expect(200);
  }, 30_000);

  it("says nothing of Java classes in a Cypher error", async () => {
    const err = await rejection(store.cypher("CALL db.index.fulltext.queryNodes('no_such_index', 'x') YIELD node RETURN node", {}));
    expect(err).toBeInstanceOf(BadRequestError);
    expect(err.message).not.toMatch(/java\.|org\.neo4j|Exception/);
  });
});
