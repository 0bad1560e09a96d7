/** The graphs the bench measures: the plan as imported, and the synthetic corpus at a scale. */
import path from "node:path";
import type { GraphData } from "../../contract/graph.js";
import { importPlan } from "../../server/importer/index.js";
import { readSeeds } from "../../server/importer/seeds.js";
export { corpusGraph } from "./importScale.js";

const seedDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../seeds");

export async function planGraph(): Promise<GraphData> {
  return importPlan(await readSeeds(seedDir)).graph;
}
