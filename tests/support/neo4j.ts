/**
 * Whether the Neo4j runs can happen: NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)
 * names a reachable server. Without one the Neo4j suites are skipped with a visible warning, and
 * with REQUIRE_NEO4J=1 (CI) they fail instead: a skipped Neo4j suite must never pass CI silently.
 */
import { describe, it } from "vitest";
import { createNeo4jStore, type Neo4jConfig } from "../../server/store/neo4j/index.js";

export const neo4jConfig: Neo4jConfig | undefined = process.env.NEO4J_URI
  ? {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? "neo4j",
      password: process.env.NEO4J_PASSWORD ?? "",
      database: process.env.NEO4J_DATABASE ?? "neo4j",
    }
  : undefined;

const required = process.env.REQUIRE_NEO4J === "1";

/** Why the Neo4j suites cannot run, or undefined when they can. Tries the server once per file. */
async function unavailableReason(): Promise<string | undefined> {
  if (!neo4jConfig) return "NEO4J_URI is not set (start one: eval \"$(npm run -s neo4j:start)\")";
  const store = createNeo4jStore(neo4jConfig, { maxRetryTimeMs: 0 });
  try {
    await store.ping();
    return undefined;
  } catch (err) {
    return `Neo4j at ${neo4jConfig.uri} is unreachable: ${(err as Error).message}`;
  } finally {
    await store.close();
  }
}

const reason = await unavailableReason();

/** `describe` when Neo4j is there; else a skip with a warning, or under REQUIRE_NEO4J=1 a failure. */
export function describeNeo4j(name: string, body: () => void): void {
  if (!reason) {
    describe(name, body);
  } else if (required) {
    describe(name, () => {
      it("has a Neo4j to run against", () => {
        throw new Error(`REQUIRE_NEO4J=1 but ${reason}`);
      });
    });
  } else {
    console.warn(`[neo4j] skipping "${name}": ${reason}`);
    describe.skip(name, body);
  }
}
