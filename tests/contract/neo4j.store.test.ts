/**
 * What only the Neo4j store has to get right: its schema, an idempotent re-import, a failed or
 * interrupted import that leaves the previous graph, a read-only console, and 503 (not a hang)
 * when the server is away.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { pino } from "pino";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EDGE_TYPES, type GraphData } from "../../contract/graph.js";
import { createApp } from "../../server/app.js";
import { BadRequestError, NotFoundError } from "../../server/domain/errors.js";
import { StoreUnavailableError } from "../../server/store/errors.js";
import { createNeo4jStore, type LoadProgress, type Neo4jStore } from "../../server/store/neo4j/index.js";
import { runId } from "../../server/store/neo4j/load.js";
import { progressLines } from "../../server/cli/planTargets.js";
import { replicate } from "../bench/corpus.js";
import { loadPlanGraph } from "../support/plan.js";
import { rejection } from "./expectations.js";
import { describeNeo4j, neo4jConfig } from "../support/neo4j.js";

const IC = "industry:集成电路";

/** A query an administrator runs (SHOW …: the console refuses those), rows as plain objects. */
async function adminRead(query: string): Promise<{ rows: Record<string, unknown>[] }> {
  const driver = neo4j.driver(neo4jConfig!.uri, neo4j.auth.basic(neo4jConfig!.user, neo4jConfig!.password), { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(query, {}, { database: neo4jConfig!.database });
    return { rows: records.map((r) => r.toObject()) };
  } finally {
    await driver.close();
  }
}

/**
 * Every node and relationship readers see (the current run) as stored: element id, labels or type,
 * all properties.
 */
async function snapshot(driver: Driver): Promise<{ nodes: unknown[]; rels: unknown[] }> {
  const session = driver.session({ database: neo4jConfig!.database, defaultAccessMode: neo4j.session.READ });
  const current = "MATCH (state:ImportState {key: 'current'}) WITH state.run AS run ";
  try {
    const nodes = await session.run(
      current + "MATCH (n:Entity {importRun: run}) RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props ORDER BY n.id",
    );
    const rels = await session.run(
      current + "MATCH (:Entity {importRun: run})-[r]->(:Entity) RETURN elementId(r) AS eid, type(r) AS type, properties(r) AS props ORDER BY r.id",
    );
    return { nodes: nodes.records.map((r) => r.toObject()), rels: rels.records.map((r) => r.toObject()) };
  } finally {
    await session.close();
  }
}

/** One query of the test's own, outside the store, in an auto-commit transaction. */
async function cypherOf(driver: Driver, query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const session = driver.session({ database: neo4jConfig!.database });
  try {
    return (await session.run(query, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

/** Graph nodes and relationships in the database by run, whether readers see them or not. */
async function rowsByRun(driver: Driver): Promise<Map<string, { nodes: number; rels: number }>> {
  const out = new Map<string, { nodes: number; rels: number }>();
  const nodes = await cypherOf(driver, "MATCH (n:Entity) RETURN n.importRun AS run, count(*) AS n");
  const rels = await cypherOf(driver, "MATCH (a:Entity)-[r]->() RETURN a.importRun AS run, count(r) AS n");
  for (const r of nodes) out.set(String(r.run), { nodes: Number(r.n), rels: 0 });
  for (const r of rels) out.set(String(r.run), { nodes: out.get(String(r.run))?.nodes ?? 0, rels: Number(r.n) });
  return out;
}

/** The ids of running import transactions, found by their metadata as an operator would; waits for one. */
async function runningImports(driver: Driver): Promise<string[]> {
  const session = driver.session({ database: neo4jConfig!.database });
  try {
    for (let i = 0; i < 200; i++) {
      const res = await session.run(
        "SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.app = 'chain-atlas' AND metaData.query = 'import' RETURN transactionId",
      );
      if (res.records.length) return res.records.map((r) => r.get("transactionId") as string);
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error("no import transaction showed up");
  } finally {
    await session.close();
  }
}

/** The plan plus `extra` filler nodes (in later batches), for slow or failing loads. */
/**
 * Holds the (id, importRun) key of one node of a load's next batch in an open transaction of its
 * own: the batch's CREATE waits on that key's lock, so the import transaction is surely running
 * (not between two batches) when a test looks for it. `release` rolls the holder back.
 */
async function holdNextBatch(driver: Driver, id: string, run: string): Promise<{ release(): Promise<void> }> {
  const session = driver.session({ database: neo4jConfig!.database });
  const tx = session.beginTransaction();
  await tx.run("CREATE (:Entity {id: $id, importRun: $run})", { id, run });
  return {
    async release() {
      await tx.rollback().catch(() => undefined);
      await session.close();
    },
  };
}

function withFiller(plan: GraphData, extra: number): GraphData {
  const evidence = [{ kind: "reference" as const, source: "neo4j store test" }];
  return {
    nodes: [
      ...plan.nodes,
      ...Array.from({ length: extra }, (_, i) => ({ id: `product:filler-${i}`, type: "Product" as const, name: `filler ${i}`, props: {}, evidence })),
    ],
    edges: plan.edges,
  };
}

describeNeo4j("neo4j store only", () => {
  let plan: GraphData;
  let store: Neo4jStore;
  let driver: Driver;

  beforeAll(async () => {
    plan = await loadPlanGraph();
    store = createNeo4jStore(neo4jConfig!);
    driver = neo4j.driver(neo4jConfig!.uri, neo4j.auth.basic(neo4jConfig!.user, neo4jConfig!.password));
    await store.load(plan);
  });

  afterAll(async () => {
    await store?.load(plan).catch(() => undefined); // leave the plan for whoever comes next
    await store?.close();
    await driver?.close();
  });

  describe("schema", () => {
    it("has an (id, importRun) constraint for :Entity and every relationship type, and none on id alone", async () => {
      const { rows } = await adminRead("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties RETURN *");
      const constrained = (type: string, props: string) =>
        rows.filter((r) => r.type === type && (r.properties as string[]).join() === props).flatMap((r) => r.labelsOrTypes as string[]);
      expect(constrained("UNIQUENESS", "id,importRun")).toEqual(["Entity"]);
      expect(constrained("RELATIONSHIP_UNIQUENESS", "id,importRun").sort()).toEqual([...EDGE_TYPES].sort());
      expect(constrained("UNIQUENESS", "key")).toEqual(["ImportState"]);
      // a staged copy shares every id with the graph readers see: a constraint on id alone would refuse it
      expect([...constrained("UNIQUENESS", "id"), ...constrained("RELATIONSHIP_UNIQUENESS", "id")]).toEqual([]);
      const { rows: indexes } = await adminRead("SHOW RANGE INDEXES YIELD labelsOrTypes, properties, state RETURN *");
      expect(indexes).toContainEqual({ labelsOrTypes: ["Entity"], properties: ["importRun"], state: "ONLINE" });
    });

    it("migrates a database made before staged loads: drops its id constraints, imports it again", async () => {
      // what such a database looks like: one copy of the graph, id constraints, no ImportState
      await cypherOf(driver, "MATCH (s:ImportState) DELETE s");
      await cypherOf(driver, "DROP CONSTRAINT entity_id_run IF EXISTS");
      await cypherOf(driver, "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE");
      expect(await store.isEmpty(), "no current run: bootstrap imports the seeds again").toBe(true);
      expect((await store.stats()).totals).toEqual({ nodes: 0, edges: 0 });
      const summary = await store.loadWithSummary(plan);
      expect(summary).toMatchObject({ previous: null, unchanged: false, leftovers: plan.nodes.length + plan.edges.length });
      expect((await store.stats()).totals).toEqual({ nodes: plan.nodes.length, edges: plan.edges.length });
      const names = (await cypherOf(driver, "SHOW CONSTRAINTS YIELD name RETURN name")).map((r) => r.name);
      expect(names).toContain("entity_id_run");
      expect(names).not.toContain("entity_id");
    });

    it("has the full-text index with the cjk analyzer, online", async () => {
      const { rows } = await adminRead("SHOW FULLTEXT INDEXES YIELD name, state, labelsOrTypes, properties, options RETURN *");
      const index = rows.find((r) => r.name === "entity_text_v2") as Record<string, unknown> & { options: { indexConfig: Record<string, unknown> } };
      expect(index).toMatchObject({ state: "ONLINE", labelsOrTypes: ["Entity"], properties: ["name", "pinyinText", "nameEn", "aliasesText", "description"] });
      expect(index.options.indexConfig["fulltext.analyzer"]).toBe("cjk");
    });

    it("is idempotent", async () => {
      await store.ensureSchema();
      await store.ensureSchema();
    });

    it("labels every node :Entity and its type", async () => {
      const { rows } = await store.cypher(
        "MATCH (n:Entity) RETURN n.type AS type, labels(n) AS labels, count(*) AS n ORDER BY type",
        {},
      );
      for (const r of rows) expect((r.labels as string[]).sort()).toEqual(["Entity", r.type as string].sort());
      expect(rows.reduce((s, r) => s + (r.n as number), 0)).toBe(plan.nodes.length);
    });
  });

  describe("re-import", () => {
    it("changes nothing when the same graph is loaded again", async () => {
      await store.load(plan);
      const before = await snapshot(driver);
      const summary = await store.loadWithSummary(plan);
      expect(summary).toMatchObject({ deletedNodes: 0, deletedEdges: 0, nodes: plan.nodes.length, edges: plan.edges.length });
      const after = await snapshot(driver);
      // same element ids, labels and every property (the run tag included)
      expect(after.nodes).toEqual(before.nodes);
      expect(after.rels).toEqual(before.rels);
    });

    it("applies a changed graph: removed nodes and edges go, changed ones change, then back", async () => {
      const gone = plan.nodes.find((n) => n.type === "Product")!;
      const renamed = { ...plan.nodes.find((n) => n.id === IC)!, name: "集成电路（改）", nameEn: undefined };
      delete renamed.nameEn;
      const changed: GraphData = {
        nodes: plan.nodes.filter((n) => n.id !== gone.id).map((n) => (n.id === IC ? renamed : n)),
        edges: plan.edges.filter((e) => e.source !== gone.id && e.target !== gone.id),
      };
      const summary = await store.loadWithSummary(changed);
      expect(summary.deletedNodes).toBe(1);
      expect(summary.deletedEdges).toBe(plan.edges.length - changed.edges.length);
      expect((await store.stats()).totals).toEqual({ nodes: changed.nodes.length, edges: changed.edges.length });
      expect(await rejection(store.node(gone.id))).toBeInstanceOf(NotFoundError);
      expect((await store.node(IC)).node).toEqual(renamed);

      await store.load(plan);
      expect((await store.stats()).totals).toEqual({ nodes: plan.nodes.length, edges: plan.edges.length });
      expect((await store.node(IC)).node).toEqual(plan.nodes.find((n) => n.id === IC));
      expect((await store.node(gone.id)).node).toEqual(gone);
    });

    it("keeps the previous graph when an import transaction is killed mid-load, after batches committed", async () => {
      const before = await snapshot(driver);
      const slow = createNeo4jStore(neo4jConfig!, { batchSize: 100 });
      const big = withFiller(plan, 20_000);
      let held: { release(): Promise<void> } | undefined;
      const onProgress = async (p: LoadProgress) => {
        if (!held && p.phase === "nodes" && p.done >= 1_000) held = await holdNextBatch(driver, big.nodes[p.done].id, runId(big));
      };
      const loading = rejection(slow.loadWithSummary(big, { onProgress }));
      const session = driver.session({ database: neo4jConfig!.database });
      try {
        while (!held) await new Promise((r) => setTimeout(r, 25));
        // each batch is its own transaction: kill whichever runs now (between two, try again)
        let killed = false;
        for (let i = 0; i < 20 && !killed; i++) {
          const res = await session.run("TERMINATE TRANSACTIONS $ids", { ids: await runningImports(driver) });
          killed = res.records.some((r) => /terminated/i.test(String(r.get("message"))));
        }
        expect(killed, "an import transaction was terminated").toBe(true);
      } finally {
        await session.close();
        await held?.release();
      }
      const err = await loading;
      expect(err.message).toMatch(/terminated/i);
      expect(await snapshot(driver)).toEqual(before);
      await slow.close();
      expect((await rowsByRun(driver)).size, "the killed load left a staged copy").toBeGreaterThan(1);
      expect((await store.loadWithSummary(plan)).leftovers).toBeGreaterThanOrEqual(1_000);
      expect([...(await rowsByRun(driver)).keys()]).toEqual([runId(plan)]);
    });

    it("keeps the previous graph when the store is closed mid-load (the load fails, it does not hang)", async () => {
      const before = await snapshot(driver);
      const doomed = createNeo4jStore(neo4jConfig!, { batchSize: 100 });
      const big = withFiller(plan, 20_000);
      let held: { release(): Promise<void> } | undefined;
      const onProgress = async (p: LoadProgress) => {
        if (!held && p.phase === "nodes" && p.done >= 1_000) held = await holdNextBatch(driver, big.nodes[p.done].id, runId(big));
      };
      const loading = rejection(doomed.loadWithSummary(big, { onProgress }));
      await runningImports(driver); // the import transaction is under way, waiting on the held key
      await doomed.close();
      await held?.release();
      expect((await loading).message).toMatch(/rolled back|closed/i);
      expect(await snapshot(driver)).toEqual(before);
    });

    it("fails after batches committed, leaves the previous graph served, and the next load removes the leftovers", async () => {
      const before = await snapshot(driver);
      const filler = withFiller(plan, 1_000);
      const bad: GraphData = {
        nodes: filler.nodes,
        edges: [...plan.edges, { ...plan.edges[0], id: "FEEDS:dangling", target: "product:no-such-node" }],
      };
      const small = createNeo4jStore(neo4jConfig!, { batchSize: 200 });
      const seen: LoadProgress[] = [];
      try {
        const err = await rejection(small.loadWithSummary(bad, { onProgress: (p) => void seen.push(p) }));
        expect(err.message).toMatch(/join nodes that are not in the graph: FEEDS:dangling/);
      } finally {
        await small.close();
      }
      // every node batch and all but the last edge batch committed, as a staged copy readers do not see
      const staged = (await rowsByRun(driver)).get(runId(bad));
      expect(seen.filter((p) => p.phase === "edges").length).toBeGreaterThan(1);
      expect(staged).toEqual({ nodes: bad.nodes.length, rels: (Math.ceil(bad.edges.length / 200) - 1) * 200 });
      expect(await snapshot(driver)).toEqual(before);
      expect((await store.stats()).totals).toEqual({ nodes: plan.nodes.length, edges: plan.edges.length });
      expect(await rejection(store.node("product:filler-10"))).toBeInstanceOf(NotFoundError);
      expect(await store.search("filler", { limit: 5 })).toEqual([]);

      // the next load (here: the same graph again, which changes nothing else) removes the leftovers
      const summary = await store.loadWithSummary(plan);
      expect(summary).toMatchObject({ unchanged: true, leftovers: staged!.nodes + staged!.rels });
      expect([...(await rowsByRun(driver)).keys()]).toEqual([runId(plan)]);
      expect(await snapshot(driver)).toEqual(before);
    });

    it("serves the previous graph, whole, to readers while a load is under way", async () => {
      const gone = plan.nodes.find((n) => n.type === "Product")!;
      const changed: GraphData = {
        nodes: plan.nodes.filter((n) => n.id !== gone.id).map((n) => (n.id === IC ? { ...n, name: "集成电路（新）" } : n)),
        edges: plan.edges.filter((e) => e.source !== gone.id && e.target !== gone.id),
      };
      const old = { totals: (await store.stats()).totals, ic: (await store.node(IC)).node, graph: await store.graph() };
      const paused: string[] = [];
      // the load waits on every progress report: read the store there, between two transactions
      const onProgress = async (p: LoadProgress) => {
        if (p.phase === "nodes" || p.phase === "edges" || (p.phase === "switch" && p.done === 0)) {
          expect((await store.stats()).totals).toEqual(old.totals);
          expect((await store.node(IC)).node).toEqual(old.ic);
          expect((await store.node(gone.id)).node).toEqual(gone);
          expect((await store.search("集成电路（新）", { limit: 3 }))[0]?.name).not.toBe("集成电路（新）");
          paused.push(`${p.phase} ${p.done}/${p.total}`);
        }
      };
      const summary = await store.loadWithSummary(changed, { batchSize: 300, onProgress });
      expect(paused.length).toBeGreaterThanOrEqual(1 + Math.ceil(changed.nodes.length / 300) + Math.ceil(changed.edges.length / 300));
      expect(summary).toMatchObject({ unchanged: false, deletedNodes: 1, deletedEdges: plan.edges.length - changed.edges.length });
      expect((await store.node(IC)).node.name).toBe("集成电路（新）");
      expect(await rejection(store.node(gone.id))).toBeInstanceOf(NotFoundError);
      expect([...(await rowsByRun(driver)).keys()], "the previous run is gone").toEqual([runId(changed)]);

      await store.load(plan);
      expect(await store.graph()).toEqual(old.graph);
    });

    it("loads a graph 20 times the plan in small transactions, reporting progress", async () => {
      const big = replicate(plan, 20);
      const reports: LoadProgress[] = [];
      // what `npm run import` prints on a terminal, on a clock that moves 100 ms per report
      const lines: string[] = [];
      let clock = 0;
      const print = progressLines((line) => lines.push(line), { now: () => (clock += 100) });
      const onProgress = (p: LoadProgress) => {
        reports.push(p);
        print(p);
      };
      const summary = await store.loadWithSummary(big, { batchSize: 500, onProgress });
      expect(summary).toMatchObject({ nodes: big.nodes.length, edges: big.edges.length, deletedNodes: plan.nodes.length });
      expect((await store.stats()).totals).toEqual({ nodes: big.nodes.length, edges: big.edges.length });
      const staging = reports.filter((p) => p.phase === "nodes" || p.phase === "edges");
      expect(staging.at(-1)).toMatchObject({ done: big.nodes.length + big.edges.length, total: big.nodes.length + big.edges.length });
      expect(staging.length).toBe(1 + Math.ceil(big.nodes.length / 500) + Math.ceil(big.edges.length / 500));
      expect(staging.every((p, i) => i === 0 || p.done > staging[i - 1].done)).toBe(true);
      expect(reports.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1])).toEqual(["clean", "nodes", "edges", "switch", "prune"]);
      // quiet for the first second, then at most one line per 500 ms, and the last one
      expect(lines.length).toBeLessThanOrEqual(Math.ceil(reports.length / 5) + 1);
      expect(lines[0]).toMatch(new RegExp(`^import: staging \\d+% \\(\\d+ of ${big.nodes.length + big.edges.length} rows, \\d+ rows/s\\)$`));
      expect(lines.at(-1)).toMatch(/^import: removed the previous graph \(\d+ rows, \d+ rows\/s\)$/);
      expect((await store.node(`${IC}#copy7`)).node.name).toBe(plan.nodes.find((n) => n.id === IC)!.name);
      await store.load(plan);
      expect((await store.stats()).totals).toEqual({ nodes: plan.nodes.length, edges: plan.edges.length });
    }, 300_000);

    it("refuses what the memory store refuses, before touching the database", async () => {
      const first = plan.nodes[0];
      expect((await rejection(store.load({ nodes: [...plan.nodes, first], edges: [] }))).message).toMatch(/two nodes with id/);
      const loop = { ...plan.edges[0], id: "FEEDS:loop", target: plan.edges[0].source };
      expect((await rejection(store.load({ nodes: plan.nodes, edges: [loop] }))).message).toMatch(/self-loop/);
      expect((await store.stats()).totals).toEqual({ nodes: plan.nodes.length, edges: plan.edges.length });
    });
  });

  describe("cypher console", () => {
    it("tags its transactions with the app and the query", async () => {
      // an admin's view of the server while a console query runs (SHOW is refused in the console)
      const driver = neo4j.driver(neo4jConfig!.uri, neo4j.auth.basic(neo4jConfig!.user, neo4jConfig!.password));
      try {
        const slow = store.cypher("UNWIND range(1, 20000) AS i RETURN reduce(s = 0, x IN range(1, 20000) | s + x) AS r", {}).catch(() => undefined);
        let seen: unknown;
        for (let i = 0; i < 50 && !seen; i++) {
          await new Promise((r) => setTimeout(r, 100));
          const { records } = await driver.executeQuery("SHOW TRANSACTIONS YIELD metaData, currentQuery RETURN metaData, currentQuery");
          seen = records.map((r) => r.toObject()).find((r) => String(r.currentQuery).startsWith("UNWIND range(1, 20000)"))?.metaData;
        }
        expect(seen).toEqual({ app: "chain-atlas", query: "console" });
        await slow;
      } finally {
        await driver.close();
      }
    });

    it("refuses writes and administration up front", async () => {
      for (const q of [
        "MERGE (n:Entity {id: 'x'})",
        "MATCH (n) REMOVE n:Entity",
        "MATCH (n) FOREACH (x IN [1] | SET n.a = x)",
        "LOAD CSV FROM 'file:///x.csv' AS row RETURN row",
        "CALL dbms.listConfig()",
        "CALL db.createLabel('X')",
        "RETURN apoc.version()",
        "USE system SHOW USERS",
        "CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1",
        "DROP INDEX entity_text",
      ]) {
        expect(await rejection(store.cypher(q, {}), q), q).toBeInstanceOf(BadRequestError);
      }
    });

    it("runs in a READ transaction, which Neo4j itself keeps from writing", async () => {
      // past both gates, as the console's thread runs it: the database refuses the write
      const driver = neo4j.driver(neo4jConfig!.uri, neo4j.auth.basic(neo4jConfig!.user, neo4jConfig!.password));
      const session = driver.session({ database: neo4jConfig!.database, defaultAccessMode: neo4j.session.READ });
      try {
        const err = await rejection(session.executeRead((tx) => tx.run("CREATE (n:Entity {id: 'console-write'})")));
        expect((err as Error & { code?: string }).code).toBe("Neo.ClientError.Statement.AccessMode");
      } finally {
        await session.close();
        await driver.close();
      }
      expect(await rejection(store.node("console-write"))).toBeInstanceOf(NotFoundError);
    });

    it("answers a Cypher error as BadRequestError", async () => {
      const err = await rejection(store.cypher("MATCH (n RETURN n", {}));
      expect(err).toBeInstanceOf(BadRequestError);
      expect(err.message).toMatch(/SyntaxError/);
    });

    it("stops a query that runs past its timeout", async () => {
      const quick = createNeo4jStore(neo4jConfig!, { consoleTimeoutMs: 300 });
      try {
        const err = await rejection(quick.cypher("UNWIND range(1, 200000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n", {}));
        expect(err).toBeInstanceOf(BadRequestError);
        expect(err.message).toMatch(/longer than/);
      } finally {
        await quick.close();
      }
    });

    it("passes parameters, integral numbers as integers", async () => {
      const { rows } = await store.cypher("MATCH (n:Industry) RETURN n.id AS id ORDER BY id LIMIT $n", { n: 3 });
      expect(rows).toHaveLength(3);
    });
  });
});

describe("neo4j store, server away", () => {
  const away = { uri: "bolt://127.0.0.1:1", user: "neo4j", password: "whatever", database: "neo4j" };

  it("throws StoreUnavailableError quickly from ping and from reads", async () => {
    const store = createNeo4jStore(away);
    try {
      const started = Date.now();
      for (const call of [() => store.ping(), () => store.stats(), () => store.node(IC), () => store.search("集成电路", { limit: 3 })]) {
        expect(await rejection(call())).toBeInstanceOf(StoreUnavailableError);
      }
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await store.close();
    }
  });

  it("makes the API answer 503 and /api/health degraded", async () => {
    const store = createNeo4jStore(away, { maxRetryTimeMs: 0 });
    try {
      const app = createApp({ store, logger: pino({ level: "silent" }) });
      const health = await request(app).get("/api/health").expect(503);
      expect(health.body).toMatchObject({ status: "degraded", store: "neo4j", reason: expect.stringMatching(/cannot be reached|did not answer/) });
      const stats = await request(app).get("/api/stats").expect(503);
      expect(stats.body.error.code).toBe("unavailable");
    } finally {
      await store.close();
    }
  });
});
