import { describe, expect, it } from "vitest";
import { PRESENT_CLASSES, PRESENT_HIDDEN, PRESENT_MAX_RAISE, PRESENT_MIN_LABEL_PX, presentStylesheet, projectorFont } from "./presentStyle.js";

describe("labels on a projector", () => {
  it("keeps a label that already reads at 16 px", () => {
    expect(projectorFont(15, 1.1)).toEqual({ font: 15, hide: false });
  });

  it("raises a label a little short of 16 px just past it: the chain's 13 px labels at zoom 1.2", () => {
    const { font, hide } = projectorFont(13, 1.2);
    expect(hide).toBe(false);
    expect(font * 1.2).toBeGreaterThanOrEqual(PRESENT_MIN_LABEL_PX);
    expect(font * 1.2).toBeLessThan(PRESENT_MIN_LABEL_PX + 0.1);
    expect(font / 13).toBeLessThanOrEqual(PRESENT_MAX_RAISE);
  });

  it("hides a label that would have to grow too much, and one with no size", () => {
    expect(projectorFont(10, 1)).toEqual({ font: 10, hide: true });
    expect(projectorFont(13, 0.5).hide).toBe(true);
    expect(projectorFont(0, 1).hide).toBe(true);
  });

  it("never draws anything under 16 px, whatever the zoom", () => {
    for (let zoom = 0.1; zoom < 3; zoom += 0.037) {
      for (const size of [9, 11, 12, 13, 14, 15, 18, 24, 30]) {
        const { font, hide } = projectorFont(size, zoom);
        if (!hide) expect(font * zoom).toBeGreaterThanOrEqual(PRESENT_MIN_LABEL_PX);
      }
    }
  });
});

describe("story mode's canvas rules", () => {
  it("touch only elements carrying story mode's classes, and hide steps to come last", () => {
    const sheet = presentStylesheet() as { selector: string }[];
    for (const r of sheet) expect(PRESENT_CLASSES.some((c) => r.selector.includes(`.${c}`))).toBe(true);
    expect(sheet[sheet.length - 1].selector).toBe(`.${PRESENT_HIDDEN}`);
  });
});
