/**
 * The curated vocabulary (products.json) and chain links (chains.json) must stay true to the plan:
 * every term is found in the text, every link quotes the text verbatim (DESIGN.md, evidence rules).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = (name: string) => new URL(name, import.meta.url);
const plan = readFileSync(here("../../plans/cq-sei-14fyp.txt"), "utf8");
const products: Product[] = JSON.parse(readFileSync(here("./products.json"), "utf8"));
const chains: Chain[] = JSON.parse(readFileSync(here("./chains.json"), "utf8"));

interface Product {
  term: string;
  aliases: string[];
  industry: string;
  nameEn: string;
  category: string;
}
interface Chain {
  type: "FEEDS" | "SUPPLIES";
  from: string;
  to: string;
  quote: string;
  note: string;
}

/** The 10 pillar and 4 future industries, named as in 二、(二)/(三) and the 专栏 titles. */
const INDUSTRIES = [
  "集成电路",
  "新型显示",
  "新型智能终端",
  "新能源汽车和智能网联汽车",
  "生物",
  "先进材料",
  "高端装备制造",
  "绿色环保",
  "软件和信息技术服务",
  "新兴服务业",
  "卫星互联网",
  "氢能与储能",
  "生物育种与生物制造",
  "脑科学与类脑智能",
];
const CATEGORIES = ["device", "material", "component", "equipment", "technology", "product", "service"];

/** Spans of `[bookmark: …]` tags: text there is conversion debris, not plan wording. */
const tagSpans: Array<[number, number]> = [...plan.matchAll(/\[bookmark: [^\]]*\]/g)].map((m) => [
  m.index!,
  m.index! + m[0].length,
]);
const insideTag = (start: number, end: number) => tagSpans.some(([s, e]) => start < e && end > s);

function occursOutsideTags(word: string): boolean {
  for (let i = plan.indexOf(word); i >= 0; i = plan.indexOf(word, i + 1)) {
    if (!insideTag(i, i + word.length)) return true;
  }
  return false;
}

describe("the plan text", () => {
  it("names every industry", () => {
    for (const name of INDUSTRIES) expect(occursOutsideTags(name), name).toBe(true);
  });
});

describe("products.json", () => {
  it("is a non-empty list", () => {
    expect(products.length).toBeGreaterThan(100);
  });

  it("has entries of the documented shape", () => {
    for (const p of products) {
      expect(typeof p.term, JSON.stringify(p)).toBe("string");
      expect(p.term.trim(), JSON.stringify(p)).toBe(p.term);
      expect(Array.isArray(p.aliases), p.term).toBe(true);
      expect(p.nameEn.length, p.term).toBeGreaterThan(0);
      expect(CATEGORIES, p.term).toContain(p.category);
    }
  });

  it("has every term and alias in the plan text, outside bookmark tags", () => {
    const missing = products.flatMap((p) => [p.term, ...p.aliases]).filter((w) => !occursOutsideTags(w));
    expect(missing).toEqual([]);
  });

  it("has unique terms, and no alias that repeats a term or another alias", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of products) {
      for (const w of [p.term, ...p.aliases]) {
        if (seen.has(w)) clashes.push(`${w} (${seen.get(w)} / ${p.term})`);
        seen.set(w, p.term);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("assigns each term to one of the 14 industries", () => {
    const wrong = products.filter((p) => !INDUSTRIES.includes(p.industry)).map((p) => `${p.term}: ${p.industry}`);
    expect(wrong).toEqual([]);
  });

  it("does not reuse an industry name as a product term", () => {
    expect(products.filter((p) => INDUSTRIES.includes(p.term)).map((p) => p.term)).toEqual([]);
  });
});

describe("chains.json", () => {
  const terms = new Set(products.map((p) => p.term));

  it("has entries of the documented shape", () => {
    for (const c of chains) {
      expect(["FEEDS", "SUPPLIES"], JSON.stringify(c)).toContain(c.type);
      expect(c.note.length, JSON.stringify(c)).toBeGreaterThan(0);
    }
  });

  it("quotes the plan verbatim, with no bookmark tag inside the quote", () => {
    const bad = chains
      .filter((c) => !plan.includes(c.quote) || c.quote.includes("[bookmark") || c.quote.length === 0)
      .map((c) => `${c.from} → ${c.to}: ${c.quote}`);
    expect(bad).toEqual([]);
  });

  it("links products by FEEDS, both ends being product terms", () => {
    const bad = chains
      .filter((c) => c.type === "FEEDS" && !(terms.has(c.from) && terms.has(c.to)))
      .map((c) => `${c.from} → ${c.to}`);
    expect(bad).toEqual([]);
  });

  it("links industries by SUPPLIES, both ends being industry names", () => {
    const bad = chains
      .filter((c) => c.type === "SUPPLIES" && !(INDUSTRIES.includes(c.from) && INDUSTRIES.includes(c.to)))
      .map((c) => `${c.from} → ${c.to}`);
    expect(bad).toEqual([]);
  });

  it("has no self-loops", () => {
    expect(chains.filter((c) => c.from === c.to).map((c) => c.from)).toEqual([]);
  });

  it("has no duplicate (type, from, to)", () => {
    const keys = chains.map((c) => `${c.type}:${c.from}->${c.to}`);
    const dups = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(dups).toEqual([]);
  });
});

describe("the plan with all its curation, in strict mode", () => {
  it("imports with every curated entry backed by the text (a miss would fail, not warn)", async () => {
    const { readSeeds } = await import("../../../server/importer/seeds.js");
    const { importPlan } = await import("../../../server/importer/index.js");
    const input = await readSeeds(fileURLToPath(here("../..")));
    const { graph, report } = importPlan({ ...input, strict: true });
    expect(graph.edges.filter((e) => e.props.origin === "curated").length).toBeGreaterThan(0);
    expect(report.warnings.filter((w) => /\.json/.test(w))).toEqual([]);
  });
});
