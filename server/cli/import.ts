/**
 * `npm run import -- [--plan FILE] [--seeds DIR] [--dry-run] [--strict] [--json]`: import one plan (with its own
 * curation, seeds/curated/<planId>/) and add it to the configured store, or replace its previous
 * version, leaving the other plans as they were; print the report (counts by type, what was
 * inferred, warnings, the curated layers it lacks). `--strict`: a curated entry the text does not
 * back fails the import instead of being skipped with a warning. `--remove ID` removes a plan.
 * Bad input → one line on stderr, exit 1, nothing changed.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { cliIo, parseCli, seedDirOf } from "./args.js";
import { CuratedFileError, NotAPlanError } from "../importer/errors.js";
import { importPlan } from "../importer/index.js";
import { formatReport } from "../importer/report.js";
import { readSeeds } from "../importer/seeds.js";
import { type Config, parseConfig } from "../config.js";
import { createNeo4jStore } from "../store/neo4j/index.js";
import { type PlanTarget, neo4jTarget, progressLines, seedsTarget } from "./planTargets.js";

export interface ImportCliDeps {
  out?: (line: string) => void;
  err?: (line: string) => void;
  /** Where plans go: the Neo4j store, or (default) the seeds folder the memory store loads. */
  target?: (seedDir: string) => Promise<{ target: PlanTarget; close?: () => Promise<void> }>;
  /** Default seed directory (SEED_DIR or ./seeds). */
  seedDir?: string;
}

const USAGE = "usage: npm run import -- [--plan FILE] [--seeds DIR] [--dry-run] [--strict] [--json] | --remove ID";

/** Runs the import; returns the process exit code. */
export async function runImport(argv: string[], deps: ImportCliDeps = {}): Promise<number> {
  const io = cliIo(deps);
  const { out, err } = io;
  const values = parseCli(() => {
    const { values: v } = parseArgs({
      args: argv,
      options: {
        plan: { type: "string" },
        seeds: { type: "string" },
        remove: { type: "string" },
        "dry-run": { type: "boolean" },
        strict: { type: "boolean" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    });
    if (v.remove !== undefined && v.plan !== undefined) throw new Error("--remove and --plan do not go together");
    if (v.remove !== undefined && !/^[^/\\]+$/.test(v.remove)) throw new Error(`--remove takes a plan id (a file name without .txt), not "${v.remove}"`);
    return v as { plan?: string; seeds?: string; remove?: string; "dry-run"?: boolean; strict?: boolean; json?: boolean; help?: boolean };
  }, USAGE, io);
  if (!values) return 1;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const seedDir = seedDirOf(values.seeds, deps.seedDir);
  type Opened = { target: PlanTarget; close?: () => Promise<void> };
  const open: (dir: string) => Promise<Opened> = deps.target ?? (async (dir) => ({ target: seedsTarget(dir) }));
  let close: (() => Promise<void>) | undefined;
  try {
    if (values.remove !== undefined) {
      if (values["dry-run"]) {
        out(`dry run: plan ${values.remove} not removed`);
        return 0;
      }
      const opened = await open(seedDir);
      close = opened.close;
      out(await opened.target.remove(values.remove));
      return 0;
    }
    const input = await readSeeds(seedDir, values.plan ? path.resolve(values.plan) : undefined);
    const { graph, report } = importPlan({ ...input, strict: values.strict });
    let loaded: string | undefined;
    if (!values["dry-run"]) {
      const opened = await open(seedDir);
      close = opened.close;
      loaded = await opened.target.put(input.planId, graph, values.plan ? path.resolve(values.plan) : path.resolve(input.sourceFile));
    }
    if (values.json) out(JSON.stringify({ plan: input.planId, counts: report.counts, inferred: report.inferred, warnings: report.warnings, lacks: report.lacks }));
    else {
      out(`plan ${input.planId} (${input.sourceFile})`);
      out(formatReport(report));
      out(values["dry-run"] ? "dry run: nothing loaded" : String(loaded));
    }
    return 0;
  } catch (e) {
    if (e instanceof NotAPlanError || e instanceof CuratedFileError) {
      err(`error: ${e.message}`);
      return 1;
    }
    err(`error: import failed: ${(e as Error).message?.split("\n")[0] ?? String(e)}`);
    return 1;
  } finally {
    await close?.();
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
  // With NEO4J_URI plans go into Neo4j (staged, then switched in one transaction: a failure leaves
  // the previous graph). A long load prints its progress on stderr, for a person watching a
  // terminal only: stdout's report stays as it is, and --json or a pipe gets no progress lines.
  const watched = process.stderr.isTTY && !process.argv.includes("--json");
  const progress = watched ? progressLines((line) => process.stderr.write(line + "\n")) : undefined;
  const target = neo4j
    ? async (seedDir: string) => {
        const store = createNeo4jStore(neo4j);
        const where = `Neo4j at ${neo4j.uri} (database ${neo4j.database})`;
        return { target: neo4jTarget(store, where, seedDir, progress), close: () => store.close() };
      }
    : undefined;
  runImport(process.argv.slice(2), { target, seedDir: config.seedDir }).then((code) => process.exit(code));
}
