import { describe, expect, it } from "vitest";
import { fitBox } from "./viewport.js";

describe("fitting the viewport to a box", () => {
  it("centres the box and scales it to the padded viewport", () => {
    const v = fitBox({ x1: 0, y1: 0, w: 100, h: 50 }, 440, 440, { padding: 20, maxZoom: 10 });
    expect(v.zoom).toBe(4);
    // box centre (50, 25) lands on the viewport centre (220, 220)
    expect(50 * v.zoom + v.pan.x).toBe(220);
    expect(25 * v.zoom + v.pan.y).toBe(220);
  });

  it("does not blow up a single node beyond maxZoom", () => {
    expect(fitBox({ x1: 10, y1: 10, w: 0, h: 0 }, 800, 600, { maxZoom: 1.6 }).zoom).toBe(1.6);
    expect(fitBox({ x1: 0, y1: 0, w: 20, h: 20 }, 800, 600, { maxZoom: 1.6 }).zoom).toBe(1.6);
  });

  it("zooms out for a box larger than the viewport, down to minZoom", () => {
    expect(fitBox({ x1: 0, y1: 0, w: 2000, h: 100 }, 1040, 600, { padding: 20 }).zoom).toBe(0.5);
    expect(fitBox({ x1: 0, y1: 0, w: 1e9, h: 1 }, 800, 600, { minZoom: 0.05 }).zoom).toBe(0.05);
  });
});
