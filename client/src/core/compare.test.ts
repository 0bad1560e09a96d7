import { describe, expect, it } from "vitest";
import type { CompareIndustry, CompareLink, Comparison, PlanSummary } from "../../../contract/api.js";
import { backingScale, barFraction, bySide, choosePlan, compareFileName, linkEnds, nameIn, pickPlans, sections, summarize, swapPair } from "./compare.js";
import { COMPARE_DEFAULTS, compareParams, parseCompare, setComparePlans } from "./compareState.js";

const plan = (id: string): PlanSummary => ({ id, nodeId: `plan:${id}`, title: id, region: "", lacks: [], counts: { nodes: {}, edges: {} } });
const plans = ["cq", "cd", "wh"].map(plan);

describe("pickPlans", () => {
  it("takes the first two plans by default", () => {
    expect(pickPlans(plans, "", "")).toEqual({ a: "cq", b: "cd" });
  });
  it("keeps the URL's plans when the server has them", () => {
    expect(pickPlans(plans, "wh", "cq")).toEqual({ a: "wh", b: "cq" });
  });
  it("replaces an unknown plan and never picks one plan twice", () => {
    expect(pickPlans(plans, "nope", "cq")).toEqual({ a: "cd", b: "cq" });
    expect(pickPlans(plans, "cd", "nope")).toEqual({ a: "cd", b: "cq" });
    expect(pickPlans(plans, "cd", "cd")).toEqual({ a: "cd", b: "cq" });
  });
  it("is null with fewer than two plans", () => {
    expect(pickPlans([plan("cq")], "cq", "")).toBeNull();
    expect(pickPlans([], "", "")).toBeNull();
    expect(pickPlans(undefined, "a", "b")).toBeNull();
  });
});

describe("choosing and swapping", () => {
  it("choosing the other side's plan swaps the two", () => {
    expect(choosePlan({ a: "cq", b: "cd" }, "a", "cd")).toEqual({ a: "cd", b: "cq" });
    expect(choosePlan({ a: "cq", b: "cd" }, "b", "wh")).toEqual({ a: "cq", b: "wh" });
    const same = { a: "cq", b: "cd" };
    expect(choosePlan(same, "a", "cq")).toBe(same);
    expect(swapPair({ a: "cq", b: "cd" })).toEqual({ a: "cd", b: "cq" });
    expect(compareFileName({ a: "cq", b: "cd" })).toBe("compare-cq-cd.csv");
  });
});

describe("the URL", () => {
  it("reads and writes a and b, leaving them out when empty", () => {
    expect(parseCompare(new URLSearchParams("a=cq&b=cd"))).toEqual({ compareA: "cq", compareB: "cd" });
    expect(parseCompare(new URLSearchParams(""))).toEqual(COMPARE_DEFAULTS);
    expect(compareParams({ compareA: "cq", compareB: "" }, encodeURIComponent)).toEqual(["a=cq"]);
    expect(compareParams({ compareA: "cq", compareB: "成都" }, encodeURIComponent)).toEqual(["a=cq", `b=${encodeURIComponent("成都")}`]);
  });
  it("setComparePlans changes only what it is given, and nothing when nothing changes", () => {
    const s = { compareA: "cq", compareB: "cd", other: 1 };
    expect(setComparePlans({ b: "wh" })(s)).toEqual({ compareA: "cq", compareB: "wh", other: 1 });
    expect(setComparePlans({ a: "cq" })(s)).toBe(s);
  });
});

const backing = (n: number) => ({ projects: n, platforms: 0, districts: 2 * n, products: 1 });
const industry = (id: string, side: CompareIndustry["in"], a?: number, b?: number): CompareIndustry => ({
  id,
  name: id,
  in: side,
  ...(a !== undefined ? { a: backing(a) } : {}),
  ...(b !== undefined ? { b: backing(b) } : {}),
});
const link = (id: string, side: CompareLink["in"]): CompareLink => ({
  id,
  type: "FEEDS",
  source: "p:1",
  target: "p:2",
  sourceName: "碳化硅",
  targetName: "功率半导体",
  targetNameEn: "Power semiconductors",
  in: side,
});
const comparison: Comparison = {
  a: plan("cq"),
  b: plan("cd"),
  industries: [industry("i1", "both", 3, 1), industry("i2", "a", 5), industry("i3", "b", undefined, 0)],
  products: [
    { id: "p:1", name: "碳化硅", in: "both", industries: ["i1"] },
    { id: "p:2", name: "功率半导体", in: "a", industries: [] },
  ],
  links: [link("l1", "both"), link("l2", "a"), link("l3", "b"), link("l4", "b")],
};

describe("the comparison's sections and numbers", () => {
  it("groups by side and counts each", () => {
    expect(bySide(comparison.industries).a.map((i) => i.id)).toEqual(["i2"]);
    expect(summarize(comparison)).toEqual({
      industries: { both: 1, a: 1, b: 1 },
      products: { both: 1, a: 1, b: 0 },
      links: { both: 1, a: 1, b: 2 },
    });
    const s = sections(comparison);
    expect(s.sharedProducts.map((p) => p.id)).toEqual(["p:1"]);
    expect(s.linksOnly.b.map((l) => l.id)).toEqual(["l3", "l4"]);
    expect(s.sharedLinks.map((l) => l.id)).toEqual(["l1"]);
  });

  it("scales the bars by the largest count of either plan", () => {
    expect(backingScale(comparison.industries)).toEqual({ projects: 5, platforms: 0, districts: 10, products: 1 });
    expect(barFraction(5, 5)).toBe(1);
    expect(barFraction(0, 5)).toBe(0);
    expect(barFraction(0, 0)).toBe(0);
    expect(barFraction(1, 1000)).toBeGreaterThan(0); // a count above 0 is never an empty bar
  });

  it("names in the interface language, with the language of the name shown", () => {
    expect(nameIn({ name: "集成电路", nameEn: "Integrated circuits" }, "en")).toEqual({ text: "Integrated circuits", lang: "en" });
    expect(nameIn({ name: "集成电路", nameEn: "Integrated circuits" }, "zh")).toEqual({ text: "集成电路", lang: "zh" });
    expect(nameIn({ name: "集成电路" }, "en")).toEqual({ text: "集成电路", lang: "zh" });
    expect(linkEnds(comparison.links[0], "en")).toEqual({ source: { text: "碳化硅", lang: "zh" }, target: { text: "Power semiconductors", lang: "en" } });
  });
});
