/**
 * `npm run bench [-- --json] [-- --smoke] [-- --no-neo4j] [-- --only=a,b]`: the performance
 * targets, measured in one run and reported with numbers; exit 1 when a target is missed.
 *
 * --json prints `{ results: [{ name, value, unit, target, pass, detail }] }` on stdout (the log
 * goes to stderr). Every target is a ratio of two measurements taken in the same run, or a size.
 * --smoke is the tiny run `npm test` makes (small scales, few repeats): it proves the bench works,
 * its figures are not results. Neo4j: NEO4J_URI's database (REPLACED by the bench, the plan's graph
 * is left there), else the local harness (npm run neo4j:start), started and stopped; --no-neo4j
 * skips it. --only= runs some groups: import, bundle, load, client, neo4j, soak (the reliability
 * soak of docs/reliability.md: memory, and Neo4j unless --no-neo4j).
 */
import { parseConfig } from "../../server/config.js";
import { benchBundle } from "./bundle.js";
import type { BenchOptions, Result } from "./harness.js";
import { acquireNeo4j, benchNeo4jImport, benchQueries } from "./neo4j.js";
import { ensureClientBuilt } from "../../scripts/clientBuild.mjs";
import { corpusGraph, planGraph } from "./graphs.js";

type Group = "import" | "bundle" | "load" | "client" | "neo4j" | "soak";
const GROUPS: Group[] = ["import", "bundle", "load", "client", "neo4j", "soak"];

function print(r: Result): void {
  const verdict = r.target === null ? "    " : r.pass ? "ok  " : "MISS";
  const target = r.target === null ? "" : `   (target ${r.target}${r.unit === "×" ? "×" : ` ${r.unit}`})`;
  process.stderr.write(`${verdict} ${r.name}: ${r.value}${r.unit === "×" ? "×" : ` ${r.unit}`}${target}\n`);
  if (r.detail) process.stderr.write(`     ${Object.entries(r.detail).map(([k, v]) => `${k} ${v}`).join(", ")}\n`);
}

function groupsOf(argv: string[]): Group[] {
  const only = argv.find((a) => a.startsWith("--only="));
  const wanted = only ? only.slice("--only=".length).split(",") : GROUPS;
  const bad = wanted.filter((g) => !(GROUPS as string[]).includes(g));
  if (bad.length) throw new Error(`unknown bench group ${bad.join(", ")} (groups: ${GROUPS.join(", ")})`);
  return wanted as Group[];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const json = argv.includes("--json");
  const opts: BenchOptions = { smoke: argv.includes("--smoke") };
  const groups = new Set(groupsOf(argv));
  if (argv.includes("--no-neo4j")) groups.delete("neo4j");
  const results: Result[] = [];
  const add = (rs: Result | Result[]) => {
    for (const r of [rs].flat()) {
      results.push(r);
      print(r);
    }
  };
  const section = (title: string) => process.stderr.write(`\n# ${title}\n`);

  if (groups.has("import")) {
    section("import into memory");
    const { benchImportScale } = await import("./importScale.js");
    add(await benchImportScale(opts));
  }
  // the bundle group measures the built client: build it when missing or stale, as npm start does
  if (groups.has("bundle") && !process.env.CLIENT_DIR && !ensureClientBuilt({ say: (l) => process.stderr.write(`${l}\n`) })) {
    throw new Error("the client does not build (vite build failed; its output is above)");
  }
  if (groups.has("bundle")) {
    section("initial load");
    add(benchBundle());
  }
  if (groups.has("load")) {
    section("API under load (memory store)");
    const { benchLoad } = await import("./load.js");
    add(await benchLoad({ ...opts, graph1x: await planGraph(), graph100x: await corpusGraph(opts.smoke ? 2 : 100) }));
  }
  if (groups.has("client")) {
    section("client in headless Chromium");
    const { benchClient } = await import("./client.js");
    add(await benchClient(opts));
  }
  if (groups.has("neo4j")) {
    section("Neo4j");
    const plan = await planGraph();
    const neo = acquireNeo4j(parseConfig(process.env).neo4j);
    try {
      add(await benchNeo4jImport(neo.config, plan, await corpusGraph(opts.smoke ? 2 : 100), opts));
      add(await benchQueries(neo.config, plan, opts));
      const { benchLoadNeo4j } = await import("./load.js");
      add(await benchLoadNeo4j({ ...opts, config: neo.config, graph: plan }));
    } finally {
      neo.release();
    }
  }
  if (groups.has("soak")) {
    section("soak (docs/reliability.md)");
    const { benchSoak } = await import("./soak.js");
    const withNeo4j = !argv.includes("--no-neo4j");
    const neo = withNeo4j ? acquireNeo4j(parseConfig(process.env).neo4j) : undefined;
    try {
      add(await benchSoak({ ...opts, graph: await planGraph(), neo4j: neo?.config }));
    } finally {
      neo?.release();
    }
  }
  const missed = results.filter((r) => !r.pass);
  process.stderr.write(`\n${results.length} results, ${results.length - missed.length} pass, ${missed.length} missed${opts.smoke ? " (smoke run: figures are not results)" : ""}\n`);
  if (json) process.stdout.write(JSON.stringify({ results }, null, 2) + "\n");
  if (missed.length && !opts.smoke) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(`error: ${(e as Error).message.split("\n")[0]}`);
  process.exit(1);
});
