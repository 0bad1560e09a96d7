import { describe, expect, it } from "vitest";
import type { GraphData, GraphNode } from "../../../contract/graph.js";
import { LEVEL_LEGIBLE_INDUSTRIES, levelPositions, levelViewport, markBox } from "./levelLayout.js";

const node = (id: string, type: GraphNode["type"], props: GraphNode["props"] = {}): GraphNode =>
  ({ id, type, name: id, props, evidence: [] }) as unknown as GraphNode;

const graph: GraphData = {
  nodes: [
    ...Array.from({ length: 14 }, (_, i) => node(`industry:${i}`, "Industry", { kind: i < 10 ? "pillar" : "future", order: i < 10 ? i + 1 : i - 9 })),
    node("district:a", "District"),
    node("district:b", "District"),
  ],
  edges: [
    { id: "e1", type: "KEY_DISTRICT", source: "industry:0", target: "district:a", props: {}, evidence: [] },
    { id: "e2", type: "KEY_DISTRICT", source: "industry:5", target: "district:a", props: {}, evidence: [] },
    { id: "e3", type: "KEY_DISTRICT", source: "industry:0", target: "district:b", props: {}, evidence: [] },
  ] as unknown as GraphData["edges"],
};
const marks = new Map(graph.nodes.map((n) => [n.id, { label: n.type === "Industry" ? "新能源汽车和\n智能网联汽车" : "区", size: n.type === "Industry" ? 60 : 20, fontSize: 20 }]));

describe("levelPositions", () => {
  it("is the same every time, the first pillar industry at the top", () => {
    const a = levelPositions(graph, marks, 1200, 800);
    expect(levelPositions(graph, marks, 1200, 800)).toEqual(a);
    expect(a.size).toBe(16);
    const top = Math.min(...[...a.values()].map((p) => p.y));
    expect(a.get("industry:0")!.y).toBe(top);
  });

  it("keeps every industry's name clear of every other industry", () => {
    const at = levelPositions(graph, marks, 1200, 800);
    const boxes = graph.nodes
      .filter((n) => n.type === "Industry")
      .map((n) => {
        const b = markBox(marks.get(n.id)!);
        const p = at.get(n.id)!;
        return { x1: b.x1 + p.x, x2: b.x2 + p.x, y1: b.y1 + p.y, y2: b.y2 + p.y };
      });
    for (let i = 0; i < boxes.length; i++)
      for (let k = i + 1; k < boxes.length; k++) {
        const [a, b] = [boxes[i], boxes[k]];
        expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2, `${i} × ${k}`).toBe(false);
      }
  });
});

describe("the industry level's first view", () => {
  // a ring far wider than the canvas: its names cannot all be legible at once
  const box = { x1: -15000, y1: -15000, w: 30000, h: 30000 };
  const shows = (v: { zoom: number; pan: { x: number; y: number } }, width: number, height: number) =>
    v.pan.x + box.x1 * v.zoom >= 0 && v.pan.x + (box.x1 + box.w) * v.zoom <= width && v.pan.y + (box.y1 + box.h) * v.zoom <= height;

  it("keeps a plan's few industries legible, even if the ring is cut", () => {
    const v = levelViewport(box, 1200, 800, 16, 14);
    expect(shows(v, 1200, 800)).toBe(false);
  });

  it("shows the whole ring of many plans' industries", () => {
    const v = levelViewport(box, 1200, 800, 16, LEVEL_LEGIBLE_INDUSTRIES + 1);
    expect(shows(v, 1200, 800)).toBe(true);
  });
});
