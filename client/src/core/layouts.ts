/** The layouts offered in the sidebar and their Cytoscape options (pure, no Cytoscape import). */
import { NODE_TYPES } from "../../../contract/vocabulary.js";

export const LAYOUT_NAMES = ["fcose", "dagre", "concentric", "grid", "breadthfirst"] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];
export const DEFAULT_LAYOUT: LayoutName = "fcose";

export function isLayoutName(s: string): s is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(s);
}

/** The layered layout's direction: ranks left to right (upstream → downstream) or top to bottom. */
export const DIRECTIONS = ["LR", "TB"] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DEFAULT_DIRECTION: Direction = "LR";
export const isDirection = (s: string): s is Direction => (DIRECTIONS as readonly string[]).includes(s);

/** Layouts that come from a Cytoscape extension, loaded lazily (a chunk of its own) on first use. */
export function layoutExtension(name: LayoutName): "fcose" | "dagre" | null {
  return name === "fcose" || name === "dagre" ? name : null;
}

/** Above this many nodes, layout transitions are not animated (hundreds of tweens stutter). */
export const ANIMATE_MAX_NODES = 800;
export const LAYOUT_ANIMATION_MS = 400;

export function animateLayout(nodeCount: number): boolean {
  return nodeCount > 0 && nodeCount <= ANIMATE_MAX_NODES;
}

/** The little of a Cytoscape node the option callbacks read (so this module stays pure). */
export interface LayoutNode {
  data(key: string): unknown;
}

const typeRank = (n: LayoutNode) => (NODE_TYPES as readonly unknown[]).indexOf(n.data("type"));
const degreeOf = (n: LayoutNode) => Number(n.data("degree")) || 0;

/** The little of a Cytoscape edge the option callbacks read. */
export interface LayoutEdge {
  source(): LayoutNode;
  target(): LayoutNode;
}

/**
 * Edges at a hub are longer, so that its many leaves sit on a wider circle with room for labels;
 * and as long again as the two nodes are big (the industry level's industries are large).
 */
export function idealEdgeLength(e: LayoutEdge): number {
  const hub = Math.max(degreeOf(e.source()), degreeOf(e.target()));
  const sizes = (Number(e.source().data("size")) || 0) + (Number(e.target().data("size")) || 0);
  return 45 + 9 * Math.sqrt(hub) + sizes;
}

/**
 * Big nodes push harder, so that the industry level's large industries keep room for their labels
 * between them (by the node's area, from the 12000 that suits the small ones).
 */
export function nodeRepulsion(n: LayoutNode): number {
  const size = Number(n.data("size")) || 30;
  return 12000 * Math.max(1, (size / 30) ** 2);
}

/** Concentric rings: a higher value is nearer the centre. */
export const RING: Record<string, number> = {
  Plan: 6,
  Indicator: 5,
  Program: 5,
  Industry: 4,
  District: 3,
  Direction: 2,
  Product: 2,
  Project: 1,
  Platform: 1,
};

export interface LayoutContext {
  /** Ids of the nodes a hierarchy starts from (the Plan, else the industries). */
  roots: string[];
  nodeCount: number;
  /** The layered layout's direction (default LR). */
  direction?: Direction;
  /**
   * The layout runs in the layout worker, where time does not freeze the page: the force layout
   * refines its draft there (a draft alone folds a large graph into lines), with fewer iterations
   * the larger the graph, so that 5k nodes still finish in seconds.
   */
  offThread?: boolean;
}

/** fcose's refinement iterations for a graph of `nodeCount` nodes laid out off the main thread. */
export function offThreadIterations(nodeCount: number): number {
  return Math.max(300, Math.min(2500, Math.round((2500 * 1500) / Math.max(nodeCount, 1))));
}

/** A square in which `n` nodes on the outer circle get ~40 px each. */
export function squareFor(n: number): { x1: number; y1: number; w: number; h: number } {
  const side = Math.max(600, Math.round((n * 40) / Math.PI));
  return { x1: 0, y1: 0, w: side, h: side };
}

type Point = { x: number; y: number };

/**
 * Where the unconnected nodes go: a grid under `main` (the laid-out graph's box), each cell wide
 * enough for the widest label (`labelWidth`, model px) so that every label shows in its box.
 */
