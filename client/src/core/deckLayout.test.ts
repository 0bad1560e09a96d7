import { describe, expect, it } from "vitest";
import { deckDate, fitPicture, PICTURE_BOX, SLIDE_H, SLIDE_W, titleSlideText } from "./deckLayout.js";

describe("fitPicture", () => {
  it("keeps the picture's proportions and stays inside the room, centred", () => {
    for (const [w, h] of [[2880, 1800], [780, 1688], [2560, 1440], [100, 100]]) {
      const box = fitPicture(w, h);
      expect(box.w / box.h).toBeCloseTo(w / h, 6);
      expect(box.x).toBeGreaterThanOrEqual(PICTURE_BOX.x - 1e-9);
      expect(box.y).toBeGreaterThanOrEqual(PICTURE_BOX.y - 1e-9);
      expect(box.x + box.w).toBeLessThanOrEqual(PICTURE_BOX.x + PICTURE_BOX.w + 1e-9);
      expect(box.y + box.h).toBeLessThanOrEqual(PICTURE_BOX.y + PICTURE_BOX.h + 1e-9);
      // it fills the room one way
      expect(Math.min(PICTURE_BOX.w - box.w, PICTURE_BOX.h - box.h)).toBeCloseTo(0, 9);
      expect(box.x - PICTURE_BOX.x).toBeCloseTo(PICTURE_BOX.x + PICTURE_BOX.w - (box.x + box.w), 9);
    }
  });

  it("gives an empty picture no size", () => {
    expect(fitPicture(0, 100).w).toBe(0);
  });

  it("lays the room inside a 16:9 slide", () => {
    expect(SLIDE_W / SLIDE_H).toBeCloseTo(16 / 9, 3);
    expect(PICTURE_BOX.y + PICTURE_BOX.h).toBeLessThan(SLIDE_H);
  });
});

describe("the title slide", () => {
  const date = new Date(2025, 6, 2);
  it("writes the date and the scene count in the deck's language", () => {
    expect(deckDate(date, "zh")).toBe("2025年7月2日");
    expect(deckDate(date, "en")).toBe("2 July 2025");
    expect(titleSlideText({ title: " 集成电路 ", subtitle: "重庆市规划", scenes: 3, date, lang: "zh" })).toEqual({
      title: "集成电路",
      subtitle: "重庆市规划",
      meta: "2025年7月2日 · 共 3 个场景",
    });
    expect(titleSlideText({ title: "", scenes: 1, date, lang: "en" })).toEqual({ title: "Untitled story", subtitle: "", meta: "2 July 2025 · 1 scene" });
  });
});
