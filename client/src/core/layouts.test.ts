import { describe, expect, it } from "vitest";
import { NODE_TYPES } from "../../../contract/vocabulary.js";
import {
  LAYOUT_NAMES,
  RING,
  animateLayout,
  idealEdgeLength,
  isDirection,
  layoutExtension,
  isLayoutName,
  gridBelow,
  layoutOptions,
  nodeRepulsion,
  placementOptions,
  ringAround,
  squareFor,
  type LayoutNode,
} from "./layouts.js";

const node = (data: Record<string, unknown>): LayoutNode => ({ data: (k) => data[k] });

describe("layouts", () => {
  it("offers fcose, dagre, concentric, grid and breadthfirst, none animated or self-fitting", () => {
    expect(LAYOUT_NAMES).toEqual(["fcose", "dagre", "concentric", "grid", "breadthfirst"]);
    for (const name of LAYOUT_NAMES) {
      const o = layoutOptions(name, { roots: ["plan:x"], nodeCount: 100 });
      expect(o.name).toBe(name);
      expect(o.animate).toBe(false);
      expect(o.fit).toBe(false);
    }
    expect(isLayoutName("cose")).toBe(false);
  });

  it("lays dagre out in the chosen direction, and places an expand's new nodes with the drawn ones fixed", () => {
    expect(layoutOptions("dagre", { roots: [], nodeCount: 10 }).rankDir).toBe("LR");
    expect(layoutOptions("dagre", { roots: [], nodeCount: 10, direction: "TB" }).rankDir).toBe("TB");
    expect(layoutOptions("fcose", { roots: [], nodeCount: 10 }).randomize).toBe(true);
    const fixed = [{ nodeId: "a", position: { x: 1, y: 2 } }];
    expect(placementOptions(fixed, 10)).toMatchObject({ name: "fcose", randomize: false, packComponents: false, fixedNodeConstraint: fixed });
    expect(isDirection("LR") && isDirection("TB") && !isDirection("RL")).toBe(true);
  });

  it("loads only the extension layouts lazily, and animates up to 800 nodes", () => {
    expect(LAYOUT_NAMES.map(layoutExtension)).toEqual(["fcose", "dagre", null, null, null]);
    expect(animateLayout(800)).toBe(true);
    expect(animateLayout(801)).toBe(false);
    expect(animateLayout(0)).toBe(false);
  });

  it("pushes big nodes apart harder", () => {
    expect(nodeRepulsion(node({ size: 20 }))).toBe(12000);
    expect(nodeRepulsion(node({ size: 60 }))).toBe(48000);
  });

  it("lengthens edges at hubs", () => {
    const leaf = node({ degree: 1 });
    const hub = node({ degree: 49 });
    expect(idealEdgeLength({ source: () => hub, target: () => leaf })).toBeGreaterThan(
      idealEdgeLength({ source: () => leaf, target: () => leaf }),
    );
    const big = node({ degree: 1, size: 80 });
    expect(idealEdgeLength({ source: () => big, target: () => leaf })).toBe(idealEdgeLength({ source: () => leaf, target: () => leaf }) + 80);
  });

  it("rings every node type, the plan in the middle", () => {
    for (const t of NODE_TYPES) expect(RING[t]).toBeGreaterThan(0);
    const concentric = layoutOptions("concentric", { roots: [], nodeCount: 1 }).concentric as (n: LayoutNode) => number;
    expect(concentric(node({ type: "Plan" }))).toBeGreaterThan(concentric(node({ type: "Project" })));
  });

  it("sorts the grid by type, then by degree", () => {
    const sort = layoutOptions("grid", { roots: [], nodeCount: 3 }).sort as (a: LayoutNode, b: LayoutNode) => number;
    const sorted = [
      node({ type: "District", degree: 1 }),
      node({ type: "Industry", degree: 2 }),
      node({ type: "Industry", degree: 9 }),
    ].sort(sort);
    expect(sorted.map((n) => `${n.data("type")}${n.data("degree")}`)).toEqual(["Industry9", "Industry2", "District1"]);
  });

  it("gives the radial hierarchy room for its outer ring", () => {
    expect(squareFor(10).w).toBe(600);
    expect(squareFor(1000).w).toBeGreaterThan(10_000);
  });

  it("puts unconnected nodes in a grid under the graph, cells as wide as the widest label", () => {
    const cells = gridBelow({ x1: 0, y2: 1000, w: 500 }, 7, 100);
    expect(cells).toHaveLength(7);
    expect(cells[0]).toEqual({ x: 62, y: 1120 });
    expect(cells[1].x - cells[0].x).toBe(124);
    expect(Math.min(...cells.map((c) => c.y))).toBeGreaterThan(1000);
  });

  it("rings new nodes round their anchor, outside the inner radius, none on top of another", () => {
    const pts = ringAround({ x: 0, y: 0 }, 60, 100);
    expect(pts).toHaveLength(60);
    for (const p of pts) expect(Math.hypot(p.x, p.y)).toBeGreaterThanOrEqual(99.9);
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++) expect(Math.hypot(pts[i].x - pts[j].x, pts[i].y - pts[j].y)).toBeGreaterThan(30);
  });
});