export function gridBelow(main: { x1: number; y2: number; w: number }, count: number, labelWidth: number): Point[] {
  const cellW = Math.max(60, labelWidth + 24);
  const cellH = 64;
  const cols = Math.max(1, Math.min(count, Math.floor(Math.max(main.w, 4 * cellW) / cellW)));
  return Array.from({ length: count }, (_, i) => ({
    x: main.x1 + cellW / 2 + (i % cols) * cellW,
    y: main.y2 + 120 + Math.floor(i / cols) * cellH,
  }));
}

/**
 * Start positions for `count` new nodes round `anchor`: rings outside radius `inner`, about `gap`
 * px apart, so that a constrained layout only has to settle them (ui/cyActions.ts).
 */
export function ringAround(anchor: Point, count: number, inner: number, gap = 70): Point[] {
  const out: Point[] = [];
  let r = Math.max(inner, gap);
  while (out.length < count) {
    const fits = Math.max(6, Math.floor((2 * Math.PI * r) / gap));
    const here = Math.min(fits, count - out.length);
    for (let i = 0; i < here; i++) {
      const a = (2 * Math.PI * i) / here + r / 97; // rings turned a little against each other
      out.push({ x: anchor.x + r * Math.cos(a), y: anchor.y + r * Math.sin(a) });
    }
    r += gap;
  }
  return out;
}

/**
 * fcose settling new nodes among drawn ones that stay where they are (`fixed`): an expand keeps
 * the picture. Starts from the current positions, no packing (it would move the drawn nodes).
 */
export function placementOptions(fixed: { nodeId: string; position: Point }[], nodeCount: number) {
  return {
    ...layoutOptions("fcose", { roots: [], nodeCount }),
    randomize: false,
    packComponents: false,
    tile: false,
    fixedNodeConstraint: fixed,
  };
}

/**
 * Options for `cy.layout(...)`. Not animated, so the canvas is settled when `run()` returns: the
 * canvas animates the move from the old positions to the new ones itself (ui/cyActions.ts).
 */
export function layoutOptions(name: LayoutName, ctx: LayoutContext): { name: string } & Record<string, unknown> {
  // Labels do not count as part of a node: most are hidden at overview zoom (core/labels.ts), and
  // counting hundreds of long ones blows rings and grids up. The canvas fits the result itself.
  const common = { animate: false, fit: false, padding: 40, nodeDimensionsIncludeLabels: false };
  switch (name) {
    case "fcose":
      return {
        ...common,
        name: "fcose",
        quality: ctx.nodeCount > 800 && !ctx.offThread ? "draft" : "default",
        randomize: true,
        packComponents: true,
        nodeRepulsion,
        idealEdgeLength,
        edgeElasticity: () => 0.45,
        gravity: 0.3,
        gravityRange: 3.8,
        numIter: ctx.offThread ? offThreadIterations(ctx.nodeCount) : 2500,
        nodeSeparation: 90,
        tile: true,
      };
    case "dagre":
      return {
        ...common,
        name: "dagre",
        // Ranks follow the edges' direction: plan → industries → directions → products, and
        // upstream → downstream along FEEDS/SUPPLIES.
        rankDir: ctx.direction ?? DEFAULT_DIRECTION,
        nodeSep: 14,
        rankSep: 90,
        edgeSep: 6,
        ranker: "network-simplex",
      };
    case "concentric":
      return {
        ...common,
        name: "concentric",
        // Rings by type, from the plan outwards: industries, districts, products, then the many
        // projects and platforms on the outside.
        concentric: (n: LayoutNode) => RING[String(n.data("type"))] ?? 0,
        levelWidth: () => 1,
        minNodeSpacing: 18,
        avoidOverlap: true,
        equidistant: false,
      };
    case "grid":
      return {
        ...common,
        name: "grid",
        avoidOverlap: true,
        condense: true,
        sort: (a: LayoutNode, b: LayoutNode) =>
          typeRank(a) - typeRank(b) || degreeOf(b) - degreeOf(a),
      };
    case "breadthfirst":
      return {
        ...common,
        name: "breadthfirst",
        directed: false,
        roots: ctx.roots.length ? ctx.roots : undefined,
        avoidOverlap: true,
        // A radial tree: the plan's levels are far too wide for rows. Cytoscape spaces the rings by
        // the bounding box, not by how many nodes they hold: size it so the outer ring has room.
        circle: true,
        boundingBox: squareFor(ctx.nodeCount),
      };
  }
}
