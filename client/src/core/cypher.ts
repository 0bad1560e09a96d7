/**
 * The read-only Cypher console, the pure parts: example queries, how a result cell is shown, the
 * subgraph a result draws on the canvas, and what an error means to the person who ran the query.
 *
 * Row values are whatever the server's JSON holds. Nodes, relationships and paths are recognised in
 * the contract's shapes (GraphNode, GraphEdge, `{ nodes, edges }`) and in neo4j-driver's own
 * (`{ labels, properties }`, `{ type, properties, start, end }`, `{ start, end, segments }`, and the
 * Neo4j store's plain copies of those it cannot map: `{ elementId, labels, properties }`,
 * `{ elementId, type, startElementId, endElementId, properties }`), so the
 * table reads well whichever way the store serialises them.
 */
import type { CypherResult } from "../../../contract/api.js";
import type { GraphData, GraphEdge, GraphNode, NodeType } from "../../../contract/graph.js";
import { EDGE_TYPES, NODE_TYPES } from "../../../contract/vocabulary.js";
import { displayName, nameFromId, type Lang } from "./names.js";

export type CypherExampleId = "keyDistricts" | "productChains" | "liangjiang" | "nodesByType";

/** Example queries; their names are in the cypher message catalog, by id. */
export interface CypherExample {
  id: CypherExampleId;
  query: string;
}

export const CYPHER_EXAMPLES: readonly CypherExample[] = [
  {
    id: "keyDistricts",
    query: "MATCH (i:Industry)-[:KEY_DISTRICT]->(d:District)\nRETURN i.name AS industry, d.name AS district\nLIMIT 50",
  },
  { id: "productChains", query: "MATCH p=(:Product)-[:FEEDS]->(:Product)\nRETURN p\nLIMIT 25" },
  {
    id: "liangjiang",
    query: "MATCH (d:District {name: '两江新区'})<-[:KEY_DISTRICT]-(i)\nRETURN i",
  },
  {
    id: "nodesByType",
    query: "MATCH (n)\nRETURN labels(n)[0] AS type, count(*) AS nodes\nORDER BY nodes DESC",
  },
];

// ── cells ────────────────────────────────────────────────────────────────────

export interface NodeCell {
  kind: "node";
  id: string | null;
  type: NodeType | null;
  label: string;
}
export interface RelCell {
  kind: "rel";
  id: string | null;
  type: string;
  /** Endpoint ids, when known: the arrow of a path segment follows them. */
  source: string | null;
  target: string | null;
}
export interface PathCell {
  kind: "path";
  /** Nodes and relationships in order: node, rel, node, … */
  steps: (NodeCell | RelCell)[];
}
export type Cell =
  | NodeCell
  | RelCell
  | PathCell
  | { kind: "list"; items: Cell[] }
  | { kind: "null" }
  /** A string, shown as it is. */
  | { kind: "text"; text: string }
  /** A number, a boolean, or a map or list of those, shown as JSON. */
  | { kind: "value"; text: string };

