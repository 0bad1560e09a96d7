/**
 * Neo4j benchmarks: import throughput, batched (the store's load: UNWIND batches in one
 * transaction) against naive (the same statements, one row per auto-commit statement), and
 * per-query latency next to the memory store.
 *
 * The bench REPLACES the graph in the database it is given (NEO4J_URI), and leaves the plan's graph
 * there when done; without NEO4J_URI it starts the local harness (npm run neo4j:start) and stops it.
 */
import { spawnSync } from "node:child_process";
import neo4j from "neo4j-driver";
import type { GraphData } from "../../contract/graph.js";
import { repoRoot } from "../../server/bootstrap.js";
import type { Config } from "../../server/config.js";
import { createMemoryStore } from "../../server/store/memory.js";
import { createNeo4jStore } from "../../server/store/neo4j/index.js";
import { edgeImportRow, nodeImportRow } from "../../server/store/neo4j/mapping.js";
import { loadQueries } from "../../server/store/neo4j/queries.js";
import type { GraphStore } from "../../server/store/port.js";
import { replicate } from "./corpus.js";
import { type Result, time } from "./harness.js";

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

const COPIES = 100;
const NAIVE_COPIES = 1;
const RATIO_TARGET = 20;

export async function benchNeo4jImport(config: Neo4jConfig, plan: GraphData): Promise<Result> {
  const corpus = replicate(plan, COPIES);
  const store = createNeo4jStore(config);
  try {
    await store.ensureSchema();
    const t0 = performance.now();
    await store.load(corpus);
    const batchedS = (performance.now() - t0) / 1000;

    // naive: the same two statements, one row each, one auto-commit transaction per row
    const naive = replicate(plan, NAIVE_COPIES, "naive");
    const queries = loadQueries();
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
    const session = driver.session({ database: config.database });
    const run = "naive";
    const t1 = performance.now();
    try {
      for (const [i, n] of naive.nodes.entries()) {
        await session.run(queries["import-nodes"].text, { rows: [nodeImportRow(n, i)], run });
      }
      for (const [i, e] of naive.edges.entries()) {
        await session.run(queries["import-edges"].text, { rows: [edgeImportRow(e, i)], run });
      }
    } finally {
      await session.close();
      await driver.close();
    }
    const naiveS = (performance.now() - t1) / 1000;

    const rate = (rows: number, s: number) => Math.round(rows / s);
    const batchedRows = rate(corpus.nodes.length + corpus.edges.length, batchedS);
    const naiveRows = rate(naive.nodes.length + naive.edges.length, naiveS);
    const ratio = Math.round((batchedRows / naiveRows) * 10) / 10;
    await store.load(plan); // leave the plan's graph, not the corpus
    return {
      name: `Neo4j import: ${COPIES}× the plan (${corpus.nodes.length} nodes, ${corpus.edges.length} relationships) batched vs one statement per row`,
      figures: {
        batchedSeconds: Math.round(batchedS * 100) / 100,
        batchedNodesPerS: rate(corpus.nodes.length, batchedS),
        batchedRelsPerS: rate(corpus.edges.length, batchedS),
        naiveRowsPerS: naiveRows,
        batchedRowsPerS: batchedRows,
        ratio,
      },
      target: `batched ≥ ${RATIO_TARGET}× the rows/s of the naive import`,
      met: ratio >= RATIO_TARGET,
    };
  } finally {
    await store.close();
  }
}

/** The same questions on both stores, loaded with the plan: median latency and the ratio. */
export async function benchQueries(config: Neo4jConfig, plan: GraphData): Promise<Result[]> {
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
  try {
    const out: Result[] = [];
    for (const [name, ask] of questions) {
      const m = await time(() => ask(memory), { warmup: 3, runs: 20 });
      const n = await time(() => ask(graphStore), { warmup: 3, runs: 20 });
      out.push({
        name: `query ${name}: Neo4j vs memory`,
        timing: n,
        figures: { memoryMedianMs: m.medianMs, neo4jOverMemory: Math.round((n.medianMs / Math.max(m.medianMs, 0.01)) * 10) / 10 },
      });
    }
    return out;
  } finally {
    await graphStore.close();
  }
}
