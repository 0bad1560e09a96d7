import { describe, expect, it } from "vitest";
import { MIN_LABEL_PX, labelBudget, labelShown, labelThreshold } from "./labels.js";

const shown = (sizes: number[], zoom: number, threshold: number) => sizes.filter((s) => labelShown(s, zoom, threshold)).length;

describe("label threshold", () => {
  it("shows every label of a small graph, none below the floor", () => {
    expect(labelThreshold([12, 14, 20], 0.5, 10)).toBe(MIN_LABEL_PX);
  });

  it("keeps the overview to the budget, biggest fonts first", () => {
    const sizes = [26, 24, 22, 20, 18, ...Array(100).fill(12)];
    const t = labelThreshold(sizes, 1, 5);
    expect(shown(sizes, 1, t)).toBe(5);
    expect(sizes.filter((s) => s * 1 >= t).every((s) => s >= 18)).toBe(true);
  });

  it("drops ties at the cut rather than exceed the budget", () => {
    const sizes = [20, 12, 12, 12];
    expect(shown(sizes, 1, labelThreshold(sizes, 1, 2))).toBe(1);
  });

  it("reveals more labels as one zooms in past the fit zoom", () => {
    const sizes = [26, 22, 18, ...Array(50).fill(12)];
    const t = labelThreshold(sizes, 0.6, 3);
    expect(shown(sizes, 0.6, t)).toBe(3);
    expect(shown(sizes, 1.2, t)).toBe(sizes.length);
  });

  it("budgets labels by canvas area", () => {
    expect(labelBudget(100, 100)).toBe(12);
    expect(labelBudget(800, 780)).toBe(26);
  });
});
