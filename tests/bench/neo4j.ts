/**
 * Neo4j benchmarks: import throughput, batched (the store's load: staged batches, each its own
 * transaction, then the switch and the bounded removal of the previous run) against naive (the same
 * statements, one row per auto-commit statement), whether a large corpus (100× the plan) imports at
 * all under the heap the database runs with, and per-query latency next to the memory store.
 *
 * The bench REPLACES the graph in the database it is given (NEO4J_URI), and leaves the plan's graph
 * there when done; without NEO4J_URI it starts the local harness (npm run neo4j:start, its default
 * heap) and stops it.
 */
import { spawnSync } from "node:child_process";
import neo4j, { type Driver } from "neo4j-driver";
import type { GraphData } from "../../contract/graph.js";
import { repoRoot } from "../../server/bootstrap.js";
import type { Config } from "../../server/config.js";
import { createMemoryStore } from "../../server/store/memory.js";
import { createNeo4jStore } from "../../server/store/neo4j/index.js";
import { edgeImportRow, nodeImportRow } from "../../server/store/neo4j/mapping.js";
import { loadQueries } from "../../server/store/neo4j/queries.js";
import { toNumber } from "../../server/store/neo4j/values.js";
import type { GraphStore } from "../../server/store/port.js";
import { type BenchOptions, figure, judged, type Result, round, time } from "./harness.js";

type Neo4jConfig = NonNullable<Config["neo4j"]>;

