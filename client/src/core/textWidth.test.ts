import { describe, expect, it } from "vitest";
import { columns, isWide, NARROW_EM, textWidth } from "./textWidth.js";

describe("text width", () => {
  it("draws CJK, kana, Hangul and full-width forms a full em wide, the rest narrower", () => {
    for (const ch of ["集", "カ", "한", "，", "Ａ", "𠀀"]) expect(isWide(ch)).toBe(true);
    for (const ch of ["a", "1", " ", "/", "é", "ｶ"]) expect(isWide(ch)).toBe(false);
  });

  it("measures pixels by font size", () => {
    expect(textWidth("沙坪坝区", 12)).toBe(48);
    expect(textWidth("SoC", 10)).toBeCloseTo(3 * NARROW_EM * 10);
    expect(textWidth("SoC芯片", 10)).toBeCloseTo(20 + 3 * NARROW_EM * 10);
    expect(textWidth("", 12)).toBe(0);
  });

  it("counts display columns: a wide character 2, any other 1", () => {
    expect(columns("集成电路")).toBe(8);
    expect(columns("SoC芯片")).toBe(7);
    expect(columns("12英寸/8英寸")).toBe(12);
  });
});
