/** Wiring shared by the server and the command line: the configured store, loaded and ready. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Config } from "./config.js";
import { type ImportReport, importPlan } from "./importer/index.js";
import { readSeeds } from "./importer/seeds.js";
import { createMemoryStore } from "./store/memory.js";
import type { GraphStore } from "./store/port.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface OpenedStore {
  store: GraphStore;
  /** Plan texts by plan id, for the reader. */
  planTexts: Map<string, string>;
  /** The import done at start-up (the memory store imports the seeds in-process). */
  report?: ImportReport;
}

export async function openStore(config: Config): Promise<OpenedStore> {
  const input = await readSeeds(path.resolve(repoRoot, config.seedDir));
  const planTexts = new Map([[input.planId, input.text]]);
  const store = createMemoryStore();
  const { graph, report } = importPlan(input);
  await store.load(graph);
  return { store, planTexts, report };
}