/** The configured Neo4j, or the local harness started for the bench (stopped by `release`). */
export function acquireNeo4j(config?: Neo4jConfig): { config: Neo4jConfig; release(): void } {
  if (config) return { config, release() {} };
  const started = spawnSync(process.execPath, ["scripts/neo4j.mjs", "start"], { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (started.status !== 0) throw new Error("the local Neo4j did not start (npm run neo4j:start)");
  const env = Object.fromEntries(started.stdout.trim().split("\n").map((l) => l.split(/=(.*)/s).slice(0, 2)));
  return {
    config: { uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: "neo4j" },
    release: () => void spawnSync(process.execPath, ["scripts/neo4j.mjs", "stop"], { cwd: repoRoot, stdio: "inherit" }),
  };
}

const RATIO_TARGET = 20;
/** Rows of the naive import: enough for a stable rate (one round trip and one commit each). */
const NAIVE_ROWS = { full: 2_000, smoke: 200 };

/**
 * `corpus`: the large graph to import (100× the plan in a full run, 2× in a smoke run). Results:
 * batched vs naive rows/s (≥ 20×), and whether the corpus imported (1/0, the seconds and the heap
 * the database runs with in the detail).
 */
export async function benchNeo4jImport(config: Neo4jConfig, plan: GraphData, corpus: GraphData, opts: BenchOptions): Promise<Result[]> {
  const store = createNeo4jStore(config);
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  const rows = corpus.nodes.length + corpus.edges.length;
  const size = `${corpus.nodes.length} nodes, ${corpus.edges.length} relationships`;
  try {
    await store.load(plan); // the previous graph the corpus replaces, as in use
    const heap = await heapMax(driver, config.database);
    let batchedS = Number.NaN;
    let failure: string | undefined;
    const t0 = performance.now();
    try {
      await store.load(corpus);
      batchedS = (performance.now() - t0) / 1000;
    } catch (e) {
      failure = (e as Error).message.split("\n")[0].slice(0, 300);
    }
    const elapsedS = round((performance.now() - t0) / 1000);

    const naive = naiveSample(plan, opts.smoke ? NAIVE_ROWS.smoke : NAIVE_ROWS.full);
    const naiveS = await importNaively(driver, config.database, naive);
    const naiveRows = naive.nodes.length + naive.edges.length;
    const batchedRate = rows / batchedS;
    const naiveRate = naiveRows / naiveS;
    await store.load(plan); // leave the plan's graph (this also removes the naive rows: not the current run)

    const completed = judged(`Neo4j import of the corpus (${size}) completes`, failure ? 0 : 1, "completed", "≥", 1, {
      seconds: failure ? `failed after ${elapsedS}` : round(batchedS),
      heap: heap ?? "unknown",
      ...(failure ? { error: failure } : {}),
    });
    const ratio = judged("Neo4j import: batched vs one statement per row (rows/s)", batchedRate / naiveRate, "×", "≥", RATIO_TARGET, {
      batchedRowsPerS: Math.round(batchedRate),
      naiveRowsPerS: Math.round(naiveRate),
      batchedRows: rows,
      naiveRows,
      naiveSeconds: round(naiveS),
    });
    return [completed, ratio];
  } finally {
    await store.close();
    await driver.close();
  }
}

/** The plan's nodes and the edges among them, copied under fresh ids, about `rows` rows in all. */
function naiveSample(plan: GraphData, rows: number): GraphData {
  const perCopy = plan.nodes.length + plan.edges.length;
  const copies = Math.max(1, Math.ceil(rows / perCopy));
  const nodes: GraphData["nodes"] = [];
  const edges: GraphData["edges"] = [];
  for (let k = 0; k < copies; k++) {
    const id = (s: string) => `${s}#naive${k}`;
    nodes.push(...plan.nodes.map((n) => ({ ...n, id: id(n.id) })));
    edges.push(...plan.edges.map((e) => ({ ...e, id: id(e.id), source: id(e.source), target: id(e.target) })));
  }
  // keep the plan's mix of nodes and edges, and only edges whose ends are kept
  const keptNodes = nodes.slice(0, Math.round((rows * plan.nodes.length) / perCopy));
  const ids = new Set(keptNodes.map((n) => n.id));
  const keptEdges = edges.filter((e) => ids.has(e.source) && ids.has(e.target)).slice(0, rows - keptNodes.length);
  return { nodes: keptNodes, edges: keptEdges };
}

/** The load's two statements, one row each, one auto-commit transaction per row; seconds taken. */
async function importNaively(driver: Driver, database: string, graph: GraphData): Promise<number> {
  const queries = loadQueries();
  const session = driver.session({ database });
  const run = "naive-bench"; // not the current run: the next load removes these rows
  const t0 = performance.now();
  try {
    for (const [i, n] of graph.nodes.entries()) {
      await session.run(queries["import-nodes"].text, { rows: [nodeImportRow(n, i)], run, current: null });
    }
    for (const [i, e] of graph.edges.entries()) {
      await session.run(queries["import-edges"].text, { rows: [edgeImportRow(e, i)], run, current: null });
    }
  } finally {
    await session.close();
  }
  return (performance.now() - t0) / 1000;
}

/** The JVM's maximum heap of the database, e.g. "512 MB" (JMX), or undefined where not readable. */
async function heapMax(driver: Driver, database: string): Promise<string | undefined> {
  const session = driver.session({ database });
  try {
    const res = await session.run("CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.max AS max");
    const bytes = toNumber(res.records[0]?.get("max"));
    return bytes > 0 ? `${Math.round(bytes / 2 ** 20)} MB` : undefined;
  } catch {
    return undefined;
  } finally {
    await session.close();
  }
}

/** The same questions on both stores, loaded with the plan: the Neo4j median, with memory's next to it. */
export async function benchQueries(config: Neo4jConfig, plan: GraphData, opts: BenchOptions): Promise<Result[]> {
  const memory = createMemoryStore();
  await memory.load(plan);
  const graphStore = createNeo4jStore(config);
  const questions: [string, (s: GraphStore) => Promise<unknown>][] = [
    ["stats", (s) => s.stats()],
    ["node", (s) => s.node("industry:集成电路")],
    ["neighbors depth 2", (s) => s.neighbors("industry:集成电路", { depth: 2, limit: 500 })],
    ["search 集成", (s) => s.search("集成", { limit: 20 })],
    ["chain 集成电路", (s) => s.chain("industry:集成电路")],
    ["paths k3 d4", (s) => s.paths("industry:集成电路", "industry:新能源汽车和智能网联汽车", { k: 3, maxDepth: 4 })],
    ["district overlap", (s) => s.districtOverlap()],
    ["whole graph", (s) => s.graph()],
  ];
  const repeat = opts.smoke ? { warmup: 1, runs: 3 } : { warmup: 3, runs: 20 };
  try {
    await graphStore.load(plan); // a no-op when the plan is already the current run
    const out: Result[] = [];
    for (const [name, ask] of questions) {
      const m = await time(() => ask(memory), repeat);
      const n = await time(() => ask(graphStore), repeat);
      out.push(
        figure(`Neo4j query ${name} (median)`, n.medianMs, "ms", {
          p95Ms: n.p95Ms,
          memoryMedianMs: m.medianMs,
          neo4jOverMemory: round(n.medianMs / Math.max(m.medianMs, 0.01), 1),
        }),
      );
    }
    return out;
  } finally {
    await graphStore.close();
  }
}
