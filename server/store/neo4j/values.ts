/**
 * Values across the Bolt boundary.
 *
 * - Out: JavaScript numbers are floats to Cypher, so integral numbers go as Cypher integers
 *   (`LIMIT $limit` needs one); nested lists and maps too.
 * - In: Neo4j integers become JS numbers when they fit (|n| ≤ 2^53 − 1), else decimal strings;
 *   temporal values become ISO strings, points `{ srid, x, y, z? }`, byte arrays number arrays.
 *   Graph values (nodes, relationships, paths) are left to the caller (./console.ts).
 */
import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isPoint, isTime, type Integer } from "neo4j-driver";

export function toCypherParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) out[k] = toCypherValue(v);
  return out;
}

function toCypherValue(v: unknown): unknown {
  if (typeof v === "number" && Number.isSafeInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(toCypherValue);
  if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toCypherValue(x);
    return out;
  }
  return v;
}

/** A Neo4j integer as a JS number when it is safe, else its decimal string (never a silent rounding). */
export function intToJs(i: Integer): number | string {
  return i.inSafeRange() ? i.toNumber() : i.toString();
}

/** A JS number from a count or a sequence number that must fit. */
export function toNumber(v: unknown): number {
  if (typeof v === "number") return v;
  if (isInt(v)) {
    if (!v.inSafeRange()) throw new RangeError(`integer ${v.toString()} does not fit a JS number`);
    return v.toNumber();
  }
  throw new TypeError(`expected a number, got ${typeof v}`);
}

/**
 * Scalars, lists and maps from a record as plain JSON values. `graph` converts nodes,
 * relationships and paths (the console turns them into GraphNode/GraphEdge).
 */
export function toPlain(v: unknown, graph: (v: unknown) => unknown | undefined = () => undefined): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (isInt(v)) return intToJs(v);
  if (isPoint(v)) {
    const p: Record<string, number | string> = { srid: intToJs(neo4j.int(v.srid)), x: v.x, y: v.y };
    if (v.z !== undefined) p.z = v.z;
    return p;
  }
  if (isDate(v) || isDateTime(v) || isLocalDateTime(v) || isLocalTime(v) || isTime(v) || isDuration(v)) {
    return v.toString();
  }
  const converted = graph(v);
  if (converted !== undefined) return converted;
  if (v instanceof Int8Array || v instanceof Uint8Array) return [...v];
  if (Array.isArray(v)) return v.map((x) => toPlain(x, graph));
  if (typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = toPlain(x, graph);
    return out;
  }
  return String(v);
}
