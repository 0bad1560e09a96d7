/**
 * How nodes are coloured (by type, or by Louvain community) and sized (by degree, or by
 * betweenness), and the community legend. Pure; the statistics come from core/graphStats.ts, the
 * sizes from core/sizes.ts.
 */
import type { GraphData } from "../../../contract/graph.js";
import { displayName, type Lang } from "./names.js";
import { betweennessSize, degrees, nodeSize } from "./sizes.js";
import { NODE_THEME } from "./theme.js";

export const COLOR_BY = ["type", "community"] as const;
export type ColorBy = (typeof COLOR_BY)[number];
export const SIZE_BY = ["degree", "betweenness"] as const;
export type SizeBy = (typeof SIZE_BY)[number];


export const isColorBy = (s: string): s is ColorBy => (COLOR_BY as readonly string[]).includes(s);
export const isSizeBy = (s: string): s is SizeBy => (SIZE_BY as readonly string[]).includes(s);

/**
 * Twelve community colours (Paul Tol's "bright" and "light" schemes, distinguishable side by
 * side); communities past the twelfth (small ones: they are numbered largest first) are grey.
 */
export const COMMUNITY_COLORS = [
  "#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377",
  "#EE8866", "#44BB99", "#BBCC33", "#994455", "#77AADD", "#DDAA33",
] as const;
export const OTHER_COMMUNITY_COLOR = "#BBBBBB";

export function communityColor(index: number): string {
  return COMMUNITY_COLORS[index] ?? OTHER_COMMUNITY_COLOR;
}

export interface NodeStyleInput {
  colorBy: ColorBy;
  sizeBy: SizeBy;
  /** Community index per node id (when colouring by community). */
  communities?: ReadonlyMap<string, number> | null;
  /** Betweenness per node id (when sizing by betweenness). */
  betweenness?: ReadonlyMap<string, number> | null;
}

/** A node's fill and diameter; falls back to type colour and degree size while statistics load. */
export function nodeLook(
  node: { id: string; type: keyof typeof NODE_THEME },
  degree: number,
  style: NodeStyleInput,
  maxBetweenness: number,
): { color: string; size: number } {
  const community = style.colorBy === "community" ? style.communities?.get(node.id) : undefined;
  const color = community === undefined ? NODE_THEME[node.type].color : communityColor(community);
  const b = style.sizeBy === "betweenness" ? style.betweenness?.get(node.id) : undefined;
  const size = b === undefined ? nodeSize(degree) : betweennessSize(b, maxBetweenness);
  return { color, size };
}

export interface CommunitySummary {
  index: number;
  color: string;
  count: number;
  /** The names of its best-connected members, largest degree first. */
  members: string[];
}

/** The legend when colouring by community: each community, its size and largest members. */
export function communityLegend(
  graph: GraphData,
  communityOf: ReadonlyMap<string, number>,
  lang: Lang,
  top = 3,
): CommunitySummary[] {
  const degree = degrees(graph);
  const byIndex = new Map<number, GraphData["nodes"]>();
  for (const n of graph.nodes) {
    const c = communityOf.get(n.id);
    if (c === undefined) continue;
    if (!byIndex.has(c)) byIndex.set(c, []);
    byIndex.get(c)!.push(n);
  }
  return [...byIndex.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([index, nodes]) => ({
      index,
      color: communityColor(index),
      count: nodes.length,
      members: [...nodes]
        .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1))
        .slice(0, top)
        .map((n) => displayName(n, lang)),
    }));
}
