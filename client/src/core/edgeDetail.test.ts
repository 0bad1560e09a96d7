import { describe, expect, it } from "vitest";
import { ARROWS_MIN_ZOOM, edgeArrows, LARGE_ARROWS_MIN_ZOOM, LARGE_EDGES } from "./edgeDetail.js";

describe("edge level of detail", () => {
  it("keeps the plan's arrows at its whole-graph fit (1,169 edges at zoom ~0.39)", () => {
    expect(edgeArrows(0.39, 1169)).toBe(true);
  });

  it("drops arrows when zoomed far out", () => {
    expect(edgeArrows(ARROWS_MIN_ZOOM - 0.01, 500)).toBe(false);
    expect(edgeArrows(ARROWS_MIN_ZOOM, 500)).toBe(true);
  });

  it("drops them sooner on a large graph, and brings them back when zoomed in", () => {
    expect(edgeArrows(0.5, LARGE_EDGES + 1)).toBe(false);
    expect(edgeArrows(0.5, LARGE_EDGES)).toBe(true);
    expect(edgeArrows(LARGE_ARROWS_MIN_ZOOM, 20_000)).toBe(true);
  });
});
