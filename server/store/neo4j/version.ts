/**
 * The graph's version in Neo4j (GraphStore.version): the import run readers see, as
 * `cypher/import-current.cypher` reads it (the staged import switches readers by that run).
 * Another process (`npm run import`) can replace the graph at any time, so the app cannot be told;
 * it asks, at most once per `ttlMs`: an answer the app cached may be served up to that long after
 * another process's import switched readers. A load through this store calls `forget()`, so its
 * own loads are seen at once.
 *
 * Wiring (store.ts): `const version = graphVersionReader(exec);`, `version: version.read` in the
 * store's object literal, and `version.forget()` after every load (also a failed one).
 */
import type { Executor } from "./executor.js";

export const VERSION_TTL_MS = 1_000;

/** The version of a database with no graph readers could see. */
export const NO_GRAPH = "neo4j:none";

export interface GraphVersionReader {
  read(): Promise<string>;
  /** The next read asks the database. */
  forget(): void;
}

export function graphVersionReader(exec: Executor, ttlMs = VERSION_TTL_MS, now?: () => number): GraphVersionReader {
  return memoFor(
    ttlMs,
    async () => {
      const run: unknown = (await exec.read("import-current"))[0]?.get("run");
      return typeof run === "string" ? `neo4j:${run}` : NO_GRAPH;
    },
    now,
  );
}

/**
 * `fetch`'s answer kept for `ttlMs`; callers arriving while it is being fetched share that fetch.
 * A failure is not kept: the next caller asks again.
 */
export function memoFor<T>(ttlMs: number, fetch: () => Promise<T>, now: () => number = Date.now): { read(): Promise<T>; forget(): void } {
  let value: { at: number; v: Promise<T> } | undefined;
  return {
    read() {
      const t = now();
      if (value && t - value.at < ttlMs) return value.v;
      const v = fetch();
      const entry = { at: t, v };
      value = entry;
      v.catch(() => {
        if (value === entry) value = undefined;
      });
      return v;
    },
    forget() {
      value = undefined;
    },
  };
}
