/**
 * The read-only Cypher console.
 *
 * Two gates: `refuseWrites` scans the query (strings, identifiers in backticks and comments taken
 * out) for clauses that write or administer and refuses them up front with a readable message; the
 * real guarantee is the READ transaction the query then runs in, which Neo4j refuses to write from.
 * `collectResult` streams at most `maxRows` rows and turns graph values into the contract's
 * GraphNode / GraphEdge, gathered into `nodes` and `edges`.
 */
import {
  isNode,
  isPath,
  isRelationship,
  type ManagedTransaction,
  type Node as Neo4jNode,
  type Path as Neo4jPath,
  type Relationship,
} from "neo4j-driver";
import type { CypherResult } from "../../../contract/api.js";
import type { GraphEdge, GraphNode } from "../../../contract/graph.js";
import { BadRequestError } from "../../domain/errors.js";
import type { RunNamed } from "./executor.js";
import { type NodeRow, toGraphEdge, toGraphNode } from "./mapping.js";
import { toCypherParams, toPlain } from "./values.js";

/** Clause keywords, matched where property, label and parameter names are blanked out. */
const REFUSED_CLAUSES = /\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|ALTER|GRANT|DENY|REVOKE|RENAME)\b/;

/** Other forms, matched on the code as written (procedure names are dotted). */
const REFUSED: { pattern: RegExp; what: string }[] = [
  { pattern: /\bSHOW\b/, what: "SHOW (settings, users, transactions and the like are not the graph)" },
  { pattern: /\bLOAD\s+CSV\b/, what: "LOAD CSV" },
  { pattern: /\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/, what: "CALL { … } IN TRANSACTIONS" },
  { pattern: /\bUSE\b/, what: "USE (the console reads the configured database only)" },
  { pattern: /\b(START|STOP)\s+DATABASE\b/, what: "$1 DATABASE" },
  { pattern: /\b(TERMINATE|ENABLE)\b/, what: "$1" },
  { pattern: /\bDBMS\s*\./, what: "dbms.* procedures" },
  { pattern: /\bDB\s*\.\s*(CREATE|DROP|CLEAR|CHECKPOINT|RESAMPLE|PREPARE|INDEX\s*\.\s*FULLTEXT\s*\.\s*(CREATE|DROP))/, what: "db.* procedures that change the database" },
  { pattern: /\bAPOC\s*\./, what: "apoc.* procedures" },
  { pattern: /\bGDS\s*\./, what: "gds.* procedures" },
];

/** The query with string literals, backtick identifiers and comments blanked out, upper-cased. */
export function codeOnly(query: string): string {
  let out = "";
  let i = 0;
  while (i < query.length) {
    const c = query[i];
    const next = query[i + 1];
    if (c === "/" && next === "/") {
      while (i < query.length && query[i] !== "\n") i++;
      out += " ";
    } else if (c === "/" && next === "*") {
      const end = query.indexOf("*/", i + 2);
      i = end < 0 ? query.length : end + 2;
      out += " ";
    } else if (c === "'" || c === '"' || c === "`") {
      i++;
      while (i < query.length && query[i] !== c) i += query[i] === "\\" && c !== "`" ? 2 : 1;
      i++;
      out += c === "`" ? " _ " : " '' ";
    } else {
      out += c;
      i++;
    }
  }
  return out.toUpperCase();
}

