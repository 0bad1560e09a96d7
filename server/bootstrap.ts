/** Wiring shared by the server and the command line: the configured store, loaded and ready. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Logger } from "pino";
import type { Config } from "./config.js";
import { type ImportReport, importPlan } from "./importer/index.js";
import { readSeeds } from "./importer/seeds.js";
import { createMemoryStore } from "./store/memory.js";
import { createNeo4jStore } from "./store/neo4j/index.js";
import type { GraphStore } from "./store/port.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface OpenedStore {
  store: GraphStore;
  /** Plan texts by plan id, for the reader. */
  planTexts: Map<string, string>;
  /** The import done while opening, if one was: always for memory, on an empty Neo4j database. */
  report?: ImportReport;
}

/**
 * Memory: import the seeds in-process. Neo4j: make sure the schema exists, and import the seeds
 * when the database holds no graph yet (or `importOnStart` says always).
 */
export async function openStore(config: Config, logger?: Logger): Promise<OpenedStore> {
  const input = await readSeeds(path.resolve(repoRoot, config.seedDir));
  const planTexts = new Map([[input.planId, input.text]]);
  if (!config.neo4j) {
    const store = createMemoryStore();
    const { graph, report } = importPlan(input);
    await store.load(graph);
    return { store, planTexts, report };
  }
  const store = createNeo4jStore(config.neo4j, logger);
  try {
    await store.ensureSchema();
    if (config.importOnStart || (await store.isEmpty())) {
      const { graph, report } = importPlan(input);
      await store.load(graph);
      return { store, planTexts, report };
    }
    return { store, planTexts };
  } catch (e) {
    await store.close();
    throw e;
  }
}