export interface CellContext {
  /** Names nodes known by id only (the result's nodes, then the whole graph). */
  lookup: (id: string) => Pick<GraphNode, "name" | "nameEn" | "type"> | undefined;
  lang: Lang;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const isNodeType = (s: unknown): s is NodeType => (NODE_TYPES as readonly unknown[]).includes(s);
const isEdgeType = (s: unknown): boolean => (EDGE_TYPES as readonly unknown[]).includes(s);

/** neo4j-driver's Integer serialised as JSON: `{ low, high }`. */
function neoInteger(v: Obj): number | null {
  const keys = Object.keys(v);
  if (keys.length !== 2 || typeof v.low !== "number" || typeof v.high !== "number") return null;
  return v.high * 2 ** 32 + (v.low >>> 0);
}

function nodeCell(id: string | null, type: NodeType | null, name: string | null, ctx: CellContext): NodeCell {
  const known = id ? ctx.lookup(id) : undefined;
  const label = known ? displayName(known, ctx.lang) : (name ?? (id ? nameFromId(id) : (type ?? "node")));
  return { kind: "node", id, type: type ?? known?.type ?? null, label };
}

function asNode(v: unknown, ctx: CellContext): NodeCell | null {
  if (!isObj(v)) return null;
  // The contract's GraphNode.
  if (typeof v.id === "string" && isNodeType(v.type) && typeof v.name === "string") {
    return nodeCell(v.id, v.type, displayName({ name: v.name, nameEn: v.nameEn ? String(v.nameEn) : undefined }, ctx.lang), ctx);
  }
  // neo4j-driver's Node.
  if (Array.isArray(v.labels) && isObj(v.properties)) {
    const p = v.properties;
    const type = (v.labels as unknown[]).find(isNodeType) ?? null;
    const name = str(p.name) ?? (type ? null : (v.labels as unknown[]).map(String).join(":") || null);
    return nodeCell(str(p.id), type, name, ctx);
  }
  return null;
}

function asRel(v: unknown): RelCell | null {
  if (!isObj(v)) return null;
  // The contract's GraphEdge.
  if (typeof v.id === "string" && isEdgeType(v.type) && typeof v.source === "string" && typeof v.target === "string") {
    return { kind: "rel", id: v.id, type: String(v.type), source: v.source, target: v.target };
  }
  // neo4j-driver's Relationship (or the store's plain copy of one outside the graph model):
  // endpoints are internal ids, not ours, so they are not kept.
  const hasStart = ["start", "startNodeElementId", "startElementId"].some((k) => k in v);
  if (typeof v.type === "string" && isObj(v.properties) && hasStart) {
    return { kind: "rel", id: str(v.properties.id), type: v.type, source: null, target: null };
  }
  return null;
}

function asPath(v: unknown, ctx: CellContext): PathCell | null {
  if (!isObj(v)) return null;
  // neo4j-driver's Path: { start, end, segments: [{ start, relationship, end }] }.
  if (Array.isArray(v.segments) && "start" in v && "end" in v) {
    const start = asNode(v.start, ctx);
    if (!start) return null;
    const steps: (NodeCell | RelCell)[] = [start];
    for (const seg of v.segments as unknown[]) {
      if (!isObj(seg)) return null;
      const rel = asRel(seg.relationship);
      const end = asNode(seg.end, ctx);
      if (!rel || !end) return null;
      steps.push(rel, end);
    }
    return { kind: "path", steps };
  }
  // The contract's Path: { nodes, edges } (or `relationships`), in order.
  const rels = Array.isArray(v.edges) ? v.edges : Array.isArray(v.relationships) ? v.relationships : null;
  if (Array.isArray(v.nodes) && rels && v.nodes.length > 0 && rels.length === v.nodes.length - 1) {
    const nodes = (v.nodes as unknown[]).map((n) => asNode(n, ctx));
    const edges = (rels as unknown[]).map(asRel);
    if (nodes.some((n) => !n) || edges.some((e) => !e)) return null;
    const steps: (NodeCell | RelCell)[] = [nodes[0]!];
    edges.forEach((e, i) => steps.push(e!, nodes[i + 1]!));
    return { kind: "path", steps };
  }
  return null;
}

/** JSON on one line with a space after `,` and `:` (so that a narrow cell can wrap it). */
export function compactJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(compactJson).join(", ")}]`;
  if (isObj(v)) {
    const int = neoInteger(v);
    if (int !== null) return String(int);
    const entries = Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== "function");
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}: ${compactJson(x)}`).join(", ")}}`;
  }
  return JSON.stringify(v) ?? String(v);
}

/** How one value of a result row is shown. */
export function toCell(value: unknown, ctx: CellContext): Cell {
  if (value === null || value === undefined) return { kind: "null" };
  if (typeof value === "string") return { kind: "text", text: value };
  if (typeof value === "number" || typeof value === "boolean") return { kind: "value", text: String(value) };
  if (Array.isArray(value)) {
    const items = value.map((v) => toCell(v, ctx));
    // A list of plain values reads best as JSON; one holding graph things as a list of chips.
    return items.some((c) => c.kind === "node" || c.kind === "rel" || c.kind === "path")
      ? { kind: "list", items }
      : { kind: "value", text: compactJson(value) };
  }
  if (isObj(value)) {
    const int = neoInteger(value);
    if (int !== null) return { kind: "value", text: String(int) };
    const graphThing = asPath(value, ctx) ?? asNode(value, ctx) ?? asRel(value);
    if (graphThing) return graphThing;
  }
  return { kind: "value", text: compactJson(value) };
}

/** A cell as one line of plain text (tooltips, copying). */
export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case "node":
      return cell.label;
    case "rel":
      return `:${cell.type}`;
    case "path": {
      let out = "";
      cell.steps.forEach((s, i) => {
        if (s.kind === "node") out += s.label;
        else out += ` ${relArrow(s, cell.steps[i - 1] as NodeCell)} `;
      });
      return out;
    }
    case "list":
      return `[${cell.items.map(cellText).join(", ")}]`;
    case "null":
      return "null";
    case "text":
    case "value":
      return cell.text;
  }
}

/** `-[:TYPE]->`, or `<-[:TYPE]-` when the relationship points back at the node before it. */
export function relArrow(rel: RelCell, before: NodeCell | undefined): string {
  const backwards = rel.target !== null && before?.id != null && rel.target === before.id && rel.source !== before.id;
  return backwards ? `<-[:${rel.type}]-` : `-[:${rel.type}]->`;
}

// ── the canvas ───────────────────────────────────────────────────────────────

/**
 * What the canvas draws for a result: its nodes, and its relationships whose both ends are drawn.
 * A relationship whose end the result did not return brings that end along from the whole graph
 * (`lookup`), so `RETURN r` still draws something.
 */
export function resultGraph(
  result: Pick<CypherResult, "nodes" | "edges">,
  lookup: (id: string) => GraphNode | undefined = () => undefined,
): GraphData {
  const nodes = new Map<string, GraphNode>();
  for (const n of result.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const edges = new Map<string, GraphEdge>();
  for (const e of result.edges) {
    if (edges.has(e.id)) continue;
    for (const end of [e.source, e.target]) {
      const n = nodes.has(end) ? undefined : lookup(end);
      if (n) nodes.set(end, n);
    }
    if (nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

// ── status and errors ────────────────────────────────────────────────────────

export function elapsedLabel(ms: number): string {
  return ms < 1 ? "<1 ms" : `${Math.round(ms).toLocaleString("en")} ms`;
}

export type FailureKind = "needs-neo4j" | "bad-query" | "unavailable" | "network" | "server";

/** What went wrong; the interface names each kind in the reader's language (the cypher catalog). */
export interface CypherFailure {
  kind: FailureKind;
  /** The server's (or the network's) own words. */
  message: string;
}

/** What a failed run means: a refused query, no Neo4j, no server. */
export function describeFailure(err: { status?: number; code?: string; message: string }): CypherFailure {
  const { message } = err;
  if (err.status === 501 || err.code === "not_implemented") return { kind: "needs-neo4j", message };
  if (err.status === 400 || err.code === "bad_request") return { kind: "bad-query", message };
  if (err.status === 503 || err.code === "unavailable") return { kind: "unavailable", message };
  if (err.status === 0 || err.code === "network") return { kind: "network", message };
  return { kind: "server", message };
}

/** Ctrl+Enter, or Cmd+Enter on a Mac; never while an input method is composing (Chinese). */
export function isRunShortcut(e: { key: string; ctrlKey: boolean; metaKey: boolean; isComposing?: boolean }): boolean {
  return e.key === "Enter" && (e.ctrlKey || e.metaKey) && !e.isComposing;
}