/** Throws BadRequestError naming the first clause that writes or administers. */
export function refuseWrites(query: string): void {
  const code = codeOnly(query);
  // Property, label, map-key and parameter names (`n.set`, `:Create`, `$merge`, `{set: 1}`) are not clauses.
  const clauses = code.replace(/([.:$]\s*)[A-Z_][A-Z0-9_]*/g, "$1_").replace(/([{,]\s*)[A-Z_][A-Z0-9_]*(?=\s*:)/g, "$1_");
  const clause = REFUSED_CLAUSES.exec(clauses);
  if (clause) throw new BadRequestError(`the Cypher console is read-only: ${clause[1]} is not allowed`);
  for (const { pattern, what } of REFUSED) {
    const m = pattern.exec(code);
    if (m) {
      const name = what.replace(/\$(\d)/g, (_s, n: string) => m[Number(n)] ?? "");
      throw new BadRequestError(`the Cypher console is read-only: ${name} is not allowed`);
    }
  }
}

export interface ConsoleLimits {
  maxRows: number;
  /** The rows' size as JSON, about: past it the rest is cut (`truncated`). */
  maxBytes: number;
}

/** A record's size as JSON, about (Neo4j integers as numbers): what the answer will weigh. */
export function approxBytes(values: unknown[]): number {
  return JSON.stringify(values, (_k, v: unknown) =>
    typeof v === "bigint" ? Number(v) : v && typeof v === "object" && "low" in v && "high" in v ? 0 : v,
  ).length;
}

/** Runs the user's query in `tx` and converts what it returns; endpoints are looked up by element id. */
export async function collectResult(
  tx: ManagedTransaction,
  run: RunNamed,
  query: string,
  params: Record<string, unknown>,
  { maxRows, maxBytes }: ConsoleLimits,
): Promise<CypherResult> {
  const result = tx.run(query, toCypherParams(params));
  const raw: { keys: string[]; values: unknown[] }[] = [];
  let truncated = false;
  let bytes = 0;
  for await (const record of result) {
    const values = [...record.values()];
    bytes += approxBytes(values);
    if (raw.length >= maxRows || bytes > maxBytes) {
      truncated = true;
      break; // the driver discards the rest of the stream
    }
    raw.push({ keys: record.keys as string[], values });
  }
  const columns = raw.length ? raw[0].keys : ((await result.keys()) as string[]);

  // Relationships carry their end nodes' element ids; graph ids come from nodes seen or a look-up.
  const idByElement = new Map<string, string>();
  const rels: Relationship[] = [];
  const visit = (v: unknown): void => {
    if (isNode(v)) {
      const id = (v as Neo4jNode).properties.id;
      if (typeof id === "string") idByElement.set(v.elementId, id);
    } else if (isRelationship(v)) rels.push(v as Relationship);
    else if (isPath(v)) for (const s of (v as Neo4jPath).segments) [s.start, s.relationship, s.end].forEach(visit);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) Object.values(v).forEach(visit);
  };
  raw.forEach((r) => r.values.forEach(visit));
  const unknown = [
    ...new Set(rels.flatMap((r) => [r.startNodeElementId, r.endNodeElementId]).filter((e) => !idByElement.has(e))),
  ];
  if (unknown.length) {
    for (const rec of await run("console-endpoints", { elementIds: unknown })) {
      const id = rec.get("id");
      if (typeof id === "string") idByElement.set(rec.get("elementId"), id);
    }
  }

  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const graphValue = (v: unknown): unknown | undefined => {
    if (isNode(v)) {
      const node = asGraphNode(v as Neo4jNode);
      if (!node) return { elementId: v.elementId, labels: v.labels, properties: toPlain(v.properties, graphValue) };
      if (!nodes.has(node.id)) nodes.set(node.id, node);
      return node;
    }
    if (isRelationship(v)) {
      const edge = asGraphEdge(v as Relationship, idByElement);
      if (!edge) {
        return {
          elementId: v.elementId,
          type: v.type,
          startElementId: v.startNodeElementId,
          endElementId: v.endNodeElementId,
          properties: toPlain(v.properties, graphValue),
        };
      }
      if (!edges.has(edge.id)) edges.set(edge.id, edge);
      return edge;
    }
    if (isPath(v)) {
      const p = v as Neo4jPath;
      return {
        nodes: [p.start, ...p.segments.map((s) => s.end)].map((n) => graphValue(n)),
        edges: p.segments.map((s) => graphValue(s.relationship)),
      };
    }
    return undefined;
  };
  const rows = raw.map(({ keys, values }) => {
    const row: Record<string, unknown> = {};
    keys.forEach((k, i) => (row[k] = toPlain(values[i], graphValue)));
    return row;
  });
  return { columns, rows, truncated, nodes: [...nodes.values()], edges: [...edges.values()] };
}

function asGraphNode(n: Neo4jNode): GraphNode | undefined {
  const p = n.properties as Record<string, unknown>;
  if (!n.labels.includes("Entity") || typeof p.id !== "string" || typeof p.propsJson !== "string") return undefined;
  return toGraphNode(p as unknown as NodeRow);
}

function asGraphEdge(r: Relationship, idByElement: Map<string, string>): GraphEdge | undefined {
  const p = r.properties as Record<string, unknown>;
  const source = idByElement.get(r.startNodeElementId);
  const target = idByElement.get(r.endNodeElementId);
  if (typeof p.id !== "string" || typeof p.propsJson !== "string" || !source || !target) return undefined;
  return toGraphEdge({
    id: p.id,
    type: r.type,
    source,
    target,
    propsJson: p.propsJson,
    evidenceJson: String(p.evidenceJson),
  });
}
