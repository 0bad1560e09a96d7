import { describe, expect, it } from "vitest";
import { columns } from "./textWidth.js";
import { wrapLabel } from "./wrap.js";

describe("wrapLabel", () => {
  it("counts a CJK character as two columns", () => {
    expect(columns("集成电路")).toBe(8);
    expect(columns("SoC芯片")).toBe(7);
  });

  it("leaves a short label on one line", () => {
    expect(wrapLabel("集成电路", 16)).toEqual({ text: "集成电路", lines: 1 });
  });

  it("breaks Chinese between characters, no line wider than the limit", () => {
    const w = wrapLabel("新能源汽车和智能网联汽车", 14);
    expect(w.text).toBe("新能源汽车和智\n能网联汽车");
    expect(w.lines).toBe(2);
    for (const line of w.text.split("\n")) expect(columns(line)).toBeLessThanOrEqual(14);
  });

  it("keeps Latin words and numbers whole where they fit", () => {
    const w = wrapLabel("12英寸功率半导体晶圆生产线", 16);
    expect(w.text.split("\n")[0].startsWith("12英寸")).toBe(true);
    expect(wrapLabel("碳化硅MOSFET", 14).text).toBe("碳化硅MOSFET");
    expect(wrapLabel("功率半导体MOSFET", 14).text).toBe("功率半导体\nMOSFET");
  });

  it("cuts after maxLines with an ellipsis", () => {
    const w = wrapLabel("极大规模集成电路用8英寸/12英寸抛光硅片及其延伸产品", 16, 3);
    expect(w.lines).toBe(3);
    expect(w.text.endsWith("…")).toBe(true);
    for (const line of w.text.split("\n")) expect(columns(line)).toBeLessThanOrEqual(16);
  });
});
