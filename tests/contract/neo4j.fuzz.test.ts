/**
 * The API fuzzed from its own OpenAPI document on the Neo4j store (tests/support/fuzzApi.ts): the
 * console is live here (not 501), so drawn queries reach Neo4j's EXPLAIN gate, and every read goes
 * through the driver. Fewer runs than on memory: each is a round trip to the database.
 */
import { afterAll, beforeAll, it } from "vitest";
import { createNeo4jStore, type Neo4jStore } from "../../server/store/neo4j/index.js";
import { fuzzApi } from "../support/fuzzApi.js";
import { describeNeo4j, neo4jConfig } from "../support/neo4j.js";
import { loadPlan } from "../support/plan.js";

describeNeo4j("the API fuzzed from its own document (Neo4j store)", () => {
  let store: Neo4jStore;

  beforeAll(async () => {
    store = createNeo4jStore(neo4jConfig!);
    await store.ensureSchema();
    await store.load((await loadPlan()).graph);
  }, 120_000);

  afterAll(async () => {
    await store?.close();
  });

  it("answers every request with a documented status and a body that fits, never a 5xx it does not list", async () => {
    await fuzzApi(store, 250, 20261129);
  }, 300_000);
});
