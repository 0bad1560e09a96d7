/**
 * Replacing the graph in Neo4j, safely.
 *
 * The schema (constraints, indexes) is ensured first, outside any data transaction. Then ONE write
 * transaction: nodes merged in batches, edges merged in batches, everything the run did not merge
 * deleted, commit. Until the commit, readers see the previous graph; any failure (a dangling edge,
 * a constraint violation, a timeout, a lost connection, the process dying) rolls the whole load
 * back, so the previous graph stays as it was.
 *
 * Each node and edge is tagged `importRun = <hash of the graph>`: what the run did not tag is
 * stale. The tag is derived from the graph, so loading the same graph again rewrites every
 * property with the value it already has (no property changes) and deletes nothing.
 */
import { createHash } from "node:crypto";
import type { GraphData } from "../../../contract/graph.js";
import type { Executor } from "./executor.js";
import { edgeImportRow, nodeImportRow } from "./mapping.js";
import { statements } from "./queries.js";
import { toNumber } from "./values.js";

export const BATCH_SIZE = 1000;

export interface LoadOptions {
  batchSize?: number;
  /** The whole load's transaction timeout. */
  timeoutMs?: number;
}

export interface LoadSummary {
  run: string;
  nodes: number;
  edges: number;
  deletedNodes: number;
  deletedEdges: number;
}

/** Constraints, the type index and the full-text index, all IF NOT EXISTS; waits until online. */
export async function ensureSchema(exec: Executor): Promise<void> {
  const q = exec.queries.schema;
  await exec.writeStatements(q, [...statements(q), "CALL db.awaitIndexes(120)"]);
}

export function runId(graph: GraphData): string {
  return createHash("sha256").update(JSON.stringify(graph)).digest("hex").slice(0, 16);
}

export async function loadGraph(exec: Executor, graph: GraphData, options: LoadOptions = {}): Promise<LoadSummary> {
  const size = options.batchSize ?? BATCH_SIZE;
  refuseBadGraph(graph);
  const run = runId(graph);
  await ensureSchema(exec);
  return exec.writeTx(
    "import",
    async (query) => {
      for (let i = 0; i < graph.nodes.length; i += size) {
        const rows = graph.nodes.slice(i, i + size).map((n, j) => nodeImportRow(n, i + j));
        const [rec] = await query("import-nodes", { rows, run });
        const merged = toNumber(rec.get("merged"));
        if (merged !== rows.length) throw new Error(`import: merged ${merged} of ${rows.length} nodes in batch ${i / size + 1}`);
      }
      for (let i = 0; i < graph.edges.length; i += size) {
        const rows = graph.edges.slice(i, i + size).map((e, j) => edgeImportRow(e, i + j));
        const [rec] = await query("import-edges", { rows, run });
        const merged = new Set(rec.get("merged") as string[]);
        const missing = rows.filter((r) => !merged.has(r.id));
        if (missing.length) {
          const shown = missing.slice(0, 5).map((r) => `${r.id} (${r.source} → ${r.target})`);
          throw new Error(
            `import: ${missing.length} edge(s) of batch ${i / size + 1} join nodes that are not in the graph: ` +
              shown.join(", ") +
              (missing.length > shown.length ? ", …" : ""),
          );
        }
      }
      const [e] = await query("import-prune-edges", { run });
      const [n] = await query("import-prune-nodes", { run });
      return {
        run,
        nodes: graph.nodes.length,
        edges: graph.edges.length,
        deletedEdges: toNumber(e.get("deleted")),
        deletedNodes: toNumber(n.get("deleted")),
      };
    },
    options.timeoutMs,
  );
}

/**
 * What the memory store refuses too, checked before touching the database: a repeated id (MERGE
 * would fold the two silently) and a self-loop. Dangling edges are caught inside the transaction.
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
