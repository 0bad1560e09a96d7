/**
 * Replacing the graph in Neo4j, safely, at any size.
 *
 * Every node and relationship is tagged with its run, `importRun = <hash of the graph>`, and
 * readers see one run only: the one named by the singleton `(:ImportState {key: 'current'})`
 * (every read in cypher/ starts from it). A load:
 *
 *  1. ensures the schema (constraints, indexes), outside any data transaction;
 *  2. removes the leftovers of failed loads (every run but the current one), in bounded
 *     transactions (`CALL … IN TRANSACTIONS`);
 *  3. stages the new run next to the current one: each batch of nodes, then of edges, is its own
 *     transaction, so Neo4j's memory grows with the batch size, never with the graph's;
 *  4. switches readers to the new run in ONE small transaction, which first checks that the
 *     staged run is complete and that nobody switched since step 2;
 *  5. removes the previous run, in bounded transactions.
 *
 * Until step 4 commits readers see the previous graph, whole; from then on the new one, whole. A
 * failure before that commit (a dangling edge in the last batch, a constraint violation, a
 * timeout, a lost connection, the process dying) leaves the previous graph served and some staged
 * rows, which step 2 of the next load removes. A failure in step 5 leaves the new graph served and
 * rows of the old one, removed likewise.
 *
 * The run is derived from the graph, so loading the graph readers already see is a no-op (beyond
 * step 2): same element ids, same properties.
 */
import { createHash } from "node:crypto";
import type { GraphData } from "../../../contract/graph.js";
import type { Executor } from "./executor.js";
import { edgeImportRow, nodeImportRow } from "./mapping.js";
import { statements } from "./queries.js";
import { toNumber } from "./values.js";

export const BATCH_SIZE = 1000;

export type LoadPhase = "clean" | "nodes" | "edges" | "switch" | "prune";

/**
 * Where a load is. `nodes`/`edges`: `done` of `total` rows staged (nodes and edges together);
 * `clean`/`prune`: rows removed so far (`total` = `done` once the phase ends); `switch`: 0 then 1 of
 * 1. `rowsPerS`: rows of this phase per second so far.
 */
export interface LoadProgress {
  phase: LoadPhase;
  done: number;
  total: number;
  rowsPerS: number;
}

export interface LoadOptions {
  /** Rows per staging transaction, and per transaction of the bounded deletes. */
  batchSize?: number;
  /** Timeout of each transaction of the load (each batch, the switch, each bounded delete). */
  timeoutMs?: number;
  /**
   * Told after every step; awaited, so a caller can pause a load between two transactions (the
   * tests read the store there). A throw fails the load like any other failure.
   */
  onProgress?: (p: LoadProgress) => void | Promise<void>;
}

export interface LoadSummary {
  run: string;
  /** The run readers saw before (null: none), and whether this load changed anything. */
  previous: string | null;
  unchanged: boolean;
  nodes: number;
  edges: number;
  /** Nodes and edges of the previous graph whose id the new graph does not have. */
  deletedNodes: number;
  deletedEdges: number;
  /** Rows of failed loads (and of a database imported before staged loads) removed first. */
  leftovers: number;
}

/** Constraints, the type index and the full-text index, all IF NOT EXISTS; waits until online. */
export async function ensureSchema(exec: Executor): Promise<void> {
  const q = exec.queries.schema;
  await exec.writeStatements(q, [...statements(q), "CALL db.awaitIndexes(120)"]);
}

export function runId(graph: GraphData): string {
  return createHash("sha256").update(JSON.stringify(graph)).digest("hex").slice(0, 16);
}

/** The run readers see, or null (a fresh database, or one imported before staged loads). */
export async function currentRun(exec: Executor): Promise<string | null> {
  const [rec] = await exec.read("import-current");
  return (rec?.get("run") as string | null | undefined) ?? null;
}

export async function loadGraph(exec: Executor, graph: GraphData, options: LoadOptions = {}): Promise<LoadSummary> {
  const size = options.batchSize ?? BATCH_SIZE;
  const timeoutMs = options.timeoutMs;
  const report = options.onProgress ?? (() => undefined);
  refuseBadGraph(graph);
  const run = runId(graph);
  await ensureSchema(exec);
  const current = await currentRun(exec);
  const leftovers = await prune(exec, current, size, timeoutMs, "clean", report);
  const base = { run, previous: current, nodes: graph.nodes.length, edges: graph.edges.length, leftovers };
  if (current === run) return { ...base, unchanged: true, deletedNodes: 0, deletedEdges: 0 };

  const kept = await stage(exec, graph, run, current, size, timeoutMs, report);
  await report({ phase: "switch", done: 0, total: 1, rowsPerS: 0 });
  const old = await exec.writeTx(
    "import-switch",
    async (query) => {
      const [staged] = await query("import-count", { run });
      const [nodes, edges] = [toNumber(staged.get("nodes")), toNumber(staged.get("edges"))];
      if (nodes !== graph.nodes.length || edges !== graph.edges.length) {
        throw new Error(
          `import: the staged graph has ${nodes} of ${graph.nodes.length} nodes and ${edges} of ${graph.edges.length} edges ` +
            "(another load removed it?); the previous graph is still served",
        );
      }
      const [prev] = await query("import-count", { run: current });
      const [switched] = await query("import-switch", { run });
      const previous = (switched.get("previous") as string | null) ?? null;
      if (previous !== current) {
        throw new Error(`import: another load switched the graph to run ${previous} meanwhile; nothing changed`);
      }
      return { nodes: toNumber(prev.get("nodes")), edges: toNumber(prev.get("edges")) };
    },
    timeoutMs,
  );
  await report({ phase: "switch", done: 1, total: 1, rowsPerS: 0 });
  try {
    await prune(exec, run, size, timeoutMs, "prune", report);
  } catch (err) {
    const message = (err as Error).message?.split("\n")[0];
    throw new Error(`import: the new graph is served, but removing the previous one failed (the next load removes it): ${message}`, {
      cause: err,
    });
  }
  return { ...base, unchanged: false, deletedNodes: old.nodes - kept.nodes, deletedEdges: old.edges - kept.edges };
}

