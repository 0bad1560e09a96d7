/**
 * Interface strings of the compare view, two plans side by side (see define.ts). A plan's title
 * inside a sentence is its own element with its own `lang`, so sentences come in parts.
 */
import type { Side } from "../../../../contract/api.js";
import type { BackingKey } from "../compare.js";
import { defineMessages } from "./define.js";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const BACKING_EN: Record<BackingKey, string> = { projects: "projects", platforms: "platforms", districts: "districts", products: "products" };
const BACKING_ZH: Record<BackingKey, string> = { projects: "项目", platforms: "平台", districts: "区县", products: "产品" };
const BACKING_SHORT_EN: Record<BackingKey, string> = { projects: "Proj.", platforms: "Plat.", districts: "Dist.", products: "Prod." };

export const compare = defineMessages(
  {
    title: "Plans side by side",
    planA: "Plan A",
    planB: "Plan B",
    pickA: "The first plan (A)",
    pickB: "The second plan (B)",
    swap: "Swap",
    swapTitle: "Swap plans A and B",
    csv: "Download CSV",
    csvTitle: "The comparison as a table: one row per industry, product and chain link (CSV, UTF-8)",
    csvFailed: (msg: string) => `The CSV could not be made: ${msg}`,
    loadingWhat: "the comparison",
    thePlans: "the plans",
    theComparison: "the comparison",
    emptyTitle: "Only one plan is loaded",
    /** "Load a second plan with <command>." */
    emptyBefore: "Load a second plan with ",
    emptyAfter: ".",
    emptyHint: "The view then shows the two plans side by side: the industries both have, those only one has, and the chain links one plan states and the other lacks.",
    // the summary
    summaryLabel: "In numbers",
    industries: "Industries",
    products: "Products",
    links: "Chain links",
    inBoth: "Both",
    onlyA: "A only",
    onlyB: "B only",
    side: (s: Side) => ({ both: "In both", a: "Only in A", b: "Only in B" })[s] ?? String(s),
    // the industries
    industriesTitle: "Industries",
    industriesHint: "What backs each industry in each plan: its projects, platforms, key districts and products.",
    backing: (k: BackingKey) => BACKING_EN[k] ?? String(k),
    backingShort: (k: BackingKey) => BACKING_SHORT_EN[k] ?? String(k),
    backingTitle: (side: string, k: BackingKey, n: number) => `${side}: ${plural(n, (BACKING_EN[k] ?? String(k)).replace(/s$/, ""), BACKING_EN[k] ?? String(k))}`,
    notInPlan: "not in this plan",
    noneHere: "None.",
    // the products
    productsTitle: "Shared products",
    productsHint: "Products, technologies and materials both plans name.",
    productsOnly: (a: number, b: number) => `Only in A: ${a}; only in B: ${b}.`,
    coveredBy: "Covered by",
    noProducts: "The two plans name no product in common.",
    // the links
    linksTitle: "Chain links one plan has and the other lacks",
    linksHint: "Upstream → downstream links between products (feeds) and between industries (supplies). Open one for the sentence that states it.",
    linksShared: (n: number) => `${plural(n, "link", "links")} in both plans.`,
    noLinksOnly: "No link of one plan is missing from the other.",
    linkType: (t: "FEEDS" | "SUPPLIES"): string => (t === "FEEDS" ? "feeds" : "supplies"),
    quoteOf: "The plan's sentence",
    arrow: "→",
  },
  {
    title: "规划对比",
    planA: "规划 A",
    planB: "规划 B",
    pickA: "第一个规划（A）",
    pickB: "第二个规划（B）",
    swap: "交换",
    swapTitle: "交换规划 A 与 B",
    csv: "下载 CSV",
    csvTitle: "对比结果表格：每个产业、产品和产业链环节一行（CSV，UTF-8）",
    csvFailed: (msg: string) => `无法生成 CSV：${msg}`,
    loadingWhat: "对比结果",
    thePlans: "规划列表",
    theComparison: "对比结果",
    emptyTitle: "目前只载入了一个规划",
    emptyBefore: "请用 ",
    emptyAfter: " 载入第二个规划。",
    emptyHint: "载入后，本视图将两个规划并排对比：两者共有的产业、仅一方有的产业，以及一方有而另一方缺少的产业链环节。",
    summaryLabel: "数量概览",
    industries: "产业",
    products: "产品",
    links: "产业链环节",
    inBoth: "共有",
    onlyA: "仅 A",
    onlyB: "仅 B",
    side: (s: Side) => ({ both: "两者共有", a: "仅 A 有", b: "仅 B 有" })[s] ?? String(s),
    industriesTitle: "产业",
    industriesHint: "每个规划中支撑各产业的内容：产业化项目、创新平台、重点区县和产品。",
    backing: (k: BackingKey) => BACKING_ZH[k] ?? String(k),
    backingShort: (k: BackingKey) => BACKING_ZH[k] ?? String(k),
    backingTitle: (side: string, k: BackingKey, n: number) => `${side}：${n} 个${BACKING_ZH[k] ?? String(k)}`,
    notInPlan: "该规划中没有",
    noneHere: "无。",
    productsTitle: "共有产品",
    productsHint: "两个规划都提到的产品、技术和材料。",
    productsOnly: (a: number, b: number) => `仅 A 有：${a} 个；仅 B 有：${b} 个。`,
    coveredBy: "所属产业",
    noProducts: "两个规划没有共同提到的产品。",
    linksTitle: "一方有而另一方缺少的产业链环节",
    linksHint: "产品之间（供应）和产业之间（供给）的上下游环节。展开可查看规划中陈述该环节的原句。",
    linksShared: (n: number) => `两个规划共有 ${n} 个环节。`,
    noLinksOnly: "没有一方有而另一方缺少的环节。",
    linkType: (t: "FEEDS" | "SUPPLIES") => (t === "FEEDS" ? "供应" : "供给"),
    quoteOf: "规划原句",
    arrow: "→",
  },
);
