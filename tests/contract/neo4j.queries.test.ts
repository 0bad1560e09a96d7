/**
 * Every file in cypher/ is exercised: the store's operations, called once each on the plan, run
 * every named query against the real database (the store's `onQuery` hook reports each one run).
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { createNeo4jStore, type Neo4jStore, QUERY_NAMES, type QueryName } from "../../server/store/neo4j/index.js";
import { loadPlanGraph } from "../support/plan.js";
import { describeNeo4j, neo4jConfig } from "../support/neo4j.js";

const IC = "industry:集成电路";
const LIANGJIANG = "district:两江新区";

describeNeo4j("neo4j store: every cypher/ file runs", () => {
  const ran = new Set<QueryName>();
  let store: Neo4jStore;

  beforeAll(() => {
    store = createNeo4jStore(neo4jConfig!, { onQuery: (name) => ran.add(name) });
  });

  afterAll(async () => {
    await store?.close();
  });

  it("runs every query in QUERY_NAMES through the port's operations", async () => {
    const plan = await loadPlanGraph();
    // a graph other than the one in the database, then the plan: both stage, switch and prune
    await store.load({ nodes: plan.nodes.slice(0, 10), edges: [] });
    await store.load(plan); // schema, import-*
    await store.ensureSchema();
    expect(await store.isEmpty()).toBe(false);
    await store.stats();
    await store.graph(); // export
    await store.graph(["Industry", "District"]);
    await store.node(IC);
    await store.neighbors(IC, { depth: 1, limit: 50 });
    expect((await store.search("集成电路", { limit: 5 })).length).toBeGreaterThan(0);
    expect((await store.search("芯", { limit: 5 })).length).toBeGreaterThan(0); // the substring fallback
    await store.chain(IC);
    await store.paths(IC, LIANGJIANG, { k: 2, maxDepth: 4 }); // exists, paths
    await store.districtOverlap();
    expect((await store.plans()).map((p) => p.id)).toEqual(["cq-sei-14fyp"]); // plans
    expect((await store.stats({ plan: "cq-sei-14fyp" })).nodes.Industry).toBe(14); // plan-exists
    // a relationship without its end nodes: their graph ids are looked up (console-endpoints, run
    // in the console's own thread, so seen here by its effect: edges with graph ids)
    const { rows, edges } = await store.cypher("MATCH ()-[r:KEY_DISTRICT]->() RETURN r LIMIT 2", {});
    expect(rows.length).toBeGreaterThan(0);
    expect(edges.map((e) => [e.source.split(":")[0], e.target.split(":")[0]])).toEqual(edges.map(() => ["industry", "district"]));
    ran.add("console-endpoints");

    const never = QUERY_NAMES.filter((name) => !ran.has(name)).map((name) => `cypher/${name}.cypher`);
    expect(never, `cypher/ files no store operation ran: ${never.join(", ")}`).toEqual([]);
    expect([...ran].sort()).toEqual([...QUERY_NAMES].sort());
  });
});
