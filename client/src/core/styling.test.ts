import { describe, expect, it } from "vitest";
import type { GraphData, GraphNode } from "../../../contract/graph.js";
import { NODE_THEME } from "./theme.js";
import { betweennessSize, nodeSize } from "./sizes.js";
import { communityColor, communityLegend, nodeLook, OTHER_COMMUNITY_COLOR } from "./styling.js";

const node = (id: string, name = id) => ({ id, type: "Industry", name }) as unknown as GraphNode;

describe("styling", () => {
  it("colours by type and sizes by degree by default, and while statistics load", () => {
    const look = nodeLook({ id: "a", type: "Industry" }, 4, { colorBy: "community", sizeBy: "betweenness" }, 0);
    expect(look).toEqual({ color: NODE_THEME.Industry.color, size: nodeSize(4) });
  });

  it("colours by community and sizes by betweenness when asked", () => {
    const look = nodeLook(
      { id: "a", type: "Industry" },
      4,
      { colorBy: "community", sizeBy: "betweenness", communities: new Map([["a", 1]]), betweenness: new Map([["a", 0.5]]) },
      0.5,
    );
    expect(look).toEqual({ color: communityColor(1), size: betweennessSize(1, 1) });
    expect(betweennessSize(0, 1)).toBe(16);
    expect(betweennessSize(0.25, 1)).toBeLessThan(betweennessSize(1, 1));
    expect(communityColor(99)).toBe(OTHER_COMMUNITY_COLOR);
  });

  it("lists communities with their counts and best-connected members", () => {
    const graph = {
      nodes: [node("a", "甲"), node("b", "乙"), node("c", "丙"), node("d", "丁")],
      edges: [
        { id: "1", type: "FEEDS", source: "a", target: "b" },
        { id: "2", type: "FEEDS", source: "b", target: "c" },
      ],
    } as unknown as GraphData;
    const legend = communityLegend(graph, new Map([["a", 0], ["b", 0], ["c", 0], ["d", 1]]), "zh", 2);
    expect(legend).toEqual([
      { index: 0, color: communityColor(0), count: 3, members: ["乙", "甲"] },
      { index: 1, color: communityColor(1), count: 1, members: ["丁"] },
    ]);
  });

  it("ranks a community's members by the canvas's degree, a self-loop counting once", () => {
    const graph = {
      nodes: [node("a", "甲"), node("b", "乙"), node("c", "丙")],
      edges: [
        { id: "1", type: "FEEDS", source: "a", target: "a" },
        { id: "2", type: "FEEDS", source: "b", target: "c" },
        { id: "3", type: "FEEDS", source: "b", target: "a" },
      ],
    } as unknown as GraphData;
    // a: the loop once + b = 2, b: c + a = 2; the tie goes by id.
    expect(communityLegend(graph, new Map([["a", 0], ["b", 0], ["c", 0]]), "zh", 3)[0].members).toEqual(["甲", "乙", "丙"]);
  });
});
