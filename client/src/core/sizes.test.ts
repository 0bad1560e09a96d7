import { describe, expect, it } from "vitest";
import { smallGraph } from "./__fixtures__/smallGraph.js";
import { betweennessSize, degrees, labelFontSize, labelFontSizeForSize, nodeSize } from "./sizes.js";

const graph = (edges: [string, string][]) => ({
  nodes: [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }],
  edges: edges.map(([source, target]) => ({ source, target })),
});

describe("degrees", () => {
  it("counts links over both ends, isolated nodes at 0", () => {
    const d = degrees(graph([["a", "b"], ["b", "c"]]));
    expect(Object.fromEntries(d)).toEqual({ a: 1, b: 2, c: 1, d: 0 });
    expect(degrees(smallGraph).get("district:沙坪坝区")).toBe(2);
  });

  it("counts a self-loop once: one link drawn", () => {
    const d = degrees(graph([["a", "a"], ["a", "b"]]));
    expect(d.get("a")).toBe(2);
    expect(d.get("b")).toBe(1);
  });
});

describe("sizes", () => {
  it("grow with degree and betweenness, over the same range", () => {
    expect(nodeSize(0)).toBe(16);
    expect(betweennessSize(0, 1)).toBe(16);
    expect(nodeSize(10_000)).toBe(80);
    expect(betweennessSize(1, 1)).toBe(72);
    expect(betweennessSize(0.5, 0)).toBe(16);
  });

  it("give big nodes big labels, bounded", () => {
    expect(labelFontSize(0)).toBe(10);
    expect(labelFontSize(10_000)).toBe(26);
    expect(labelFontSizeForSize(16)).toBe(10);
    expect(labelFontSizeForSize(72)).toBe(24);
    expect(labelFontSizeForSize(200)).toBe(26);
  });
});
