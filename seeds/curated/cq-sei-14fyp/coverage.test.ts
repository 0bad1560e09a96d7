/**
 * The chain curation of this plan is complete for the statements the proposer reads (npm run
 * curate: 面向/围绕/瞄准…需求, X用Y, 配套, 上下游, 带动, 在…领域应用, 产业链): every link it
 * proposes is a curated link (chains.json) or rejected with a reason (rejections.json).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CuratedLink, Rejection } from "../../../server/curate/apply.js";
import { undecidedLinks } from "../../../server/curate/coverage.js";
import { propose } from "../../../server/curate/propose.js";

const here = (name: string) => new URL(name, import.meta.url);
const plan = readFileSync(here("../../plans/cq-sei-14fyp.txt"), "utf8");
const products = JSON.parse(readFileSync(here("./products.json"), "utf8"));
const chains: CuratedLink[] = JSON.parse(readFileSync(here("./chains.json"), "utf8"));
const rejections: Rejection[] = JSON.parse(readFileSync(here("./rejections.json"), "utf8"));
const { links } = propose(plan, products);

describe("chain curation of cq-sei-14fyp", () => {
  it("decides every link proposal: a curated link, or a rejection of that pair and quote", () => {
    const open = undecidedLinks(links, { chains, rejections });
    expect(open.map((l) => `${l.kind} ${l.from} → ${l.to}: ${l.quote}`)).toEqual([]);
  });

  it("rejects with a reason, quoting the plan, only proposals the proposer makes", () => {
    const proposed = new Set(links.map((l) => [l.kind, l.from, l.to, l.quote].join("|")));
    for (const r of rejections) {
      expect(r.reason.trim().length, r.from).toBeGreaterThan(5);
      expect(plan.includes(r.quote), r.quote).toBe(true);
      expect(proposed.has([r.type, r.from, r.to, r.quote].join("|")), `${r.from} → ${r.to}: no such proposal`).toBe(true);
    }
  });

  it("links the statements issue 12 found missing", () => {
    const has = (from: string, to: string, quoted: string) =>
      chains.some((c) => c.type === "FEEDS" && c.from === from && c.to === to && c.quote.includes(quoted));
    expect(has("蚀刻液", "显示面板", "积极引进培育偏光片、蚀刻液")).toBe(true);
    expect(has("玻璃液", "玻璃基板", "积极引进培育偏光片、蚀刻液")).toBe(true);
    expect(has("密封件", "轨道交通", "发展汽车、轨道交通用大型铸锻件、高性能密封件")).toBe(true);
    expect(has("结构件", "智能手机", "完善摄像模组、结构件、电池等零部件本地配套体系")).toBe(true);
    expect(has("玄武岩纤维", "结构件", "面向汽车、智能终端、轨道交通、新能源等领域整机产品结构件需求")).toBe(true);
  });
});
