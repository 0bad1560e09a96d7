/**
 * The one owner of the driver, its sessions and transactions (after neo4j/graphql's Executor).
 *
 * - Reads run in `executeRead` (routing READ, retried on transient failures); writes run in an
 *   explicit transaction, committed only when the whole unit of work succeeded.
 * - Every transaction names the database, carries a timeout and the metadata
 *   `{ app: "chain-atlas", query: <file name> }` (visible in `SHOW TRANSACTIONS` and the query log).
 * - Sessions close in `finally`; Neo4j failures leave as domain errors (./errors.ts).
 * - Parameters are checked against the query header; integral numbers travel as Cypher integers.
 */
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Transaction } from "neo4j-driver";
import type { Logger } from "pino";
import { toDomainError } from "./errors.js";
import type { Query, QueryMap, QueryName } from "./queries.js";
import { toCypherParams } from "./values.js";

export const APP_NAME = "chain-atlas";

export interface ExecutorOptions {
  database: string;
  /** Timeout of store reads, and of each write transaction unless given. */
  txTimeoutMs: number;
  logger?: Logger;
  /** Told the name of every named query once it has run (e.g. to see which cypher/ files a test reached). */
  onQuery?: (name: QueryName) => void;
}

/** Runs named queries inside one transaction. */
export type RunNamed = (name: QueryName, params?: Record<string, unknown>) => Promise<Neo4jRecord[]>;

export class Executor {
  /** Write transactions under way: close() rolls them back rather than leave their callers waiting. */
  private readonly openWrites = new Set<Transaction>();
  /** Set by close(): a load between two of its transactions stops there instead of reaching a closed driver. */
  private closed = false;
  /** Rejects when close() is called: a write under way stops waiting on a driver that may never answer. */
  private readonly closing: Promise<never>;
  private signalClosed: (err: Error) => void = () => undefined;

  constructor(
    private readonly driver: Driver,
    readonly queries: QueryMap,
    private readonly options: ExecutorOptions,
  ) {
    this.closing = new Promise<never>((_, reject) => {
      this.signalClosed = reject;
    });
    this.closing.catch(() => undefined); // nobody may be waiting on it
  }

  get database(): string {
    return this.options.database;
  }

  /** One named read query in its own READ transaction. */
  async read(name: QueryName, params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
    const q = this.queries[name];
    return this.readTx(q.file, (run) => run(name, params));
  }

  /** Several named reads in one READ transaction (one consistent snapshot). */
  async readTx<T>(label: string, work: (run: RunNamed, tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    const started = performance.now();
    try {
      return await session.executeRead((tx) => work(this.runner(tx), tx), this.txConfig(label, timeoutMs));
    } catch (err) {
      throw toDomainError(err, { query: label });
    } finally {
      await session.close().catch(() => undefined);
      this.log(label, started);
    }
  }

  /**
   * A unit of work in one explicit write transaction: committed when `work` resolves, rolled back
   * (and the error rethrown as a domain error) when it throws. Not retried: a load is replayable by
   * its caller, and a half-done retry must never be committed.
   */
  async writeTx<T>(label: string, work: (run: RunNamed, tx: Transaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    if (this.closed) throw new Error(`Neo4j query ${label} not run: the store was closed (a load stops and is rolled back)`);
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    const started = performance.now();
    let tx: Transaction | undefined;
    try {
      tx = await session.beginTransaction(this.txConfig(label, timeoutMs));
      this.openWrites.add(tx);
      const out = await Promise.race([work(this.runner(tx), tx), this.closing]);
      await Promise.race([tx.commit(), this.closing]);
      return out;
    } catch (err) {
      if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
      throw toDomainError(err, { query: label });
    } finally {
      if (tx) this.openWrites.delete(tx);
      if (this.closed) void session.close().catch(() => undefined);
      else await session.close().catch(() => undefined);
      this.log(label, started);
    }
  }

  /**
   * One named query as an auto-commit transaction (`session.run`): the only way to run
   * `CALL { … } IN TRANSACTIONS`, which commits every few rows itself (the bounded deletes of a load).
   */
  async autoCommit(name: QueryName, params: Record<string, unknown>, timeoutMs?: number): Promise<Neo4jRecord[]> {
    const q = this.queries[name];
    checkParams(q, params);
    if (this.closed) throw new Error(`Neo4j query ${q.file} not run: the store was closed`);
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    const started = performance.now();
    try {
      const result = await Promise.race([session.run(q.text, toCypherParams(params), this.txConfig(q.file, timeoutMs)), this.closing]);
      this.options.onQuery?.(name);
      return result.records;
    } catch (err) {
      throw toDomainError(err, { query: q.file });
    } finally {
      await session.close().catch(() => undefined);
      this.log(q.file, started);
    }
  }

  /** Schema statements, each in its own write transaction (Neo4j does not mix schema and data). */
  async writeStatements(query: Query, texts: readonly string[]): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    const started = performance.now();
    try {
      for (const text of texts) {
        await session.executeWrite((tx) => tx.run(text), this.txConfig(query.file));
      }
      this.options.onQuery?.(query.name);
    } catch (err) {
      throw toDomainError(err, { query: query.file });
    } finally {
      await session.close().catch(() => undefined);
      this.log(query.file, started);
    }
  }

  /** Reaches the server (no retry), or throws StoreUnavailableError. */
  async ping(): Promise<void> {
    try {
      await this.driver.getServerInfo({ database: this.options.database });
    } catch (err) {
      throw toDomainError(err, { query: "ping" });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.signalClosed(new Error("the store was closed: the transaction under way was rolled back"));
    await Promise.allSettled([...this.openWrites].map((tx) => tx.rollback()));
    await this.driver.close();
  }

  private runner(tx: ManagedTransaction | Transaction): RunNamed {
    return async (name, params = {}) => {
      const q = this.queries[name];
      checkParams(q, params);
      const result = await tx.run(q.text, toCypherParams(params));
      this.options.onQuery?.(name);
      return result.records;
    };
  }

  private txConfig(query: string, timeoutMs?: number) {
    return { timeout: timeoutMs ?? this.options.txTimeoutMs, metadata: { app: APP_NAME, query } };
  }

  private log(query: string, started: number): void {
    this.options.logger?.debug({ query, ms: Math.round(performance.now() - started) }, "neo4j query");
  }
}

/** The parameters passed must be exactly those the header declares: drift fails loudly. */
function checkParams(q: Query, params: Record<string, unknown>): void {
  const given = Object.keys(params);
  const missing = q.params.filter((p) => !(p in params));
  const extra = given.filter((p) => !q.params.includes(p));
  if (missing.length || extra.length) {
    throw new Error(
      `cypher/${q.file}: parameters do not match its header` +
        (missing.length ? `; missing ${missing.join(", ")}` : "") +
        (extra.length ? `; unexpected ${extra.join(", ")}` : ""),
    );
  }
}
