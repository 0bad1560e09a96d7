/**
 * Where `npm run import` puts a plan, or removes it from: the configured store.
 * - memory: the store is imported from `<seeds>/plans/` at every start, so a plan is added by
 *   copying its file there (written aside and renamed: never half a file) and removed by deleting it;
 * - neo4j: the plan's graph joins the graph in the database (server/plans/planSet.ts) and the whole
 *   is loaded as a staged copy that one transaction makes current (server/store/neo4j/load.ts), so
 *   the other plans stay as they were and a failure changes nothing; the plan's file is kept in the
 *   seeds too, where the server reads the texts the reader shows. A long load reports its progress.
 */
import { copyFile, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { GraphData } from "../../contract/graph.js";
import { NotAPlanError } from "../importer/errors.js";
import { addPlan, planIdsOf, removePlan } from "../plans/planSet.js";
import type { LoadProgress, Neo4jStore } from "../store/neo4j/index.js";

export interface PlanTarget {
  /** Add the plan, or replace its previous version; the other plans stay as they were. */
  put(planId: string, graph: GraphData, file: string): Promise<string>;
  /** Remove the plan: its statements, and the entities no other plan states. */
  remove(planId: string): Promise<string>;
}

/** A plan id named on the command line that is not there: one line listing those that are. */
function noSuchPlan(planId: string, where: string, have: string[]): NotAPlanError {
  return new NotAPlanError(`no plan ${planId} in ${where} (plans: ${have.length ? have.join(", ") : "none"})`);
}

export function seedsTarget(seedDir: string): PlanTarget {
  const dir = path.join(seedDir, "plans");
  const fileOf = (planId: string) => path.join(dir, `${planId}.txt`);
  return {
    async put(planId, _graph, file) {
      const dest = fileOf(planId);
      if (path.resolve(file) === path.resolve(dest)) return `${path.relative(process.cwd(), dest) || dest} is in the seeds: npm start loads it`;
      const tmp = `${dest}.${process.pid}.tmp`;
      try {
        await copyFile(file, tmp);
        await rename(tmp, dest);
      } finally {
        await rm(tmp, { force: true });
      }
      return `copied to ${path.relative(process.cwd(), dest) || dest}: npm start loads it with the other plans`;
    },
    async remove(planId) {
      const file = fileOf(planId);
      const exists = await stat(file).then(
        () => true,
        () => false,
      );
      if (!exists) {
        const have = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(".txt")).map((n) => n.slice(0, -4));
        throw noSuchPlan(planId, path.relative(process.cwd(), dir) || dir, have.sort());
      }
      await rm(file);
      return `removed ${path.relative(process.cwd(), file) || file}: npm start no longer loads it (its curation in curated/${planId}/ is kept)`;
    },
  };
}

/**
 * `seedDir`: where the plan's text is kept for the reader (absent: texts are not touched);
 * `onProgress`: told how each load goes (progressLines prints it).
 */
export function neo4jTarget(store: Neo4jStore, where: string, seedDir?: string, onProgress?: (p: LoadProgress) => void): PlanTarget {
  const texts = seedDir ? seedsTarget(seedDir) : undefined;
  return {
    async put(planId, graph, file) {
      const current = await store.graph();
      const s = await store.loadWithSummary(addPlan(current, graph, planId), { onProgress });
      const others = planIdsOf(current).filter((p) => p !== planId);
      if (texts) await texts.put(planId, graph, file);
      return (
        `loaded plan ${planId} into ${where}: the graph has ${s.nodes} nodes and ${s.edges} edges` +
        (others.length ? ` with ${others.join(", ")}` : "") +
        `; removed ${s.deletedNodes} nodes and ${s.deletedEdges} edges the plan no longer states`
      );
    },
    async remove(planId) {
      const current = await store.graph();
      const have = planIdsOf(current);
      if (!have.includes(planId)) throw noSuchPlan(planId, where, have);
      const s = await store.loadWithSummary(removePlan(current, planId), { onProgress });
      if (texts) await texts.remove(planId).catch(() => undefined); // a text kept elsewhere: nothing to remove
      return `removed plan ${planId} from ${where}: ${s.deletedNodes} nodes and ${s.deletedEdges} edges that no other plan states; ${s.nodes} nodes and ${s.edges} edges remain`;
    },
  };
}

const PHASES: Record<LoadProgress["phase"], string> = {
  clean: "removed what failed loads left",
  nodes: "staging",
  edges: "staging",
  switch: "switching readers to the new graph",
  prune: "removed the previous graph",
};

/** One line of a load's progress, e.g. `import: staging 45% (76500 of 170100 rows, 3120 rows/s)`. */
export function formatProgress(p: LoadProgress): string {
  if (p.phase === "nodes" || p.phase === "edges") {
    const pct = p.total ? Math.floor((100 * p.done) / p.total) : 100;
    return `import: ${PHASES[p.phase]} ${pct}% (${p.done} of ${p.total} rows, ${p.rowsPerS} rows/s)`;
  }
  if (p.phase === "switch") return `import: ${PHASES.switch}${p.done ? ": done" : ""}`;
  return `import: ${PHASES[p.phase]} (${p.done} rows, ${p.rowsPerS} rows/s)`;
}

/**
 * A progress callback that prints lines for a long load only: nothing in its first `quietMs`, then
 * at most one line per `everyMs` (and the last one, so the end shows); a short load prints nothing.
 */
export function progressLines(
  write: (line: string) => void,
  { quietMs = 1_000, everyMs = 500, now = () => Date.now() }: { quietMs?: number; everyMs?: number; now?: () => number } = {},
): (p: LoadProgress) => void {
  let started: number | undefined;
  let last = -Infinity;
  return (p) => {
    const t = now();
    started ??= t;
    const final = p.phase === "prune";
    if (t - started < quietMs && !(final && last > -Infinity)) return;
    if (!final && t - last < everyMs) return;
    last = t;
    write(formatProgress(p));
  };
}
