import { describe, expect, it } from "vitest";
import { exportLayout, fitText, markPath, nodeLegend, type Legend } from "./exportLayout.js";
import { COMMUNITY_COLORS } from "./styling.js";
import { textWidth } from "./textWidth.js";
import { NODE_THEME } from "./theme.js";

describe("nodeLegend", () => {
  it("lists the types drawn, in contract order, with their colours and shapes, in the language", () => {
    const legend = nodeLegend([{ type: "Product" }, { type: "Industry" }, { type: "Product" }], "zh");
    expect(legend.heading).toBeUndefined();
    expect(legend.items).toEqual([
      { mark: "ellipse", color: NODE_THEME.Industry.color, label: "产业" },
      { mark: "ellipse", color: NODE_THEME.Product.color, label: "产品/技术" },
    ]);
    expect(nodeLegend([{ type: "Platform", color: NODE_THEME.Platform.color }], "en").items).toEqual([
      { mark: "diamond", color: NODE_THEME.Platform.color, label: "Platform" },
    ]);
  });

  it("says community when the fills are communities' colours: types go grey, communities are listed", () => {
    const legend = nodeLegend(
      [
        { type: "Industry", color: COMMUNITY_COLORS[1] },
        { type: "Product", color: COMMUNITY_COLORS[0] },
      ],
      "en",
    );
    expect(legend.heading).toMatch(/community/i);
    expect(legend.items.map((i) => i.label)).toEqual(["Industry", "Product", "Community 1", "Community 2"]);
    expect(new Set(legend.items.slice(0, 2).map((i) => i.color)).size).toBe(1);
  });
});

describe("exportLayout", () => {
  const legend: Legend = nodeLegend([{ type: "Industry" }, { type: "Product" }, { type: "Project" }, { type: "District" }], "en");

  it("stacks the title band, the view and the legend band; the width is the view's", () => {
    const l = exportLayout({ width: 1000, height: 600, title: "Overview · 集成电路", legend });
    expect(l.width).toBe(1000);
    expect(l.title?.band).toBe(48);
    expect(l.view).toEqual({ y: 48, width: 1000, height: 600 });
    expect(l.legend?.y).toBe(648);
    expect(l.height).toBe(48 + 600 + l.legend!.band);
    expect(l.legend!.items).toHaveLength(4);
    // one row on a wide picture
    expect(new Set(l.legend!.items.map((i) => i.y)).size).toBe(1);
    expect(Number.isInteger(l.height)).toBe(true);
  });

  it("has no bands when there is neither title nor legend", () => {
    expect(exportLayout({ width: 400, height: 300 })).toEqual({ width: 400, height: 300, view: { y: 0, width: 400, height: 300 } });
    expect(exportLayout({ width: 400, height: 300, title: "  ", legend: { items: [] } }).height).toBe(300);
  });

  it("wraps legend items into rows inside the picture on a narrow one", () => {
    const l = exportLayout({ width: 200, height: 300, legend: { heading: "Industries per district", items: legend.items } });
    const items = l.legend!.items;
    expect(new Set(items.map((i) => i.y)).size).toBeGreaterThan(1);
    for (const i of items) expect(i.textX + textWidth(i.label, 13)).toBeLessThanOrEqual(200 - 16 + 1e-9);
    expect(l.legend!.heading!.y).toBeLessThan(items[0].y);
    expect(l.height).toBe(300 + l.legend!.band);
  });

  it("cuts a long title with an ellipsis to fit", () => {
    const l = exportLayout({ width: 300, height: 100, title: "新一代信息技术产业链上游缺口与下游延伸的全景分析图".repeat(2) });
    expect(l.title!.text.endsWith("…")).toBe(true);
    expect(textWidth(l.title!.text, 20)).toBeLessThanOrEqual(300 - 32);
  });
});

describe("fitText", () => {
  it("keeps text that fits and cuts text that does not", () => {
    expect(fitText("short", 100, 10)).toBe("short");
    const cut = fitText("a much longer label than fits", 60, 10);
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidth(cut, 10)).toBeLessThanOrEqual(60);
  });
});

describe("markPath", () => {
  it("draws every mark as one closed path inside its box", () => {
    for (const mark of [...Object.values(NODE_THEME).map((t) => t.shape), "square", "zone"] as const) {
      const d = markPath(mark, 100, 50, 16);
      expect(d.startsWith("M")).toBe(true);
      expect(d.endsWith("Z")).toBe(true);
      // the points passed through (an arc's radii and flags are not points)
      const nums = d.replace(/A[\d.]+,[\d.]+ \d \d,\d /g, "L").match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g)!.map((p) => p.split(",").map(Number));
      for (const [x, y] of nums) {
        expect(x).toBeGreaterThanOrEqual(92);
        expect(x).toBeLessThanOrEqual(108);
        expect(y).toBeGreaterThanOrEqual(42);
        expect(y).toBeLessThanOrEqual(58);
      }
    }
  });
});
