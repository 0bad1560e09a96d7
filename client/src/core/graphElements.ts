/**
 * From graph data to what the canvas shows: the visible subgraph for a type filter and Cytoscape
 * element definitions (names per language, size and label font by core/sizes.ts).
 * Pure; the canvas component feeds the result to Cytoscape.
 */
import type { GraphData, GraphEdge, GraphNode, NodeType } from "../../../contract/graph.js";
import { NODE_TYPES } from "../../../contract/vocabulary.js";
import { displayName, type Lang } from "./names.js";
import { degrees, labelFontSize, labelFontSizeForSize } from "./sizes.js";
import { nodeLook, type NodeStyleInput } from "./styling.js";
import { truncateLabel } from "./wrap.js";

/** The nodes of the given types and the edges whose both ends are among them. */
export function visibleGraph(graph: GraphData, types: readonly NodeType[]): GraphData {
  const shown = new Set(types);
  const nodes = graph.nodes.filter((n) => shown.has(n.type));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes, edges };
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
        fontSize: style.sizeBy === "degree" ? labelFontSize(degree) : labelFontSizeForSize(look.size),
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
