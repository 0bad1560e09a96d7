/** The import report: counts by node and edge type, what was inferred, warnings. */
import type { GraphData } from "../../contract/graph.js";

export interface ImportReport {
  counts: { nodes: Record<string, number>; edges: Record<string, number> };
  inferred: string[];
  warnings: string[];
  /** Curated layers the plan has none of (products, chains, geography): its graph is the structure. */
  lacks: string[];
}

export function countByType(items: readonly { type: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { type } of items) out[type] = (out[type] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

export function makeReport(graph: GraphData, inferred: string[], warnings: string[], lacks: string[] = []): ImportReport {
  return {
    lacks,
    counts: { nodes: countByType(graph.nodes), edges: countByType(graph.edges) },
    inferred: [...new Set(inferred)],
    warnings: [...new Set(warnings)],
  };
}

/** The human form printed by the CLI. */
export function formatReport(r: ImportReport): string {
  const table = (rec: Record<string, number>) =>
    Object.entries(rec)
      .map(([k, v]) => `  ${k.padEnd(14)} ${String(v).padStart(5)}`)
      .join("\n");
  const total = (rec: Record<string, number>) => Object.values(rec).reduce((a, b) => a + b, 0);
  const list = (xs: string[]) => (xs.length ? xs.map((x) => `  - ${x}`).join("\n") : "  (none)");
  return [
    `nodes (${total(r.counts.nodes)}):`,
    table(r.counts.nodes),
    `edges (${total(r.counts.edges)}):`,
    table(r.counts.edges),
    `inferred (${r.inferred.length}):`,
    list(r.inferred),
    `warnings (${r.warnings.length}):`,
    list(r.warnings),
    ...(r.lacks.length ? [`not curated: ${r.lacks.join(", ")} (seeds/curated/<planId>/ has no file for them)`] : []),
  ].join("\n");
}
