/**
 * The chain view's vocabulary, shared by the layout's phases (core/chainLayout.ts): lanes, bands,
 * the geometry they are drawn with, and the element data the canvas reads. Pure.
 */
import type { Chain, ChainLink } from "../../../contract/api.js";
import type { EdgeType, NodeType } from "../../../contract/graph.js";

export type LaneId = "upstream" | "industry" | "products" | "downstream";
/** Where a node stands: a lane, or the backing band under them. */
export type Place = LaneId | "backing";
export type LinkSide = "upstream" | "internal" | "downstream";

/** The lanes left to right. */
export const LANE_IDS: readonly LaneId[] = ["upstream", "industry", "products", "downstream"];

export const CHAIN_GEOMETRY = {
  fontSize: 13,
  lineHeight: 16,
  /** Columns of a wrapped label (a CJK character is 2): 7 characters. */
  labelCols: 14,
  /** Backing nodes' labels (long project names): 8 characters, 3 lines. */
  backingCols: 16,
  /** Horizontal distance between lanes, and between columns inside a lane. */
  laneGap: 175,
  columnGap: 140,
  /** Least distance between two backing nodes in a row (their labels are ≤ 8 characters). */
  backingGap: 125,
  /** Vertical space between one row's label and the next row's node. */
  rowGap: 14,
  /** Between the industry band and the product band. */
  bandGap: 40,
  /** Between groups inside a lane (industries/products, projects/platforms). */
  groupGap: 26,
} as const;

export interface ChainNodeData {
  id: string;
  type: NodeType;
  /** Wrapped ("\n" between lines). */
  label: string;
  fullLabel: string;
  lines: number;
  lane: Place;
  size: number;
  fontSize: number;
  /** Read by the shared stylesheet (z-index). */
  degree: number;
  /** "focus": the chain's industry. */
  role: "focus" | "node";
}

export interface ChainEdgeData {
  id: string;
  type: EdgeType;
  source: string;
  target: string;
  /** For links: which side of the chain; structure edges (HAS_DIRECTION, COVERS) have none. */
  side?: LinkSide;
  /** A link with nothing behind it. */
  gap?: boolean;
  /** The backing in a few characters ("项目2 平台1", "缺口"); "" for structure edges. */
  badge: string;
  /** Ids of the projects, platforms and districts behind the link. */
  backers: string[];
}

export interface ChainElements {
  nodes: { group: "nodes"; data: ChainNodeData; position: { x: number; y: number } }[];
  edges: { group: "edges"; data: ChainEdgeData; classes: string }[];
}

export interface Lane {
  id: LaneId;
  title: string;
  /** Centre x of the lane and its left/right edges (model coordinates). */
  x: number;
  x1: number;
  x2: number;
}

export interface ChainLayout {
  elements: ChainElements;
  lanes: Lane[];
  /** Lines across the lanes: where the product band and the backing band start. */
  dividers: { y: number; title: string }[];
}

/** A link of the chain with the side it is on. */
export type SidedLink = ChainLink & { side: LinkSide };

/** The chain's links in chain order: upstream, internal, downstream. */
export function sidedLinks(chain: Pick<Chain, "upstream" | "internal" | "downstream">): SidedLink[] {
  return [
    ...chain.upstream.map((l) => ({ ...l, side: "upstream" as const })),
    ...chain.internal.map((l) => ({ ...l, side: "internal" as const })),
    ...chain.downstream.map((l) => ({ ...l, side: "downstream" as const })),
  ];
}

export function backersOf(l: Pick<ChainLink, "backing">): string[] {
  return [...l.backing.projects, ...l.backing.platforms, ...l.backing.districts];
}

/** Node diameter: the chain's industry largest, other industries next, the rest small. */
export const chainNodeSize = (type: NodeType, focus: boolean) => (focus ? 38 : type === "Industry" ? 26 : 18);

/** Height a row takes: the node, the gap to its label, the label's lines, then the gap to the next. */
export function rowHeight(size: number, lines: number): number {
  const g = CHAIN_GEOMETRY;
  return size + 4 + lines * g.lineHeight + g.rowGap;
}
