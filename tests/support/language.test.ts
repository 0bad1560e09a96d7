import { describe, expect, it } from "vitest";
import { notInLanguage, primaryLang, wrongLanguage } from "./language.js";

describe("the language check's rule", () => {
  it("flags a Latin word in Chinese unless the string has Chinese or the word is allowed", () => {
    expect(notInLanguage("Fit the whole graph", "zh")).toBe(true);
    expect(notInLanguage("Upstream", "zh")).toBe(true);
    expect(notInLanguage("适应画面", "zh")).toBe(false);
    expect(notInLanguage("导出 CSV", "zh")).toBe(false);
    expect(notInLanguage("CSV", "zh")).toBe(false);
    expect(notInLanguage("Chain Atlas", "zh")).toBe(false);
    expect(notInLanguage("Neo4j · Cypher", "zh")).toBe(false);
    expect(notInLanguage("12 km", "zh")).toBe(false);
    expect(notInLanguage("618 / 1,204", "zh")).toBe(false);
    expect(notInLanguage("Esc", "zh")).toBe(false);
    expect(notInLanguage("×", "zh")).toBe(false);
    // allowed words are whole words: "Tablet" is not "Tab"
    expect(notInLanguage("Tablet", "zh")).toBe(true);
    expect(notInLanguage("GB/T 2260", "zh")).toBe(false);
  });

  it("flags any Chinese character or full-width punctuation in English", () => {
    expect(notInLanguage("Integrated circuits", "en")).toBe(false);
    expect(notInLanguage("集成电路", "en")).toBe(true);
    expect(notInLanguage("Gaps（3）", "en")).toBe(true);
    expect(notInLanguage("Chain Atlas", "en")).toBe(false);
  });

  it("skips strings marked as another language, and names marked Chinese on a Chinese page; reports each place once", () => {
    const texts = [
      { text: "集成电路", where: "span", lang: "zh" },
      { text: "集成电路", where: "span", lang: "en" },
      { text: "集成电路", where: "span", lang: "en" },
      { text: "Jicheng dianlu", where: "span", lang: "en-x-pinyin" },
      { text: "Upstream", where: "h3", lang: "" },
      { text: "MEMS", where: "mark", lang: "zh" },
      { text: "集成电路 IC", where: "b", lang: "en" },
    ];
    expect(wrongLanguage(texts, "en")).toEqual([
      { text: "集成电路", where: "span" },
      { text: "集成电路 IC", where: "b" },
    ]);
    expect(wrongLanguage(texts, "zh")).toEqual([{ text: "Upstream", where: "h3" }]);
  });

  it("reads a language tag's primary subtag", () => {
    expect(primaryLang("zh-CN")).toBe("zh");
    expect(primaryLang("EN")).toBe("en");
    expect(primaryLang(null)).toBe("");
  });
});
