import { describe, expect, it } from "vitest";
import { evidence, linesOf, makeView, splitTop } from "./text.js";

describe("text view", () => {
  const original = "\uFEFF[bookmark: _Toc24458]三、战略性新兴支柱产业\r\n[bookmark: _Toc1536]（五）生物。\r\n";

  it("drops BOM, CR and bookmark tags from the clean copy", () => {
    const v = makeView(original);
    expect(v.clean).toBe("三、战略性新兴支柱产业\n（五）生物。\n");
  });

  it("maps clean spans back to original offsets", () => {
    const v = makeView(original);
    const at = v.clean.indexOf("生物");
    const e = evidence(v, "p", { start: at, end: at + 2 }, "s");
    expect(e.quote).toBe("生物");
    expect(original.slice(e.start, e.end)).toBe("生物");
  });

  it("keeps a bookmark inside a span in the quote", () => {
    const orig = "（2） [bookmark: _Toc29540]新型显示。";
    const v = makeView(orig);
    const e = evidence(v, "p", { start: 0, end: v.clean.length }, "s");
    expect(e.quote).toBe(orig);
  });

  it("lists trimmed non-blank lines", () => {
    const v = makeView("\t重点区县\n（开发区）\n\n\t重庆高新区、两江新区\n \n");
    expect(linesOf(v.clean).map((l) => l.text)).toEqual(["重点区县", "（开发区）", "重庆高新区、两江新区"]);
  });

  it("splits at separators outside brackets and quotes", () => {
    const s = "加快数字“一带一路”软件生态基地、医疗器械生产（一期）、生物科技园";
    const parts = splitTop(s, { start: 0, end: s.length }, "、").map((p) => s.slice(p.start, p.end));
    expect(parts).toEqual(["加快数字“一带一路”软件生态基地", "医疗器械生产（一期）", "生物科技园"]);
  });
});
