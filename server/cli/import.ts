/**
 * `npm run import -- [--plan FILE] [--seeds DIR] [--dry-run] [--json]`: import the plan and print
 * the report (counts by type, what was inferred, warnings). Bad input → one line on stderr, exit 1.
 * `runImport` takes a `load` hook: the seam where a configured store (Neo4j) receives the graph.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { GraphData } from "../../contract/graph.js";
import { CuratedFileError, NotAPlanError } from "../importer/errors.js";
import { importPlan } from "../importer/index.js";
import { formatReport } from "../importer/report.js";
import { readSeeds } from "../importer/seeds.js";
import { type Config, parseConfig } from "../config.js";
import { createNeo4jStore } from "../store/neo4j/index.js";

export interface ImportCliDeps {
  out?: (line: string) => void;
  err?: (line: string) => void;
  /** Loads the graph into the configured store; absent → the memory store imports at server start. */
  load?: (graph: GraphData) => Promise<string | void>;
  /** Default seed directory (SEED_DIR or ./seeds). */
  seedDir?: string;
}

const USAGE = "usage: npm run import -- [--plan FILE] [--seeds DIR] [--dry-run] [--json]";

/** Runs the import; returns the process exit code. */
export async function runImport(argv: string[], deps: ImportCliDeps = {}): Promise<number> {
  const out = deps.out ?? ((s: string) => process.stdout.write(s + "\n"));
  const err = deps.err ?? ((s: string) => process.stderr.write(s + "\n"));
  let values: { plan?: string; seeds?: string; "dry-run"?: boolean; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        plan: { type: "string" },
        seeds: { type: "string" },
        "dry-run": { type: "boolean" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    err(`error: ${(e as Error).message.split("\n")[0]}`);
    err(USAGE);
    return 1;
  }
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const seedDir = path.resolve(values.seeds ?? deps.seedDir ?? process.env.SEED_DIR ?? "seeds");
  try {
    const input = await readSeeds(seedDir, values.plan ? path.resolve(values.plan) : undefined);
    const { graph, report } = importPlan(input);
    let loaded: string | void = undefined;
    if (!values["dry-run"] && deps.load) loaded = await deps.load(graph);
    if (values.json) out(JSON.stringify({ counts: report.counts, inferred: report.inferred, warnings: report.warnings }));
    else {
      out(`plan ${input.planId} (${input.sourceFile})`);
      out(formatReport(report));
      if (values["dry-run"]) out("dry run: nothing loaded");
      else out(loaded ? String(loaded) : "not loaded: the memory store imports the seeds itself at server start");
    }
    return 0;
  } catch (e) {
    if (e instanceof NotAPlanError || e instanceof CuratedFileError) {
      err(`error: ${e.message}`);
      return 1;
    }
    err(`error: import failed: ${(e as Error).message?.split("\n")[0] ?? String(e)}`);
    return 1;
  }
}

const invoked = process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (invoked) {
  let config: Config;
  try {
    config = parseConfig(process.env);
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exit(1);
  }
  const neo4j = config.neo4j;
  // With NEO4J_URI the graph goes into Neo4j (one transaction: a failure leaves the previous graph).
  const load = neo4j
    ? async (graph: GraphData) => {
        const store = createNeo4jStore(neo4j);
        try {
          const s = await store.loadWithSummary(graph);
          return `loaded into Neo4j at ${neo4j.uri} (database ${neo4j.database}): ${s.nodes} nodes, ${s.edges} edges; removed ${s.deletedNodes} nodes and ${s.deletedEdges} edges no longer in the plan`;
        } finally {
          await store.close();
        }
      }
    : undefined;
  runImport(process.argv.slice(2), { load, seedDir: config.seedDir }).then((code) => process.exit(code));
}
