import { describe, expect, it } from "vitest";
import { indexTerms, isWordTerm, normalize, queryTerms } from "./tokens.js";

describe("search terms", () => {
  it("indexes Han runs as characters and bigrams, other runs as lower-case words", () => {
    expect(indexTerms("集成电路")).toEqual(["集", "集成", "成", "成电", "电", "电路", "路"]);
    expect(indexTerms("12英寸 AMOLED、Micro-LED")).toEqual(["12", "英", "英寸", "寸", "amoled", "micro", "led"]);
  });

  it("looks a query up by its bigrams, a lone character by itself", () => {
    expect(queryTerms("集成电路")).toEqual(["集成", "成电", "电路"]);
    expect(queryTerms("芯 Semiconductor")).toEqual(["芯", "semiconductor"]);
    expect(queryTerms("（）…")).toEqual([]);
  });

  it("normalises full-width forms and case", () => {
    expect(normalize("ＡＭＯＬＥＤ５Ｇ")).toBe("amoled5g");
    expect(queryTerms("ＭＥＭＳ传感器")).toEqual(["mems", "传感", "感器"]);
  });

  it("tells words from Han terms", () => {
    expect(isWordTerm("igbt")).toBe(true);
    expect(isWordTerm("集成")).toBe(false);
  });
});
