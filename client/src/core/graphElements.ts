/**
 * From graph data to what the canvas shows: the visible subgraph for a type filter, display names
 * per language, and Cytoscape element definitions (degree-scaled size and label font).
 * Pure; the canvas component feeds the result to Cytoscape.
 */
import type { GraphData, GraphEdge, GraphNode, NodeType } from "../../../contract/graph.js";
import { NODE_TYPES } from "../../../contract/vocabulary.js";
import { nodeLook, type NodeStyleInput } from "./styling.js";
import type { Lang } from "./viewState.js";

/** The nodes of the given types and the edges whose both ends are among them. */
export function visibleGraph(graph: GraphData, types: readonly NodeType[]): GraphData {
  const shown = new Set(types);
  const nodes = graph.nodes.filter((n) => shown.has(n.type));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes, edges };
}

export function displayName(node: Pick<GraphNode, "name" | "nameEn">, lang: Lang): string {
  return lang === "en" && node.nameEn ? node.nameEn : node.name;
}

/** Fallback name for an id whose node is unknown: the key after the type prefix. */
export function nameFromId(id: string): string {
  const i = id.indexOf(":");
  return i >= 0 ? id.slice(i + 1) : id;
}

/** Display width: CJK and other wide characters count 2, the rest 1. */
function charWidth(ch: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
    ch,
  )
    ? 2
    : 1;
}

/** Shorten a label to `max` display columns (CJK counts 2), the closing "…" included. */
export function truncateLabel(label: string, max = 24): string {
  const chars = [...label];
  const widths = chars.map(charWidth);
  if (widths.reduce((a, b) => a + b, 0) <= max) return label;
  let width = 0;
  let i = 0;
  while (i < chars.length && width + widths[i] <= max - 1) width += widths[i++];
  return chars.slice(0, i).join("").trimEnd() + "…";
}

export function degrees(graph: GraphData): Map<string, number> {
  const d = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
  for (const e of graph.edges) {
    d.set(e.source, (d.get(e.source) ?? 0) + 1);
    if (e.target !== e.source) d.set(e.target, (d.get(e.target) ?? 0) + 1);
  }
  return d;
}

/** Node diameter in px: grows with the square root of the degree, capped. */
export function nodeSize(degree: number): number {
  return Math.round(Math.min(80, 16 + 6 * Math.sqrt(degree)));
}

/**
 * Label font size in px: hubs get large labels, leaves small ones, so that at low zoom
 * (below the stylesheet's min-zoomed-font-size) only the hubs keep their labels.
 */
export function labelFontSize(degree: number): number {
  return Math.round(Math.min(26, 10 + 2.2 * Math.sqrt(degree)));
}

export interface CyNodeData {
  id: string;
  type: NodeType;
  label: string;
  /** The full name, for tooltips. */
  fullLabel: string;
  degree: number;
  size: number;
  fontSize: number;
  /** Fill: the type's colour, or the community's (core/styling.ts). */
  color: string;
}

export interface CyEdgeData {
  id: string;
  type: GraphEdge["type"];
  source: string;
  target: string;
}

export interface CyElements {
  nodes: { group: "nodes"; data: CyNodeData }[];
  edges: { group: "edges"; data: CyEdgeData }[];
}

const BY_TYPE_AND_DEGREE: NodeStyleInput = { colorBy: "type", sizeBy: "degree" };

export function toCyElements(graph: GraphData, lang: Lang, style: NodeStyleInput = BY_TYPE_AND_DEGREE): CyElements {
  const deg = degrees(graph);
  let maxB = 0;
  if (style.sizeBy === "betweenness" && style.betweenness)
    for (const n of graph.nodes) maxB = Math.max(maxB, style.betweenness.get(n.id) ?? 0);
  const nodes = graph.nodes.map((n) => {
    const degree = deg.get(n.id) ?? 0;
    const full = displayName(n, lang);
    const look = nodeLook(n, degree, style, maxB);
    return {
      group: "nodes" as const,
      data: {
        id: n.id,
        type: n.type,
        label: truncateLabel(full),
        fullLabel: full,
        degree,
        size: look.size,
        // Labels follow the size: a big node (by degree or betweenness) keeps its label longest.
        fontSize: style.sizeBy === "degree" ? labelFontSize(degree) : Math.round(Math.min(26, 10 + (look.size - 16) / 4)),
        color: look.color,
      },
    };
  });
  const edges = graph.edges.map((e) => ({
    group: "edges" as const,
    data: { id: e.id, type: e.type, source: e.source, target: e.target },
  }));
  return { nodes, edges };
}

export function countByType(nodes: readonly Pick<GraphNode, "type">[]): Record<NodeType, number> {
  const counts = Object.fromEntries(NODE_TYPES.map((t) => [t, 0])) as Record<NodeType, number>;
  for (const n of nodes) counts[n.type] += 1;
  return counts;
}

/** Where a hierarchy starts: the plan, or failing that the industries. */
export function hierarchyRoots(graph: GraphData): string[] {
  const plans = graph.nodes.filter((n) => n.type === "Plan").map((n) => n.id);
  return plans.length ? plans : graph.nodes.filter((n) => n.type === "Industry").map((n) => n.id);
}
