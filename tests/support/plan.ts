/** The real plan, imported once per test file, as every test that needs the graph sees it. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { GraphData } from "../../contract/graph.js";
import { importPlan } from "../../server/importer/index.js";
import { readSeeds } from "../../server/importer/seeds.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const seedDir = path.join(repoRoot, "seeds");

let cached: Promise<GraphData> | undefined;

export function loadPlanGraph(): Promise<GraphData> {
  cached ??= readSeeds(seedDir).then((input) => importPlan(input).graph);
  return cached;
}
