import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../../contract/graph.js";
import { hasSomeTerm, luceneQuery, rankHits, searchText } from "./search.js";

const node = (id: string, name: string, props: GraphNode["props"] = {}, nameEn?: string): GraphNode => ({
  id,
  type: "Product",
  name,
  ...(nameEn ? { nameEn } : {}),
  props,
  evidence: [{ kind: "reference", source: "test" }],
});

describe("Neo4j search helpers", () => {
  it("matches a Latin word also as a prefix (pinyin initials: jcdl → jcdl*)", () => {
    expect(luceneQuery("jcdl")).toBe("jcdl jcdl*");
    expect(luceneQuery("集成 xny")).toBe("集成 xny xny*");
  });

  it("escapes every Lucene operator, so a query is only words", () => {
    expect(luceneQuery('a+b -c && d || !e (f) {g} [h] ^i "j" ~k *l ?m :n \\o /p')).toBe(
      'a\\+b \\-c \\&\\& d d* \\|\\| \\!e \\(f\\) \\{g\\} \\[h\\] \\^i \\"j\\" \\~k \\*l \\?m \\:n \\\\o \\/p',
    );
  });

  it("normalises the query as the memory store does, and drops one without terms", () => {
    expect(searchText("  ＡＭＯＬＥＤ   面板 ")).toBe("amoled 面板");
    expect(searchText(" ** ")).toBe("");
  });

  it("ranks the exact name first whatever the index score, then by the memory store's tiers", () => {
    const hits = rankHits(
      [
        { node: node("product:功率半导体器件", "功率半导体器件"), score: 9 },
        { node: node("product:其他", "其他", { description: "用于功率半导体的材料" }), score: 8 },
        { node: node("product:功率半导体", "功率半导体"), score: 1 },
      ],
      "功率半导体",
      10,
    );
    expect(hits.map((h) => h.id)).toEqual(["product:功率半导体", "product:功率半导体器件", "product:其他"]);
    expect(hits[2].snippet).toContain("功率半导体");
  });

  it("keeps only the candidates with every term when there are any", () => {
    const hits = rankHits(
      [
        { node: node("product:a", "集成电路"), score: 5 },
        { node: node("product:b", "电路板"), score: 6 },
      ],
      "集成电路",
      10,
    );
    expect(hits.map((h) => h.id)).toEqual(["product:a"]);
  });

  it("tells whether a node's own text has some term of the query (a word also as a prefix)", () => {
    const power = node("product:功率半导体", "功率半导体", { aliases: ["功率器件"] }, "Power semiconductors");
    expect(hasSomeTerm(power, "功率")).toBe(true);
    expect(hasSomeTerm(power, "电力电子芯片")).toBe(false); // another plan's alias
    expect(hasSomeTerm(power, "semi")).toBe(true);
    expect(hasSomeTerm(power, "glb")).toBe(true); // a prefix of the pinyin initials glbdt
  });
});