type Report = (p: LoadProgress) => void | Promise<void>;

/** Every run but `keep` removed, relationships first, in transactions of `size` rows. */
async function prune(exec: Executor, keep: string | null, size: number, timeoutMs: number | undefined, phase: "clean" | "prune", report: Report): Promise<number> {
  const started = performance.now();
  let done = 0;
  for (const name of ["import-prune-edges", "import-prune-nodes"] as const) {
    const [rec] = await exec.autoCommit(name, { keep, size }, timeoutMs);
    done += toNumber(rec?.get("deleted") ?? 0);
  }
  await report({ phase, done, total: done, rowsPerS: perSecond(done, started) });
  return done;
}

/**
 * The graph as run `run`, one transaction per batch; returns how many of its nodes and edges the
 * current run has too (by id), to count what the switch removes.
 */
async function stage(
  exec: Executor,
  graph: GraphData,
  run: string,
  current: string | null,
  size: number,
  timeoutMs: number | undefined,
  report: Report,
): Promise<{ nodes: number; edges: number }> {
  const total = graph.nodes.length + graph.edges.length;
  const started = performance.now();
  const kept = { nodes: 0, edges: 0 };
  await report({ phase: "nodes", done: 0, total, rowsPerS: 0 });
  const nodeRows = (i: number) => graph.nodes.slice(i, i + size).map((n, j) => nodeImportRow(n, i + j));
  let next = nodeRows(0);
  for (let i = 0; i < graph.nodes.length; i += size) {
    const rows = next;
    const pending = exec.writeTx("import", async (query) => (await query("import-nodes", { rows, run, current }))[0], timeoutMs);
    // the next batch's rows (pinyin keys: the costly part) are computed while this one is in flight
    next = nodeRows(i + size);
    const rec = await pending;
    const created = toNumber(rec.get("created"));
    if (created !== rows.length) throw new Error(`import: created ${created} of ${rows.length} nodes in batch ${i / size + 1}`);
    kept.nodes += toNumber(rec.get("kept"));
    const done = i + rows.length;
    await report({ phase: "nodes", done, total, rowsPerS: perSecond(done, started) });
  }
  for (let i = 0; i < graph.edges.length; i += size) {
    const rows = graph.edges.slice(i, i + size).map((e, j) => edgeImportRow(e, i + j));
    const rec = await exec.writeTx(
      "import",
      async (query) => {
        const [r] = await query("import-edges", { rows, run, current });
        const merged = new Set(r.get("merged") as string[]);
        const missing = rows.filter((row) => !merged.has(row.id));
        if (missing.length) {
          const shown = missing.slice(0, 5).map((row) => `${row.id} (${row.source} → ${row.target})`);
          throw new Error(
            `import: ${missing.length} edge(s) of batch ${i / size + 1} join nodes that are not in the graph: ` +
              shown.join(", ") +
              (missing.length > shown.length ? ", …" : ""),
          );
        }
        return r;
      },
      timeoutMs,
    );
    kept.edges += toNumber(rec.get("kept"));
    const done = graph.nodes.length + i + rows.length;
    await report({ phase: "edges", done, total, rowsPerS: perSecond(done, started) });
  }
  return kept;
}

function perSecond(rows: number, since: number): number {
  const s = (performance.now() - since) / 1000;
  return s > 0 ? Math.round(rows / s) : 0;
}

/**
 * What the memory store refuses too, checked before touching the database: a repeated id (the
 * constraint would refuse it only in the batch that repeats it) and a self-loop. Dangling edges
 * are caught while staging.
 */
function refuseBadGraph(graph: GraphData): void {
  for (const e of graph.edges) {
    if (e.source === e.target) throw new Error(`import: edge ${e.id} is a self-loop`);
  }
  for (const [what, items] of [
    ["node", graph.nodes],
    ["edge", graph.edges],
  ] as const) {
    const seen = new Set<string>();
    for (const { id } of items) {
      if (seen.has(id)) throw new Error(`import: the graph has two ${what}s with id ${id}`);
      seen.add(id);
    }
  }
}
