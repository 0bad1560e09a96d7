/**
 * The load bench alone, for profiling and before/after comparisons without the rest of `npm run
 * bench`: `npx tsx tests/bench/loadMain.ts [--smoke] [--seconds N] [--only search,graph]
 * [--no-100x | --only-100x] [--neo4j] [--json]`. --neo4j reads NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD
 * (the bench REPLACES that database's graph).
 */
import path from "node:path";
import { parseConfig } from "../../server/config.js";
import { importPlan } from "../../server/importer/index.js";
import { readSeeds } from "../../server/importer/seeds.js";
import { replicate } from "./corpus.js";
import type { Result } from "./harness.js";
import { benchLoad, benchLoadNeo4j, type Endpoint } from "./load.js";

const seedDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../seeds");
const args = process.argv.slice(2);
const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const seconds = value("--seconds") === undefined ? undefined : Number(value("--seconds"));
const only = value("--only")?.split(",") as Endpoint["name"][] | undefined;
const smoke = args.includes("--smoke");
const onResult = (r: Result) =>
  console.log(`${r.pass ? "ok  " : "MISS"} ${r.name}: ${r.value} ${r.unit} (target ${r.target}) ${JSON.stringify(r.detail ?? {})}`);

const plan = importPlan(await readSeeds(seedDir)).graph;
const results = args.includes("--neo4j")
  ? await benchLoadNeo4j({ smoke, config: parseConfig(process.env).neo4j!, graph: plan, durationS: seconds, only, onResult })
  : await benchLoad({
      smoke,
      graph1x: plan,
      graph100x: args.includes("--no-100x") ? undefined : replicate(plan, 100),
      skip1x: args.includes("--only-100x"),
      durationS: seconds,
      only,
      onResult,
    });
if (args.includes("--json")) console.log(JSON.stringify({ results }, null, 2));
