import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../contract/graph.js";
import { around, compareHits, hasAllTerms, rankHit, searchText } from "./rank.js";

const ev = [{ planId: "p", start: 0, end: 1, quote: "x", section: "s" }];
const node = (name: string, extra: Partial<GraphNode> = {}): GraphNode => ({
  id: `product:${name}`,
  type: "Product",
  name,
  props: {},
  evidence: ev,
  ...extra,
});
const tier = (n: GraphNode, q: string) => Math.floor(rankHit(n, searchText(q), 1).score / 1000);

describe("searchText", () => {
  it("normalises the query and empties one without terms", () => {
    expect(searchText("  Power   ＳＥＭＩ ")).toBe("power semi");
    expect(searchText("、（）")).toBe("");
  });
});

describe("rankHit", () => {
  const power = node("功率半导体", { nameEn: "Power semiconductors", props: { aliases: ["功率器件"], description: "用于汽车电子" } });

  it("puts each kind of match in its tier", () => {
    expect(tier(power, "功率半导体")).toBe(7);
    expect(tier(power, "功率器件")).toBe(6);
    expect(tier(power, "功率")).toBe(5);
    expect(tier(power, "power")).toBe(4);
    expect(tier(power, "半导体")).toBe(3);
    expect(tier(power, "semiconductors")).toBe(2);
    expect(tier(power, "汽车电子")).toBe(1);
    expect(tier(power, "功率 汽车")).toBe(0);
  });

  it("ranks shorter names first within a name tier, relevance first below", () => {
    const short = rankHit(node("碳化硅"), "碳化", 0.1);
    const long = rankHit(node("碳化硅衬底"), "碳化", 9);
    expect(compareHits(short, long)).toBeLessThan(0);
    const weak = rankHit(node("甲", { props: { description: "碳化硅" } }), "碳化", 0.1);
    const strong = rankHit(node("甲乙丙丁", { props: { description: "碳化硅" } }), "碳化", 9);
    expect(compareHits(strong, weak)).toBeLessThan(0);
  });

  it("orders equal scores by id", () => {
    const [a, b] = [rankHit(node("甲"), "甲", 1), rankHit(node("乙", { id: "product:乙" }), "乙", 1)];
    expect(a.score).toBe(b.score);
    expect(compareHits(a, b)).toBeGreaterThan(0); // product:乙 (U+4E59) before product:甲 (U+7532)
  });
});

describe("hasAllTerms", () => {
  it("needs every query term in some field, words also as prefixes", () => {
    const n = node("集成电路", { nameEn: "Integrated circuits" });
    expect(hasAllTerms(n, searchText("集成电路"))).toBe(true);
    expect(hasAllTerms(n, searchText("integ 电路"))).toBe(true);
    expect(hasAllTerms(n, searchText("集成 两江"))).toBe(false);
  });
});

describe("around", () => {
  it("keeps a short text whole and centres a long one on the match", () => {
    expect(around("短文本", 1, 1)).toBe("短文本");
    const text = "a".repeat(100) + "MATCH" + "b".repeat(100);
    const s = around(text, 100, 5);
    expect(s).toHaveLength(60);
    expect(s).toMatch(/^…a+MATCHb+…$/);
    expect(around(text, 0, 1)).toMatch(/^a{59}…$/);
    expect(around(text, 200, 1)).toMatch(/^…b{59}$/);
  });
});
