/** Wiring shared by the server and the command line: the configured store, loaded and ready. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Logger } from "pino";
import type { Config } from "./config.js";
import type { GraphData } from "../contract/graph.js";
import { type ImportInput, type ImportReport, importPlan } from "./importer/index.js";
import { readAllSeeds } from "./importer/seeds.js";
import { ensureCorpus } from "./corpus/write.js";
import { combinePlans } from "./plans/planSet.js";
import { createMemoryStore } from "./store/memory.js";
import { createNeo4jStore } from "./store/neo4j/index.js";
import type { GraphStore } from "./store/port.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface OpenedStore {
  store: GraphStore;
  /** Plan texts by plan id, for the reader. */
  planTexts: Map<string, string>;
  /** The imports done while opening, if any were: always for memory, on an empty Neo4j database. */
  reports?: { planId: string; report: ImportReport }[];
  /** The seeds folder the plans were read from: config.seedDir, or the synthetic corpus's folder. */
  seedDir: string;
  /** Neo4j: import the same plans again (schema first), for a database found empty (server/refill.ts). */
  refill?: () => Promise<void>;
}

/** Where `CORPUS=<n>` keeps its generated folders (one per scale and seed, reused). */
export const corpusCacheDir = path.join(repoRoot, ".cache", "corpus");

/** The seeds folder to read: the configured one, or the synthetic corpus generated from it (CORPUS=). */
async function seedsFolder(config: Config, logger?: Logger): Promise<{ dir: string; corpus?: string }> {
  const seedDir = path.resolve(repoRoot, config.seedDir);
  if (!config.corpus) return { dir: seedDir };
  const started = performance.now();
  const c = await ensureCorpus({ seedDir, cacheDir: corpusCacheDir, ...config.corpus });
  logger?.info(
    { corpus: path.relative(repoRoot, c.dir), plans: c.plans, ms: Math.round(performance.now() - started) },
    c.generated ? "synthetic corpus generated" : "synthetic corpus reused",
  );
  return { dir: c.dir, corpus: `${config.corpus.scale}× (seed ${config.corpus.seed})` };
}

/** Import every plan of the seeds folder, each with its own curation, into one graph. */
export function importAll(inputs: readonly ImportInput[]): { graph: GraphData; reports: { planId: string; report: ImportReport }[] } {
  const reports: { planId: string; report: ImportReport }[] = [];
  const plans = inputs.map((input) => {
    const { graph, report } = importPlan(input);
    reports.push({ planId: input.planId, report });
    return { planId: input.planId, graph };
  });
  return { graph: combinePlans(plans), reports };
}

/**
 * A graph imported before several plans could share the database has no plan on its statements:
 * no plan counts anything, so `plan=` would find nothing. It is imported again from the seeds.
 */
async function importedBeforePlans(store: GraphStore): Promise<boolean> {
  const plans = await store.plans();
  return plans.length === 0 || plans.every((p) => Object.keys(p.counts.nodes).length === 0);
}

/**
 * Memory: import every plan in the seeds folder in-process. Neo4j: make sure the schema exists, and
 * import them when the database holds no graph yet (or `importOnStart` says always).
 */
export async function openStore(config: Config, logger?: Logger): Promise<OpenedStore> {
  const seeds = await seedsFolder(config, logger);
  const inputs = await readAllSeeds(seeds.dir);
  const planTexts = new Map(inputs.map((i) => [i.planId, i.text]));
  const corpusLine = (graph: GraphData) =>
    seeds.corpus &&
    logger?.info(
      { corpus: seeds.corpus, plans: inputs.length, nodes: graph.nodes.length, edges: graph.edges.length },
      `serving the synthetic corpus ${seeds.corpus}: ${inputs.length} plans, ${graph.nodes.length} nodes, ${graph.edges.length} edges`,
    );
  if (!config.neo4j) {
    const store = createMemoryStore();
    const { graph, reports } = importAll(inputs);
    await store.load(graph);
    corpusLine(graph);
    return { store, planTexts, reports, seedDir: seeds.dir };
  }
  const store = createNeo4jStore(config.neo4j, logger);
  const refill = async () => {
    await store.ensureSchema();
    await store.load(importAll(inputs).graph);
  };
  try {
    await store.ensureSchema();
    if (config.importOnStart || (await store.isEmpty()) || (await importedBeforePlans(store))) {
      const { graph, reports } = importAll(inputs);
      await store.load(graph);
      corpusLine(graph);
      return { store, planTexts, reports, seedDir: seeds.dir, refill };
    }
    return { store, planTexts, seedDir: seeds.dir, refill };
  } catch (e) {
    await store.close();
    throw e;
  }
}
