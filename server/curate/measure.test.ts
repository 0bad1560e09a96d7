/**
 * The proposer measured on the real plan with its curation hidden: recall and precision of its
 * product and link proposals against the products and chain links people curated by hand
 * (seeds/curated/cq-sei-14fyp). The figures are printed; the floors sit a little below them, so a
 * change that makes the proposer worse fails here.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEEDS, planText } from "../importer/testing.js";
import { byHand, measureLinks, measureProducts } from "./measure.js";
import { propose } from "./propose.js";
import type { LinkProposal, ProductProposal } from "./types.js";

const curated = (name: string) => JSON.parse(readFileSync(path.join(SEEDS, "curated", "cq-sei-14fyp", name), "utf8"));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe("the proposer on cq-sei-14fyp, curation hidden", () => {
  const products = curated("products.json");
  const chains = curated("chains.json");
  const hidden = propose(planText(), []);
  const p = measureProducts(hidden.products, products);
  const l = measureLinks(hidden.links, chains, products);
  console.log(
    `curate --measure cq-sei-14fyp: products recall ${pct(p.recall)} (${p.recalled}/${p.curated}), precision ${pct(p.precision)} (${p.matched}/${p.proposed}); ` +
      `links recall ${pct(l.recall)} (${l.recalled}/${l.curated}), precision ${pct(l.precision)} (${l.matched}/${l.proposed})`,
  );

  it("is measured against the hand-curated entries only (298 products, 140 links)", () => {
    expect(p.curated).toBe(byHand(products).length);
    expect(l.curated).toBe(byHand(chains).length);
    expect([p.curated, l.curated]).toEqual([298, 140]);
  });

  it("finds most curated products, and a quarter of what it proposes is curated", () => {
    expect(p.recall).toBeGreaterThanOrEqual(0.67);
    expect(p.precision).toBeGreaterThanOrEqual(0.23);
  });

  it("finds curated chain links from the sentence patterns alone", () => {
    expect(l.recall).toBeGreaterThanOrEqual(0.38);
    expect(l.precision).toBeGreaterThanOrEqual(0.18);
    // links stated by the patterns of issue 12 are among those found
    for (const k of ["FEEDS:铜箔->印制电路板", "FEEDS:碳纤维->结构件", "FEEDS:流量传感器->呼吸机", "FEEDS:伺服电机->工业机器人", "SUPPLIES:先进材料->集成电路"]) {
      expect(l.missed, k).not.toContain(k);
    }
  });
});

describe("measure", () => {
  const product = (term: string): ProductProposal => ({ id: term, kind: "product", term, industry: "", pattern: "list", quote: term, start: 0, end: 1, section: "" });
  const link = (from: string, to: string, kind: "FEEDS" | "SUPPLIES" = "FEEDS"): LinkProposal => ({ id: from + to, kind, from, to, pattern: "用", quote: "q", start: 0, end: 1, section: "" });
  const terms = [
    { term: "功率半导体", aliases: ["功率器件"] },
    { term: "汽车电子", aliases: [] },
    { term: "新产品", aliases: [], proposal: "P-1" },
  ];

  it("counts an alias as the product, and leaves out what a review accepted from the proposer", () => {
    const s = measureProducts([product("功率器件"), product("芯片"), product("新产品")], terms);
    expect(s).toMatchObject({ curated: 2, recalled: 1, proposed: 3, matched: 1, missed: ["汽车电子"] });
  });

  it("matches links by type and endpoints named by term or alias", () => {
    const chains = [
      { type: "FEEDS" as const, from: "功率半导体", to: "汽车电子", quote: "q" },
      { type: "SUPPLIES" as const, from: "集成电路", to: "新型显示", quote: "q" },
      { type: "FEEDS" as const, from: "新产品", to: "汽车电子", quote: "q", proposal: "L-1" },
    ];
    const s = measureLinks([link("功率器件", "汽车电子"), link("集成电路", "新型显示"), link("芯片", "汽车电子")], chains, terms);
    expect(s).toMatchObject({ curated: 2, recalled: 1, proposed: 3, matched: 1, missed: ["SUPPLIES:集成电路->新型显示"] });
  });
});
