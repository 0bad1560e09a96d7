/**
 * `npm run bench [-- --json] [-- --no-neo4j]`: the performance targets, measured in one run and
 * reported with numbers. Exit 1 when a target is missed. The Neo4j part replaces the graph in the
 * database NEO4J_URI names (or starts the local harness) and leaves the plan's graph there.
 */
import path from "node:path";
import { parseConfig } from "../../server/config.js";
import { importPlan } from "../../server/importer/index.js";
import { readSeeds } from "../../server/importer/seeds.js";
import { createMemoryStore } from "../../server/store/memory.js";
import { benchBundle } from "./bundle.js";
import { type Result, time } from "./harness.js";
import { acquireNeo4j, benchNeo4jImport, benchQueries } from "./neo4j.js";

const seedDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../seeds");
const IMPORT_TARGET_MS = 150;

async function benchImport(): Promise<Result> {
  const input = await readSeeds(seedDir); // file I/O once, outside the timing
  const store = createMemoryStore();
  const timing = await time(async () => {
    const { graph } = importPlan(input);
    await store.load(graph);
  });
  const stats = await store.stats();
  return {
    name: "import the plan into the memory store (parse, link, validate, load)",
    timing,
    figures: {
      nodes: stats.totals.nodes,
      edges: stats.totals.edges,
      headroom: Math.round((IMPORT_TARGET_MS / timing.medianMs) * 10) / 10,
    },
    target: `median under ${IMPORT_TARGET_MS} ms`,
    met: timing.medianMs < IMPORT_TARGET_MS,
  };
}

function print(r: Result): void {
  const t = r.timing;
  console.log(`${r.met === false ? "MISS" : "ok  "} ${r.name}`);
  if (t) console.log(`     median ${t.medianMs} ms, p95 ${t.p95Ms} ms, min ${t.minMs} ms over ${t.runs} runs`);
  if (r.figures) console.log(`     ${Object.entries(r.figures).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  if (r.target) console.log(`     target: ${r.target}`);
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const say = json ? () => {} : print;
  const results: Result[] = [];
  const add = (r: Result) => (results.push(r), say(r));

  add(await benchImport());
  add(benchBundle());
  if (!process.argv.includes("--no-neo4j")) {
    const plan = importPlan(await readSeeds(seedDir)).graph;
    const neo = acquireNeo4j(parseConfig(process.env).neo4j);
    try {
      add(await benchNeo4jImport(neo.config, plan));
      for (const r of await benchQueries(neo.config, plan)) add(r);
    } finally {
      neo.release();
    }
  }
  if (json) console.log(JSON.stringify({ results }, null, 2));
  if (results.some((r) => r.met === false)) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(`error: ${(e as Error).message.split("\n")[0]}`);
  process.exit(1);
});
