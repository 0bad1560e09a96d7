/** The layouts offered in the sidebar and their Cytoscape options (pure, no Cytoscape import). */
import { NODE_TYPES } from "../../../contract/graph.js";

export const LAYOUT_NAMES = ["fcose", "concentric", "grid", "breadthfirst"] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];
export const DEFAULT_LAYOUT: LayoutName = "fcose";

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: "Force-directed (fcose)",
  concentric: "Concentric (by degree)",
  grid: "Grid (by type)",
  breadthfirst: "Hierarchy (from the plan)",
};

export function isLayoutName(s: string): s is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(s);
}

/** The little of a Cytoscape node the option callbacks read (so this module stays pure). */
export interface LayoutNode {
  data(key: string): unknown;
}

const typeRank = (n: LayoutNode) => (NODE_TYPES as readonly unknown[]).indexOf(n.data("type"));
const degreeOf = (n: LayoutNode) => Number(n.data("degree")) || 0;

export interface LayoutContext {
  /** Ids of the nodes a hierarchy starts from (the Plan, else the industries). */
  roots: string[];
  nodeCount: number;
}

/** Options for `cy.layout(...)`. Not animated, so the canvas is settled when the layout returns. */
export function layoutOptions(name: LayoutName, ctx: LayoutContext): { name: string } & Record<string, unknown> {
  const common = { animate: false, fit: true, padding: 40 };
  switch (name) {
    case "fcose":
      return {
        ...common,
        name: "fcose",
        quality: ctx.nodeCount > 800 ? "draft" : "default",
        randomize: true,
        nodeDimensionsIncludeLabels: true,
        packComponents: true,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 70,
        edgeElasticity: () => 0.45,
        gravity: 0.3,
        gravityRange: 3.8,
        numIter: 2500,
        nodeSeparation: 90,
        tile: true,
      };
    case "concentric":
      return {
        ...common,
        name: "concentric",
        // Hubs in the middle; the rings are degree bands rather than every distinct degree.
        concentric: (n: LayoutNode) => Math.round(Math.log2(1 + degreeOf(n)) * 2),
        levelWidth: () => 1,
        minNodeSpacing: 12,
        avoidOverlap: true,
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
        spacingFactor: 1.1,
        avoidOverlap: true,
        circle: false,
      };
  }
}
