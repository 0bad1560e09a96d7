/**
 * The soak (issue 14): 64 connections on the heaviest endpoint (the whole graph) for 30 s on
 * loopback, on the memory store and on Neo4j, while a second client asks for /api/health: no
 * request of either may fail, and health's p99 stays under 100 ms. The app runs in its own process
 * (./loadServer.ts) with its rate limits off: one address flooding is what they refuse
 * (tests/api/limits.test.ts); here the question is whether the server itself stays fair.
 */
import autocannon from "autocannon";
import type { GraphData } from "../../contract/graph.js";
import type { Neo4jConfig } from "../../server/store/neo4j/index.js";
import { type BenchOptions, judged, type Result, round } from "./harness.js";
import { ServerProcess } from "./load.js";

const HEALTH_P99_MS = 100;

export interface SoakOptions extends BenchOptions {
  graph: GraphData;
  /** Soak the Neo4j store too (its database is REPLACED by `graph`). */
  neo4j?: Neo4jConfig;
}

export async function benchSoak(opts: SoakOptions): Promise<Result[]> {
  const out: Result[] = [];
  const stores: ("memory" | "neo4j")[] = opts.neo4j ? ["memory", "neo4j"] : ["memory"];
  for (const store of stores) {
    out.push(...(await soakOne(store, opts)));
  }
  return out;
}

async function soakOne(store: "memory" | "neo4j", opts: SoakOptions): Promise<Result[]> {
  const seconds = opts.smoke ? 2 : 30;
  const connections = opts.smoke ? 8 : 64;
  const server = new ServerProcess();
  try {
    const ready = await server.call({ kind: "serve", graph: opts.graph, ...(store === "neo4j" ? { neo4j: opts.neo4j } : {}) });
    if (ready.kind !== "ready") throw new Error("soak: the server did not start");
    const base = `http://127.0.0.1:${ready.app}`;
    await fetch(`${base}/api/graph`).then((r) => r.arrayBuffer()); // computed once, as in use
    const [heavy, health] = await Promise.all([
      // the flood from worker threads: the health client's own event loop must not be the one it saturates
      autocannon({ url: `${base}/api/graph`, connections, duration: seconds, workers: 2 }),
      autocannon({ url: `${base}/api/health`, connections: 1, duration: seconds }),
    ]);
    const failures = (r: autocannon.Result) => r.non2xx + r.errors + r.timeouts;
    const detail = {
      graphRequests: heavy.requests.total,
      graphReqPerS: round(heavy.requests.average, 0),
      graphP99Ms: heavy.latency.p99,
      graphFailures: failures(heavy),
      healthRequests: health.requests.total,
      healthP50Ms: health.latency.p50,
      healthFailures: failures(health),
      connections,
      seconds,
    };
    const label = `soak, ${store}: ${connections} connections on /api/graph for ${seconds} s`;
    const p99 = judged(`${label}: /api/health p99`, health.latency.p99, "ms", "≤", HEALTH_P99_MS, detail);
    const errors = judged(`${label}: failed requests`, failures(heavy) + failures(health), "requests", "≤", 0);
    return [p99, errors];
  } finally {
    await server.stop();
  }
}
