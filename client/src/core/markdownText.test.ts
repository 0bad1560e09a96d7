import { describe, expect, it } from "vitest";
import { inlineText, markdownToText } from "./markdownText.js";

describe("markdownToText", () => {
  it("keeps the words of emphasis, code and headings, without their marks", () => {
    expect(markdownToText("## 集成电路的**缺口**\n\n`FEEDS` 链上 *三个* 环节缺少 ~~项目~~ 企业")).toBe(
      "集成电路的缺口\n\nFEEDS 链上 三个 环节缺少 项目 企业",
    );
  });

  it("gives list items a bullet, keeps numbers and nesting", () => {
    expect(markdownToText("- upstream\n  - wafers\n* downstream\n1. first\n2) second")).toBe(
      "• upstream\n  • wafers\n• downstream\n1. first\n2. second",
    );
    expect(markdownToText("- [x] done\n- [ ] to do")).toBe("☑ done\n☐ to do");
  });

  it("keeps a link's address, and only once when the text is the address", () => {
    expect(inlineText("see [the plan](https://example.org/plan) and <https://example.org>")).toBe(
      "see the plan (https://example.org/plan) and https://example.org",
    );
    expect(inlineText("[https://a.b](https://a.b)")).toBe("https://a.b");
    expect(inlineText("![map of 重庆](map.png)")).toBe("map of 重庆");
  });

  it("leaves snake_case names, escaped marks and code spans alone", () => {
    expect(inlineText("key_district and _this_ and \\*stars\\* and `a*b*c`")).toBe("key_district and this and *stars* and a*b*c");
  });

  it("reads a table as its cells and drops rules", () => {
    expect(markdownToText("| 区县 | 产业 |\n|---|:--:|\n| 两江新区 | 12 |\n\n---\n\nend")).toBe("区县 · 产业\n两江新区 · 12\n\nend");
  });

  it("keeps fenced code as written, removes HTML tags and quote marks, folds blank runs", () => {
    expect(markdownToText("> a quote\n\n\n\n```\n  x  = 1\n```\n<b>bold</b> text\r\nlast")).toBe("a quote\n\n  x  = 1\nbold text\nlast");
  });

  it("gives the empty note as empty text", () => {
    expect(markdownToText("")).toBe("");
    expect(markdownToText("  \n\n ")).toBe("");
  });
});
