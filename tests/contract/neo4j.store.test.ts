/**
 * What only the Neo4j store has to get right: its schema, an idempotent re-import, a failed or
 * interrupted import that leaves the previous graph, a read-only console, and 503 (not a hang)
 * when the server is away.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { pino } from "pino";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EDGE_TYPES, type GraphData, NODE_TYPES } from "../../contract/graph.js";
import { createApp } from "../../server/app.js";
import { BadRequestError, NotFoundError } from "../../server/domain/errors.js";
import { StoreUnavailableError } from "../../server/store/errors.js";
import { Executor } from "../../server/store/neo4j/executor.js";
import { createNeo4jStore, loadQueries, type Neo4jStore } from "../../server/store/neo4j/index.js";
import { loadPlanGraph } from "../support/plan.js";
import { rejection } from "./expectations.js";
import { describeNeo4j, neo4jConfig } from "../support/neo4j.js";

const IC = "industry:集成电路";

/** Every graph node and relationship as stored: element id, labels or type, all properties. */
async function snapshot(driver: Driver): Promise<{ nodes: unknown[]; rels: unknown[] }> {
  const session = driver.session({ database: neo4jConfig!.database, defaultAccessMode: neo4j.session.READ });
  try {
    const nodes = await session.run(
      "MATCH (n:Entity) RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props ORDER BY n.id",
    );
    const rels = await session.run(
      "MATCH (:Entity)-[r]->(:Entity) RETURN elementId(r) AS eid, type(r) AS type, properties(r) AS props ORDER BY r.id",
    );
    return { nodes: nodes.records.map((r) => r.toObject()), rels: rels.records.map((r) => r.toObject()) };
  } finally {
    await session.close();
  }
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
    it("has an id constraint for :Entity, every node label and every relationship type", async () => {
      const { rows } = await store.cypher("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties RETURN *", {});
      const constrained = (type: string) =>
        rows.filter((r) => r.type === type && (r.properties as string[]).join() === "id").flatMap((r) => r.labelsOrTypes as string[]);
      expect(constrained("UNIQUENESS").sort()).toEqual(["Entity", ...NODE_TYPES].sort());
      expect(constrained("RELATIONSHIP_UNIQUENESS").sort()).toEqual([...EDGE_TYPES].sort());
    });

    it("has the full-text index with the cjk analyzer, online", async () => {
      const { rows } = await store.cypher(
        "SHOW FULLTEXT INDEXES YIELD name, state, labelsOrTypes, properties, options RETURN *",
        {},
      );
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

    it("keeps the previous graph when the import transaction is killed mid-load", async () => {
      const before = await snapshot(driver);
      const slow = createNeo4jStore(neo4jConfig!, { batchSize: 100 });
      const loading = rejection(slow.load(withFiller(plan, 20_000)));
      const ids = await runningImports(driver);
      const session = driver.session({ database: neo4jConfig!.database });
      try {
        const killed = await session.run("TERMINATE TRANSACTIONS $ids", { ids });
        expect(killed.records.length, "the import transaction was terminated").toBeGreaterThan(0);
      } finally {
        await session.close();
      }
      const err = await loading;
      expect(err.message).toMatch(/terminated/i);
      expect(await snapshot(driver)).toEqual(before);
      await slow.close();
    });

    it("keeps the previous graph when the store is closed mid-load (the load fails, it does not hang)", async () => {
      const before = await snapshot(driver);
      const doomed = createNeo4jStore(neo4jConfig!, { batchSize: 100 });
      const loading = rejection(doomed.load(withFiller(plan, 20_000)));
      await runningImports(driver); // the import transaction is under way (a 20k-node load takes seconds)
      await doomed.close();
      expect((await loading).message).toMatch(/rolled back|closed/i);
      expect(await snapshot(driver)).toEqual(before);
    });

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
      const { rows } = await store.cypher("SHOW TRANSACTIONS YIELD metaData, currentQuery RETURN metaData, currentQuery", {});
      const own = rows.find((r) => String(r.currentQuery).startsWith("SHOW TRANSACTIONS"));
      expect(own?.metaData).toEqual({ app: "chain-atlas", query: "console" });
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
      // past the keyword gate, straight to the executor: the database refuses the write
      const exec = new Executor(
        neo4j.driver(neo4jConfig!.uri, neo4j.auth.basic(neo4jConfig!.user, neo4jConfig!.password)),
        loadQueries(),
        { database: neo4jConfig!.database, txTimeoutMs: 5_000 },
      );
      try {
        const err = await rejection(exec.consoleRead("console", (tx) => tx.run("CREATE (n:Entity {id: 'console-write'})").then(() => 1), 5_000));
        expect(err).toBeInstanceOf(BadRequestError);
        expect(err.message).toMatch(/read-only|write/i);
      } finally {
        await exec.close();
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
      const health = await request(app).get("/api/health").expect(200);
      expect(health.body).toMatchObject({ status: "degraded", store: "neo4j" });
      const stats = await request(app).get("/api/stats").expect(503);
      expect(stats.body.error.code).toBe("unavailable");
    } finally {
      await store.close();
    }
  });
});
