/**
 * Serialised answers of the reads that change only when the graph does (the whole graph, stats,
 * district overlap, chains, …), kept as the bytes sent: a hit does no store work and no
 * JSON.stringify, and Express does not hash the body again for its ETag (the entry carries one).
 *
 * Entries belong to one graph version (the store's `version()`): a request that sees a new version
 * drops every entry of the old one, so a reload (memory) or another process's import (Neo4j)
 * invalidates the cache without telling it. Bounded by entries and by bytes, least recently used
 * first out. Concurrent misses on one key share one computation, so 32 clients asking for a cold
 * 60 MB graph build it once.
 *
 * An entry also keeps its gzip encoding, made at the first request that accepts it (`gzipOf`): a
 * large answer is compressed once per graph version, not once per request.
 */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";

export interface CachedBody {
  body: Buffer;
  /** Content type, e.g. `application/json; charset=utf-8`. */
  type: string;
  /** A strong ETag of `body` (quoted), computed once. */
  etag: string;
  /** `body` gzipped, once asked for (gzipOf). */
  gzip?: Buffer;
}

/** The entry's body gzipped, made once and kept with the entry; its ETag differs from the identity's. */
export function gzipOf(entry: CachedBody): { body: Buffer; etag: string } {
  entry.gzip ??= gzipSync(entry.body, { level: 6 });
  return { body: entry.gzip, etag: entry.etag.replace(/"$/, '-gz"') };
}

export interface CacheStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
  version: string | undefined;
}

export interface BodyCache {
  /** The entry of `key` at `version`, computed (once, however many ask at a time) when missing. */
  get(key: string, version: string, compute: () => Promise<CachedBody>): Promise<CachedBody>;
  clear(): void;
  stats(): CacheStats;
}

export interface BodyCacheOptions {
  maxEntries?: number;
  /** Bodies larger than this are served but not kept. */
  maxBytes?: number;
}

export const DEFAULT_MAX_ENTRIES = 500;
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

/** A body as a cache entry: its bytes and their ETag. */
export function cachedBody(body: string | Buffer, type: string): CachedBody {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  const hash = createHash("sha1").update(bytes).digest("base64url");
  return { body: bytes, type, etag: `"${bytes.length.toString(16)}-${hash}"` };
}

export function createBodyCache({ maxEntries = DEFAULT_MAX_ENTRIES, maxBytes = DEFAULT_MAX_BYTES }: BodyCacheOptions = {}): BodyCache {
  // a Map iterates in insertion order: re-inserting on a hit keeps the least recently used first
  const entries = new Map<string, CachedBody>();
  const inFlight = new Map<string, Promise<CachedBody>>();
  let version: string | undefined;
  let bytes = 0;
  let hits = 0;
  let misses = 0;

  const clear = () => {
    entries.clear();
    inFlight.clear();
    bytes = 0;
  };

  const keep = (key: string, entry: CachedBody) => {
    if (entry.body.length > maxBytes) return;
    entries.set(key, entry);
    bytes += entry.body.length;
    for (const [k, e] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      entries.delete(k);
      bytes -= e.body.length;
    }
  };

  return {
    async get(key, at, compute) {
      if (at !== version) {
        clear();
        version = at;
      }
      const hit = entries.get(key);
      if (hit) {
        hits++;
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const pending = inFlight.get(key);
      if (pending) {
        hits++;
        return pending;
      }
      misses++;
      const p = compute();
      inFlight.set(key, p);
      try {
        const entry = await p;
        // kept only if no newer version arrived meanwhile (that one cleared the cache)
        if (version === at && inFlight.get(key) === p) keep(key, entry);
        return entry;
      } finally {
        if (inFlight.get(key) === p) inFlight.delete(key);
      }
    },
    clear,
    stats: () => ({ entries: entries.size, bytes, hits, misses, version }),
  };
}

/**
 * A key for a request's parsed input: the same answer for the same key. Object keys sorted, so
 * the order of query parameters does not matter; values as parsed (defaults filled in, `types` a
 * list), so `?depth=1` and no depth share one entry.
 */
export function cacheKey(path: string, input: unknown): string {
  return `${path} ${stableJson(input)}`;
}

function stableJson(v: unknown): string {
  if (v === undefined) return "null";
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(stableJson).join(",")}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`).join(",")}}`;
}

/**
 * The graph version the cache keys by: the store's own; none when the store cannot tell when its
 * graph changed, and then nothing is cached (a load through the store object would otherwise be
 * followed by stale answers).
 */
export function graphVersion(store: { version?: () => Promise<string> }): (() => Promise<string>) | undefined {
  return store.version?.bind(store);
}
