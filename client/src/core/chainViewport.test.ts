import { describe, expect, it } from "vitest";
import { backingSegments } from "./chainBacking.js";
import { chainLayout } from "./chainLayout.js";
import type { Chain } from "../../../contract/api.js";
import chain from "./__fixtures__/chain-ic.json";
import { BADGE_FONT, LOD_LEVELS, MIN_LABEL_PX, NODE_FONT, boxOf, fitFloor, focusView, lodClass, lodFont } from "./chainViewport.js";

describe("levels of detail", () => {
  it("never draws a label under 12 px: each level's sizes times its least zoom", () => {
    expect(lodClass(1)).toBe("lod-all");
    expect(BADGE_FONT * LOD_LEVELS[0].minZoom).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(lodClass(0.95)).toBe("lod-nodes");
    expect(NODE_FONT * 0.95).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(lodClass(0.7)).toBe("lod-industries");
    expect(lodClass(0.45)).toBe("lod-industries");
    expect(lodClass(0.32)).toBe("lod-industries"); // the whole 集成电路 chain fits at about 0.35
    expect(lodClass(0.28)).toBe("lod-focus");
    expect(lodClass(0.1)).toBe("lod-focus");
    for (const l of LOD_LEVELS) expect(lodFont(l.minZoom) * l.minZoom).toBeGreaterThanOrEqual(MIN_LABEL_PX);
  });

  it("keeps zoom 1 where the canvas is wide, fits the width on a phone", () => {
    expect(fitFloor(1100)).toBe(1);
    expect(fitFloor(390)).toBeLessThan(1);
  });

  it("centres a chosen link and zooms in on it within bounds", () => {
    const box = boxOf([
      { x: 100, y: 400 },
      { x: 300, y: 500 },
    ]);
    const v = focusView(box, 1000, 700, 1);
    expect(v.zoom).toBeGreaterThanOrEqual(1);
    expect(v.zoom).toBeLessThanOrEqual(1.6);
    expect(200 * v.zoom + v.pan.x).toBeCloseTo(500);
    expect(450 * v.zoom + v.pan.y).toBeCloseTo(350);
  });
});

describe("backing lines", () => {
  it("runs from each backer to the middle of the links it backs", () => {
    const { elements } = chainLayout(chain as unknown as Chain, "zh");
    const backed = elements.edges.find((e) => e.data.backers.length > 1)!;
    const lines = backingSegments(elements, [backed.data.id], null);
    expect(lines.map((l) => l.key.split("|")[0]).sort()).toEqual([...backed.data.backers].sort());
    const backer = backed.data.backers[0];
    const byBacker = backingSegments(elements, [], backer);
    const links = elements.edges.filter((e) => e.data.backers.includes(backer)).length;
    expect(byBacker.length).toBe(links);
    expect(backingSegments(elements, [], null)).toEqual([]);
  });
});
