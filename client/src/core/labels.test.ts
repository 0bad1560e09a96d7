import { describe, expect, it } from "vitest";
import { densityRule, labelBox, labelBudget, labelPriority, MIN_LABEL_PX, placeLabels, type LabelBox } from "./labels.js";

const box = (id: string, x: number, y: number, priority: number, px = 12, w = 40): LabelBox => ({
  id, x1: x, y1: y, x2: x + w, y2: y + px * 1.3, priority, px,
});

describe("label placement", () => {
  const normal = densityRule("normal", 100);

  it("hides a label that overlaps one of higher priority, keeps those apart", () => {
    const shown = placeLabels([box("low", 10, 5, 1), box("high", 0, 0, 5), box("far", 300, 300, 0)], normal);
    expect([...shown].sort()).toEqual(["far", "high"]);
  });

  it("never shows two overlapping labels, however many crowd one spot", () => {
    const crowd = Array.from({ length: 200 }, (_, i) => box(`n${i}`, (i * 7) % 300, (i * 13) % 200, i % 17));
    const shown = crowd.filter((b) => placeLabels(crowd, normal).has(b.id));
    for (const a of shown)
      for (const b of shown) if (a !== b) expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
    expect(shown.length).toBeGreaterThan(10);
  });

  it("hides a label drawn over a node as important, never over its own or a lesser one", () => {
    const bodies = [
      { id: "a", x1: 0, y1: -20, x2: 40, y2: 5, priority: 1 },
      { id: "b", x1: 200, y1: 200, x2: 220, y2: 220, priority: 9 },
      { id: "leaf", x1: 400, y1: 400, x2: 410, y2: 410, priority: 0 },
    ];
    const labels = [box("a", 0, 0, 1), box("c", 190, 195, 5), box("hub", 395, 395, 3)];
    expect([...placeLabels(labels, normal, bodies)].sort()).toEqual(["a", "hub"]);
  });

  it("ranks industries first, then degree", () => {
    expect(labelPriority("Industry", 1, 12)).toBeGreaterThan(labelPriority("Product", 200, 26));
    expect(labelPriority("Product", 5, 12)).toBeGreaterThan(labelPriority("Product", 4, 20));
  });

  it("follows the density: few are large, all overlap freely", () => {
    const boxes = [box("big", 0, 0, 3, 16), box("mid", 0, 0, 2, 11), box("tiny", 100, 100, 1, 6)];
    expect([...placeLabels(boxes, densityRule("few", 100))]).toEqual(["big"]);
    expect([...placeLabels(boxes, normal)]).toEqual(["big"]);
    expect(placeLabels(boxes, densityRule("all", 100)).size).toBe(3);
    expect(MIN_LABEL_PX).toBeGreaterThanOrEqual(10);
  });

  it("keeps to the budget", () => {
    const far = Array.from({ length: 50 }, (_, i) => box(`n${i}`, i * 100, 0, i));
    expect(placeLabels(far, densityRule("normal", 7)).size).toBe(7);
  });

  it("puts a label's box under its node, as wide as its text", () => {
    const b = labelBox("a", "集成电路", { x: 100, y: 100 }, 20, 10, 2, 1);
    expect(b.px).toBe(20);
    expect(b.x2 - b.x1).toBeCloseTo(4 * 20 * 1.1 + 8);
    expect(b.y1).toBeCloseTo(100 + 10 * 2 - 3);
  });

  it("counts each line of a wrapped label", () => {
    const one = labelBox("a", "Advanced materials", { x: 0, y: 0 }, 20, 10, 1, 1);
    const two = labelBox("a", "Advanced\nmaterials", { x: 0, y: 0 }, 20, 10, 1, 1);
    expect(two.y2 - two.y1).toBeCloseTo(one.y2 - one.y1 + 13);
    expect(two.x2 - two.x1).toBeLessThan(one.x2 - one.x1);
  });

  it("budgets labels by canvas area", () => {
    expect(labelBudget(100, 100)).toBe(12);
    expect(labelBudget(800, 780)).toBe(26);
  });
});
