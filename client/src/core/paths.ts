/**
 * The path view: paths between two nodes told in words, and the union of the paths laid out left
 * to right (the start in the first column, the end in the last). Pure.
 *
 *   集成电路 —供给→ 新能源汽车和智能网联汽车 —重点区县→ 两江新区
 *   气凝胶 ←涵盖— 先进材料 —供给→ 新能源汽车和智能网联汽车
 *
 * The arrow shows the edge's real direction: "—供给→" when the path walks the edge from its source
 * to its target, "←供给—" when it walks it backwards.
 */
import type { Path } from "../../../contract/api.js";
import type { EdgeType, GraphEdge, GraphNode, NodeType } from "../../../contract/graph.js";
import { EDGE_TYPES } from "../../../contract/vocabulary.js";
import { messagesFor } from "./i18n/index.js";
import { displayName, type Lang } from "./names.js";
import { wrapLabel } from "./wrap.js";

/** How an edge type reads from its source to its target (the path catalog's verbs). */
export function edgeVerb(type: EdgeType, lang: Lang): string {
  return messagesFor(lang).path.verb(type);
}

export type PathStep =
  | { kind: "node"; id: string; name: string; type: NodeType }
  | { kind: "edge"; id: string; type: EdgeType; verb: string; forward: boolean; text: string };

/** "—供给→" walking an edge forwards, "←供给—" backwards. */
export function edgeText(verb: string, forward: boolean): string {
  return forward ? `—${verb}→` : `←${verb}—`;
}

/** A path as alternating node and edge steps. */
export function pathSteps(path: Path, lang: Lang): PathStep[] {
  const steps: PathStep[] = [];
  path.nodes.forEach((n, i) => {
    steps.push({ kind: "node", id: n.id, name: displayName(n, lang), type: n.type });
    const e = path.edges[i];
    if (!e || i === path.nodes.length - 1) return;
    // Forward when the edge goes from this node to the next (a self-loop or unknown end: forward).
    const forward = !(e.source === path.nodes[i + 1]?.id && e.target === n.id);
    const verb = edgeVerb(e.type, lang);
    steps.push({ kind: "edge", id: e.id, type: e.type, verb, forward, text: edgeText(verb, forward) });
  });
  return steps;
}

/** The path in one line of words. */
export function pathSentence(path: Path, lang: Lang): string {
  return pathSteps(path, lang)
    .map((s) => (s.kind === "node" ? s.name : ` ${s.text} `))
    .join("");
}

// ── connection types ────────────────────────────────────────────────────────

/** The connection types a "supply links only" filter keeps: industry and product supply. */
export const SUPPLY_TYPES: readonly EdgeType[] = ["SUPPLIES", "FEEDS"];

/** How many edges of each type the paths hold (each edge once), in the vocabulary's order. */
export function edgeTypeCounts(paths: readonly Path[]): [EdgeType, number][] {
  const seen = new Map<string, EdgeType>();
  for (const p of paths) for (const e of p.edges) seen.set(e.id, e.type);
  const counts = new Map<EdgeType, number>();
  for (const t of seen.values()) counts.set(t, (counts.get(t) ?? 0) + 1);
  return EDGE_TYPES.filter((t) => counts.has(t)).map((t) => [t, counts.get(t)!]);
}

/** The first `k` paths that use only the `shown` types (null: every type). */
export function filterPaths(paths: readonly Path[], shown: readonly EdgeType[] | null, k: number): Path[] {
  const ok = shown === null ? () => true : (p: Path) => p.edges.every((e) => shown.includes(e.type));
  return paths.filter(ok).slice(0, k);
}

// ── layout ──────────────────────────────────────────────────────────────────

export const PATH_GEOMETRY = { columnGap: 220, rowGap: 36, lineHeight: 15, labelCols: 16, nodeSize: 24 } as const;
/** Top to bottom (narrow canvases): a step per row, a path per column of this width, shorter lines. */
export const PATH_GEOMETRY_DOWN = { columnWidth: 118, stepGap: 34, labelCols: 11 } as const;

export interface PathNodeData {
  id: string;
  type: NodeType;
  label: string;
  fullLabel: string;
  size: number;
  fontSize: number;
  degree: number;
  /** "end" for the two chosen nodes. */
  role: "end" | "node";
  /** Indexes of the paths through this node. */
  paths: number[];
}

export interface PathEdgeData {
  id: string;
  type: EdgeType;
  source: string;
  target: string;
  /** The verb, read from source to target. */
  verb: string;
  paths: number[];
}

