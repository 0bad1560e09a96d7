/**
 * Import into memory at 1×, 10× and 100× of the synthetic corpus (server/corpus): parse, link,
 * validate each plan, combine them into one graph, load it into the memory store (graph, search
 * index, path finder), as `CORPUS=<n> npm start` does. Reading the files stays outside the timing.
 *
 * The judged figure is the cost per row at 100× over the cost per row at 1× (≤ 1.5: import grows
 * linearly with the plans). A row is a node or edge as the plans state them (each plan's own graph),
 * the work the importer does; the combined graph has fewer, since plans share entities, and is
 * reported beside it. Each scale's figure is the best of its runs: other processes on the machine
 * only ever add time, and the 100× run is long enough to be steady.
 */
import { corpusCacheDir, importAll, repoRoot } from "../../server/bootstrap.js";
import type { GraphData } from "../../contract/graph.js";
import { ensureCorpus } from "../../server/corpus/write.js";
import { type ImportInput } from "../../server/importer/index.js";
import { readAllSeeds } from "../../server/importer/seeds.js";
import { createMemoryStore } from "../../server/store/memory.js";
import { type BenchOptions, type Result, figure, judged, round } from "./harness.js";

export const CORPUS_SEED = 1;
const FLAT_WITHIN = 1.5;

/** The corpus's plans as the importer reads them (generated into .cache/corpus/ once, then reused). */
export async function corpusInputs(scale: number, seed = CORPUS_SEED, cacheDir = corpusCacheDir): Promise<ImportInput[]> {
  const { dir } = await ensureCorpus({ seedDir: `${repoRoot}/seeds`, cacheDir, scale, seed });
  return readAllSeeds(dir);
}

/** The synthetic corpus of `scale` plans imported into one graph, as `CORPUS=<scale> npm start` does. */
export async function corpusGraph(scale: number, seed = CORPUS_SEED): Promise<GraphData> {
  return importAll(await corpusInputs(scale, seed)).graph;
}

export interface ScaleRun {
  scale: number;
  /** Nodes + edges of each plan's own graph, summed. */
  importedRows: number;
  /** Nodes + edges of the combined graph. */
  graphRows: number;
  /** Each run's milliseconds. */
  samples: number[];
}

/** Import `inputs` into a new memory store `runs` times (after `warmup` untimed runs). */
export async function measureImport(inputs: readonly ImportInput[], { warmup, runs }: { warmup: number; runs: number }): Promise<Omit<ScaleRun, "scale">> {
  let importedRows = 0;
  let graphRows = 0;
  const once = async () => {
    const { graph, reports } = importAll(inputs);
    await createMemoryStore().load(graph);
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    importedRows = reports.reduce((s, r) => s + sum(r.report.counts.nodes) + sum(r.report.counts.edges), 0);
    graphRows = graph.nodes.length + graph.edges.length;
  };
  for (let i = 0; i < warmup; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await once();
    samples.push(performance.now() - t0);
  }
  return { importedRows, graphRows, samples };
}

/** Which scales, and how many runs of each: smoke is 1× and 2×, one run each. */
export function plan(opts: BenchOptions): { scale: number; warmup: number; runs: number }[] {
  return opts.smoke
    ? [
        { scale: 1, warmup: 0, runs: 1 },
        { scale: 2, warmup: 0, runs: 1 },
      ]
    : [
        { scale: 1, warmup: 3, runs: 7 },
        { scale: 10, warmup: 1, runs: 3 },
        { scale: 100, warmup: 0, runs: 2 },
      ];
}

/** The results of measured runs: one figure per scale, the judged ratio of the largest to 1×. */
export function judge(measured: readonly ScaleRun[]): Result[] {
  const perRow = (r: ScaleRun) => Math.min(...r.samples) / r.importedRows;
  const results = measured.map((r) =>
    figure(`import into memory at ${r.scale}×: time per row`, perRow(r) * 1000, "µs", {
      plans: r.scale,
      importedRows: r.importedRows,
      graphRows: r.graphRows,
      bestMs: round(Math.min(...r.samples)),
      medianMs: round([...r.samples].sort((a, b) => a - b)[Math.floor(r.samples.length / 2)]),
      runs: r.samples.length,
      rowsPerSecond: Math.round(r.importedRows / (Math.min(...r.samples) / 1000)),
    }),
  );
  const base = measured[0];
  const top = measured[measured.length - 1];
  results.push(
    judged(`import into memory: cost per row at ${top.scale}× over 1×`, perRow(top) / perRow(base), "×", "≤", FLAT_WITHIN, {
      [`usPerRow${base.scale}x`]: round(perRow(base) * 1000),
      [`usPerRow${top.scale}x`]: round(perRow(top) * 1000),
    }),
  );
  return results;
}

export async function benchImportScale(opts: BenchOptions): Promise<Result[]> {
  const measured: ScaleRun[] = [];
  for (const { scale, warmup, runs } of plan(opts)) {
    const inputs = await corpusInputs(scale); // generation and file I/O outside the timing
    measured.push({ scale, ...(await measureImport(inputs, { warmup, runs })) });
  }
  return judge(measured);
}
