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
  isolatedBox,
  layoutOptions,
  setsIsolatedApart,
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

  it("lays dagre out in the chosen direction, and fcose incrementally after an expand", () => {
    expect(layoutOptions("dagre", { roots: [], nodeCount: 10 }).rankDir).toBe("LR");
    expect(layoutOptions("dagre", { roots: [], nodeCount: 10, direction: "TB" }).rankDir).toBe("TB");
    expect(layoutOptions("fcose", { roots: [], nodeCount: 10 }).randomize).toBe(true);
    expect(layoutOptions("fcose", { roots: [], nodeCount: 10, incremental: true }).randomize).toBe(false);
    expect(isDirection("LR") && isDirection("TB") && !isDirection("RL")).toBe(true);
  });

  it("loads only the extension layouts lazily, and animates up to 800 nodes", () => {
    expect(LAYOUT_NAMES.map(layoutExtension)).toEqual(["fcose", "dagre", null, null, null]);
    expect(animateLayout(800)).toBe(true);
    expect(animateLayout(801)).toBe(false);
    expect(animateLayout(0)).toBe(false);
  });

  it("lengthens edges at hubs", () => {
    const leaf = node({ degree: 1 });
    const hub = node({ degree: 49 });
    expect(idealEdgeLength({ source: () => hub, target: () => leaf })).toBeGreaterThan(
      idealEdgeLength({ source: () => leaf, target: () => leaf }),
    );
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

  it("gives the radial hierarchy room for its outer ring and sets isolated nodes apart", () => {
    expect(squareFor(10).w).toBe(600);
    expect(squareFor(1000).w).toBeGreaterThan(10_000);
    expect(setsIsolatedApart("breadthfirst")).toBe(true);
    expect(setsIsolatedApart("fcose")).toBe(false);
    const box = isolatedBox({ x1: 0, y2: 1000, w: 500 }, 25);
    expect(box).toEqual({ x1: 0, y1: 1080, w: 500, h: 150 });
  });
});