export interface PathElements {
  nodes: { group: "nodes"; data: PathNodeData; position: { x: number; y: number } }[];
  edges: { group: "edges"; data: PathEdgeData }[];
}

/**
 * The union of the paths, left to right, one row per path: a node stands in the row of the first
 * path through it, in the column of its place in that path; the two ends stand in the first row,
 * the end node in the last column. Rows are as tall as their tallest label.
 */
export function pathLayout(paths: Path[], lang: Lang, direction: "right" | "down" = "right"): PathElements {
  const g = PATH_GEOMETRY;
  const down = direction === "down";
  if (!paths.length) return { nodes: [], edges: [] };
  const first = paths[0].nodes[0]?.id;
  const last = paths[0].nodes[paths[0].nodes.length - 1]?.id;
  const nodes = new Map<string, GraphNode>();
  const place = new Map<string, { col: number; row: number }>();
  const nodePaths = new Map<string, number[]>();
  const edges = new Map<string, GraphEdge>();
  const edgePaths = new Map<string, number[]>();
  const add = (m: Map<string, number[]>, id: string, i: number) => {
    const list = m.get(id) ?? [];
    if (!list.includes(i)) list.push(i);
    m.set(id, list);
  };
  const lastCol = Math.max(...paths.map((p) => p.nodes.length - 1));
  paths.forEach((p, pi) => {
    p.nodes.forEach((n, i) => {
      nodes.set(n.id, n);
      if (!place.has(n.id)) place.set(n.id, { col: i, row: pi });
      add(nodePaths, n.id, pi);
    });
    for (const e of p.edges) {
      edges.set(e.id, e);
      add(edgePaths, e.id, pi);
    }
  });
  if (first !== undefined) place.set(first, { col: 0, row: 0 });
  if (last !== undefined && last !== first) place.set(last, { col: lastCol, row: 0 });

  const labels = new Map([...nodes.values()].map((n) => [n.id, wrapLabel(displayName(n, lang), down ? PATH_GEOMETRY_DOWN.labelCols : g.labelCols, 3)]));
  const rowCount = Math.max(...[...place.values()].map((p) => p.row)) + 1;
  const rowHeights = Array.from({ length: rowCount }, () => 0);
  for (const [id, p] of place) {
    const big = id === first || id === last;
    const h = (big ? 32 : g.nodeSize) + 4 + labels.get(id)!.lines * g.lineHeight + g.rowGap;
    rowHeights[p.row] = Math.max(rowHeights[p.row], h);
  }
  const rowTop = rowHeights.map((_, i) => rowHeights.slice(0, i).reduce((a, b) => a + b, 0));
  const pos = new Map<string, { x: number; y: number }>();
  if (down) {
    // Steps are rows, as tall as their tallest label; paths are columns.
    const stepHeights = Array.from({ length: lastCol + 1 }, () => 0);
    for (const [id, p] of place) {
      const big = id === first || id === last;
      const h = (big ? 32 : g.nodeSize) + 4 + labels.get(id)!.lines * g.lineHeight + PATH_GEOMETRY_DOWN.stepGap;
      stepHeights[p.col] = Math.max(stepHeights[p.col], h);
    }
    const stepTop = stepHeights.map((_, i) => stepHeights.slice(0, i).reduce((a, b) => a + b, 0));
    for (const [id, p] of place) pos.set(id, { x: p.row * PATH_GEOMETRY_DOWN.columnWidth, y: stepTop[p.col] + 16 });
  } else {
    for (const [id, p] of place) pos.set(id, { x: p.col * g.columnGap, y: rowTop[p.row] + 16 });
  }
  return {
    nodes: [...nodes.values()].map((n) => ({
      group: "nodes" as const,
      data: {
        id: n.id,
        type: n.type,
        label: labels.get(n.id)!.text,
        fullLabel: displayName(n, lang),
        size: n.id === first || n.id === last ? 32 : g.nodeSize,
        fontSize: n.id === first || n.id === last ? 14 : 12,
        degree: 0,
        role: n.id === first || n.id === last ? ("end" as const) : ("node" as const),
        paths: nodePaths.get(n.id)!,
      },
      position: pos.get(n.id)!,
    })),
    edges: [...edges.values()].map((e) => ({
      group: "edges" as const,
      data: {
        id: e.id,
        type: e.type,
        source: e.source,
        target: e.target,
        verb: edgeVerb(e.type, lang),
        paths: edgePaths.get(e.id)!,
      },
    })),
  };
}
