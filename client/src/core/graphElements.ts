/**
 * From graph data to what the canvas shows: the visible subgraph for a type filter and Cytoscape
 * element definitions (names per language, size and label font by core/sizes.ts).
 * Pure; the canvas component feeds the result to Cytoscape.
 */
import type { EdgeType, GraphData, GraphEdge, GraphNode, NodeType } from "../../../contract/graph.js";
import { EDGE_TYPES, NODE_TYPES } from "../../../contract/vocabulary.js";
import type { LevelLook } from "./industryLevel.js";
import { labelPriority } from "./labels.js";
import { displayName, type Lang } from "./names.js";
import { degrees, labelFontSize, labelFontSizeForSize } from "./sizes.js";
import { nodeLook, type NodeStyleInput } from "./styling.js";
import { truncateLabel, wrapLabel } from "./wrap.js";

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
  /** Labels of higher priority are placed first (core/labels.ts). */
  priority: number;
  /** The box of unconnected nodes this node sits in, if any. */
  parent?: string;
}

/** The labelled box that groups the unconnected nodes (a compound node, not a node of the graph). */
export interface CyGroupData {
  id: string;
  label: string;
  group: true;
  /** The title's size (model px), kept about 14 screen px by the canvas. */
  fontSize: number;
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
  /** The box of unconnected nodes, when there is one. */
  groups?: { group: "nodes"; data: CyGroupData }[];
}

/** The id of the box of unconnected nodes. */
export const UNCONNECTED_GROUP = "group:unconnected";

export interface ElementOptions extends NodeStyleInput {
  /** Sizes that replace those by degree (the industry level: core/industryLevel.ts). */
  looks?: ReadonlyMap<string, LevelLook>;
  /** Put the nodes without any link in a box with this title (when there are at least two). */
  unconnectedTitle?: string;
  /** Edge types not drawn (the nodes stay where they are). */
  hiddenEdges?: readonly EdgeType[];
}

const BY_TYPE_AND_DEGREE: NodeStyleInput = { colorBy: "type", sizeBy: "degree" };

export function toCyElements(graph: GraphData, lang: Lang, style: ElementOptions = BY_TYPE_AND_DEGREE): CyElements {
  const deg = degrees(graph);
  // Unconnected in the graph drawn (whatever edge types are hidden): a lone start node is not.
  const lonely = graph.edges.length ? graph.nodes.filter((n) => !deg.get(n.id)).map((n) => n.id) : [];
  const grouped = style.unconnectedTitle && lonely.length >= 2 ? new Set(lonely) : null;
  let maxB = 0;
  if (style.sizeBy === "betweenness" && style.betweenness)
    for (const n of graph.nodes) maxB = Math.max(maxB, style.betweenness.get(n.id) ?? 0);
  const nodes = graph.nodes.map((n) => {
    const degree = deg.get(n.id) ?? 0;
    const full = displayName(n, lang);
    const look = nodeLook(n, degree, style, maxB);
    const level = style.looks?.get(n.id);
    // Labels follow the size: a big node (by degree or betweenness) keeps its label longest.
    const fontSize = level?.fontSize ?? (style.sizeBy === "degree" ? labelFontSize(degree) : labelFontSizeForSize(look.size));
    const data: CyNodeData = {
      id: n.id,
      type: n.type,
      // An industry's name is the one to read in full: short lines rather than one cut.
      label: n.type === "Industry" ? wrapLabel(full, 18, 3).text : truncateLabel(full),
      fullLabel: full,
      degree,
      size: level?.size ?? look.size,
      fontSize,
      color: look.color,
      priority: labelPriority(n.type, degree, fontSize),
    };
    if (grouped?.has(n.id)) data.parent = UNCONNECTED_GROUP;
    return { group: "nodes" as const, data };
  });
  const off = new Set(style.hiddenEdges ?? []);
  const edges = graph.edges
    .filter((e) => !off.has(e.type))
    .map((e) => ({
      group: "edges" as const,
      data: { id: e.id, type: e.type, source: e.source, target: e.target },
    }));
  const groups = grouped
    ? [{ group: "nodes" as const, data: { id: UNCONNECTED_GROUP, label: style.unconnectedTitle!, group: true as const, fontSize: 14 } }]
    : [];
  return { nodes, edges, groups };
}

/** Edges per type, in contract order, the types without an edge left out. */
export function edgeTypeCounts(graph: Pick<GraphData, "edges">): [EdgeType, number][] {
  const counts = new Map<EdgeType, number>();
  for (const e of graph.edges) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return EDGE_TYPES.filter((t) => counts.has(t)).map((t) => [t, counts.get(t)!]);
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
