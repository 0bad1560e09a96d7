/** The real plan, imported once per test file, as every test that needs the graph sees it. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { GraphData } from "../../contract/graph.js";
import { importPlan } from "../../server/importer/index.js";
import { readSeeds } from "../../server/importer/seeds.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const seedDir = path.join(repoRoot, "seeds");

export interface LoadedPlan {
  planId: string;
  text: string;
  graph: GraphData;
}

let cached: Promise<LoadedPlan> | undefined;

export function loadPlan(): Promise<LoadedPlan> {
  cached ??= readSeeds(seedDir).then((input) => ({
    planId: input.planId,
    text: input.text,
    graph: importPlan(input).graph,
  }));
  return cached;
}

export async function loadPlanGraph(): Promise<GraphData> {
  return (await loadPlan()).graph;
}
