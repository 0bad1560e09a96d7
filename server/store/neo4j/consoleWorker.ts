/**
 * A console query's own thread (./consolePool.ts starts it). Here a query may take all the time and
 * memory its limits allow without touching the server's event loop: the driver decodes a record in
 * one synchronous step (a 10-million-element list blocked the loop 90 s and took 800 MB), and only
 * a thread can be stopped in the middle of that. Each query: the word gate (./console.ts), then
 * EXPLAIN and the plan gate (./consoleGuard.ts), then the query in a READ transaction with Neo4j's
 * own timeout, its rows streamed and cut at a count and at a size.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { parentPort, workerData } from "node:worker_threads";
import { collectResult, refuseWrites } from "./console.js";
import { checkPlan, type PlanOperator } from "./consoleGuard.js";
import { toDomainError } from "./errors.js";
import { defaultCypherDir, loadQueries } from "./queries.js";
import { toCypherParams } from "./values.js";

export interface ConsoleWorkerData {
  uri: string;
  user: string;
  password: string;
  database: string;
  cypherDir?: string;
  timeoutMs: number;
  maxRows: number;
  maxBytes: number;
}

export type ConsoleJob = { id: number; query: string; params: Record<string, unknown> };
export type ConsoleReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; kind: "bad_request" | "unavailable" | "internal"; message: string };

const data = workerData as ConsoleWorkerData;
const queries = loadQueries(data.cypherDir ?? defaultCypherDir);
const driver: Driver = neo4j.driver(data.uri, neo4j.auth.basic(data.user, data.password), {
  maxTransactionRetryTime: 0,
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 5_000,
  userAgent: "chain-atlas-console",
});

async function runJob({ query, params }: ConsoleJob): Promise<unknown> {
  refuseWrites(query);
  const session = driver.session({ database: data.database, defaultAccessMode: neo4j.session.READ });
  const txConfig = { timeout: data.timeoutMs, metadata: { app: "chain-atlas", query: "console" } };
  try {
    return await session.executeRead(async (tx) => {
      const explained = await tx.run(`EXPLAIN ${query}`, toCypherParams(params));
      checkPlan(explained.summary.queryType, explained.summary.plan as PlanOperator | false);
      const run = async (name: "console-endpoints", p: Record<string, unknown>) => (await tx.run(queries[name].text, toCypherParams(p))).records;
      return collectResult(tx, run as never, query, params, { maxRows: data.maxRows, maxBytes: data.maxBytes });
    }, txConfig);
  } catch (err) {
    throw toDomainError(err, { query: "console", console: true, timeoutMs: data.timeoutMs });
  } finally {
    await session.close().catch(() => undefined);
  }
}

parentPort?.on("message", (job: ConsoleJob) => {
  runJob(job).then(
    (result) => parentPort?.postMessage({ id: job.id, ok: true, result } satisfies ConsoleReply),
    (err: unknown) => {
      const e = err as Error & { code?: string };
      const kind = e.code === "bad_request" ? "bad_request" : e.code === "unavailable" ? "unavailable" : "internal";
      // the user's own errors say what went wrong; the database's and ours say no more than that
      const message = kind === "bad_request" ? e.message : kind === "unavailable" ? "Neo4j cannot be reached" : "the query failed";
      parentPort?.postMessage({ id: job.id, ok: false, kind, message } satisfies ConsoleReply);
    },
  );
});
