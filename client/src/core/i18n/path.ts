/** Interface strings of the path view (see define.ts): toolbar, filter, paths told in words. */
import type { EdgeType } from "../../../../contract/graph.js";
import { defineMessages } from "./define.js";

/** How each connection reads from its source to its target, in a path told in words. */
const VERB_EN: Record<EdgeType, string> = {
  SUPPLIES: "supplies", FEEDS: "feeds", KEY_DISTRICT: "key district", COVERS: "covers", HAS_PROJECT: "project",
  HAS_PLATFORM: "platform", LOCATED_IN: "located in", OVERLAPS: "overlaps", TARGETS: "targets", MEASURES: "measures",
  INVOLVES: "involves", HAS_DIRECTION: "direction", PART_OF: "part of",
};
const VERB_ZH: Record<EdgeType, string> = {
  SUPPLIES: "供给", FEEDS: "供应", KEY_DISTRICT: "重点区县", COVERS: "涵盖", HAS_PROJECT: "项目",
  HAS_PLATFORM: "平台", LOCATED_IN: "位于", OVERLAPS: "重叠", TARGETS: "针对", MEASURES: "衡量",
  INVOLVES: "涉及", HAS_DIRECTION: "方向", PART_OF: "属于",
};

export const path = defineMessages(
  {
    verb: (t: EdgeType) => VERB_EN[t] ?? String(t),
    from: "From",
    to: "To",
    fromPlaceholder: "integrated circuits, jcdl…",
    toPlaceholder: "Liangjiang, ljxq…",
    swap: "Swap the two ends",
    paths: "Paths",
    maxSteps: (n: number) => `at most ${n} steps`,
    steps: (n: number) => (n === 1 ? "1 step" : `${n} steps`),
    pick: "Pick two nodes to see how the plan connects them.",
    pickDifferent: "Pick two different nodes.",
    loading: "the paths",
    loadError: "Could not find paths",
    noPath: (n: number) => `No path within ${n} steps.`,
    noPathBetween: (n: number, from: string, to: string) => `No path within ${n} steps between ${from} and ${to}.`,
    filteredOut: (n: number) => `${n} of the paths found use hidden connection types.`,
    supplyOnly: "Supply links only",
    supplyOnlyTitle: "Only industries supplying industries and products feeding products",
    inWords: "Paths in words",
  },
  {
    verb: (t: EdgeType) => VERB_ZH[t] ?? String(t),
    from: "起点",
    to: "终点",
    fromPlaceholder: "集成电路、jcdl…",
    toPlaceholder: "两江新区、ljxq…",
    swap: "交换起点和终点",
    paths: "路径",
    maxSteps: (n: number) => `最多 ${n} 步`,
    steps: (n: number) => `${n} 步`,
    pick: "选择两个节点，查看规划如何把它们连起来。",
    pickDifferent: "请选择两个不同的节点。",
    loading: "路径",
    loadError: "无法查找路径",
    noPath: (n: number) => `${n} 步之内没有路径。`,
    noPathBetween: (n: number, from: string, to: string) => `${from}与${to}之间 ${n} 步之内没有路径。`,
    filteredOut: (n: number) => `找到的路径中有 ${n} 条用到了隐藏的关系类型。`,
    supplyOnly: "只看供应链",
    supplyOnlyTitle: "只保留产业之间的供给和产品之间的供应",
    inWords: "路径的文字说明",
  },
);
