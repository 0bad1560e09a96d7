/**
 * The proposer on the real plan: the chain statements issue 12 names are proposed with their
 * pattern, every proposal's quote is the plan's text at its offsets (and the importer finds it),
 * and ids are stable.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findQuote } from "../importer/chains.js";
import { SEEDS, planText } from "../importer/testing.js";
import { makeView } from "../importer/text.js";
import { propose } from "./propose.js";

const products = JSON.parse(readFileSync(path.join(SEEDS, "curated", "cq-sei-14fyp", "products.json"), "utf8"));
const text = planText();
const view = makeView(text);
const known = propose(text, products);
const hidden = propose(text, []);
const pairs = (quoted: string) =>
  known.links.filter((l) => l.quote.includes(quoted)).map((l) => `${l.kind} ${l.from}->${l.to} ${l.pattern}`);

describe("link proposals on the real plan", () => {
  it("proposes the supporting companies of 新型显示 (配套) for the product they serve", () => {
    expect(pairs("积极引进培育偏光片")).toEqual(
      ["偏光片", "大宗气体", "有机膜", "玻璃液", "蚀刻液"].map((x) => `FEEDS ${x}->显示模组 配套`).sort((a, b) => a.localeCompare(b)),
    );
  });

  it("reads 用 as FEEDS from what is made to what it is made for", () => {
    expect(pairs("发展汽车、轨道交通用大型铸锻件")).toEqual(expect.arrayContaining(["FEEDS 铸锻件->轨道交通 用", "FEEDS 密封件->轨道交通 用", "FEEDS 轴承->汽车 用"]));
    expect(pairs("呼吸机用流量与压力传感器")).toEqual(["FEEDS 压力传感器->呼吸机 用", "FEEDS 流量传感器->呼吸机 用"]);
  });

  it("proposes the local supporting parts of 新型智能终端 for the terminals its section opens with", () => {
    expect(pairs("完善摄像模组、结构件、电池")).toEqual(expect.arrayContaining(["FEEDS 结构件->智能手机 配套", "FEEDS 结构件->笔记本电脑 配套", "FEEDS 摄像模组->智能手机 配套"]));
  });

  it("reads a demand's object: the fibres FEED structural parts, which FEED the fields", () => {
    const p = pairs("面向汽车、智能终端、轨道交通、新能源等领域整机产品结构件需求");
    expect(p).toEqual(expect.arrayContaining(["FEEDS 碳纤维->结构件 需求", "FEEDS 玄武岩纤维->结构件 需求", "FEEDS 结构件->轨道交通 需求"]));
    expect(p).not.toContain("FEEDS 碳纤维->轨道交通 需求");
  });

  it("gives SUPPLIES where a demand names another industry", () => {
    expect(known.links.some((l) => l.kind === "SUPPLIES" && l.from === "先进材料" && l.to === "集成电路" && l.quote.startsWith("围绕新能源汽车及高效电机"))).toBe(true);
  });

  it("quotes whole clauses verbatim: the clean text of original[start, end), found where it stands", () => {
    for (const p of [...known.links, ...known.products, ...hidden.links]) {
      expect(makeView(text.slice(p.start, p.end)).clean, p.id).toBe(p.quote);
      expect(findQuote(view.clean, p.quote), p.id).not.toBeNull();
      expect(p.section.length, p.id).toBeGreaterThan(0);
      expect("，、；。".includes(p.quote[0]) || "，、；".includes(p.quote[p.quote.length - 1]), p.id).toBe(false);
    }
  });

  it("gives every proposal a stable id of its content", () => {
    const ids = known.links.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(propose(text, products).links.map((l) => l.id)).toEqual(ids);
  });

  it("does not propose again a product the curation has, and proposes the endpoints a link needs", () => {
    const terms = new Set(products.flatMap((p: { term: string; aliases: string[] }) => [p.term, ...p.aliases]));
    expect(known.products.filter((p) => terms.has(p.term))).toEqual([]);
    expect(hidden.products.some((p) => p.term === "偏光片" && p.pattern === "list")).toBe(true);
  });
});
