/** Interface strings of the details panel: headings, property labels and values, connection names. */
import type { EdgeType } from "../../../../contract/graph.js";
import { defineMessages } from "./define.js";

/** Property labels (which properties are shown at all: core/details.ts). */
const PROP_EN: Record<string, string> = {
  kind: "Kind", order: "Order", box: "Box", clusterTier: "2025 cluster target", aliases: "Also called",
  section: "Section", industry: "Industry", nameEnSource: "English name", adcode: "Division code",
  lon: "Longitude", lat: "Latitude", note: "Note", qualifier: "Qualifier", role: "Role", unit: "Unit",
  value: "Value", year: "Year", description: "Description", item: "Item", platformType: "Platform type",
  period: "Period", sourceFile: "Source file", category: "Category", mentions: "Mentions", items: "Items",
};
const PROP_ZH: Record<string, string> = {
  kind: "类型", order: "序号", box: "专栏", clusterTier: "2025集群目标", aliases: "别称",
  section: "章节", industry: "所属产业", nameEnSource: "英文名来源", adcode: "行政区划代码",
  lon: "经度", lat: "纬度", note: "备注", qualifier: "限定", role: "作用", unit: "单位",
  value: "数值", year: "年份", description: "说明", item: "条目", platformType: "平台类型",
  period: "规划期", sourceFile: "来源文件", category: "类别", mentions: "提及次数", items: "事项",
};
/** Coded values shown in words: `kind` and `role`. */
const VALUE_EN: Record<string, string> = {
  pillar: "Pillar industry", future: "Future industry", district: "District", county: "County",
  zone: "Development zone", target: "2025 target", baseline: "2020 baseline",
};
const VALUE_ZH: Record<string, string> = {
  pillar: "支柱产业", future: "先导性产业", district: "区", county: "县", zone: "开发区",
  target: "2025年目标", baseline: "2020年基数",
};
const CODED = new Set(["kind", "role"]);

const EDGE_OUT_EN: Record<EdgeType, string> = {
  PART_OF: "Part of", HAS_DIRECTION: "Directions", COVERS: "Covers", FEEDS: "Feeds (downstream)",
  SUPPLIES: "Supplies (downstream)", HAS_PROJECT: "Projects", HAS_PLATFORM: "Platforms",
  KEY_DISTRICT: "Key districts", LOCATED_IN: "Located in", OVERLAPS: "Overlaps", TARGETS: "Targets",
  MEASURES: "Measures", INVOLVES: "Involves",
};
const EDGE_IN_EN: Record<EdgeType, string> = {
  PART_OF: "Parts", HAS_DIRECTION: "Direction of", COVERS: "Covered by", FEEDS: "Fed by (upstream)",
  SUPPLIES: "Supplied by (upstream)", HAS_PROJECT: "Project of", HAS_PLATFORM: "Platform of",
  KEY_DISTRICT: "Key district of", LOCATED_IN: "Located here", OVERLAPS: "Overlapped by",
  TARGETS: "Targeted by", MEASURES: "Measured by", INVOLVES: "Involved in",
};
const EDGE_OUT_ZH: Record<EdgeType, string> = {
  PART_OF: "属于", HAS_DIRECTION: "发展方向", COVERS: "涵盖", FEEDS: "供应（下游）", SUPPLIES: "供给（下游）",
  HAS_PROJECT: "产业化项目", HAS_PLATFORM: "创新平台", KEY_DISTRICT: "重点区县", LOCATED_IN: "位于",
  OVERLAPS: "覆盖", TARGETS: "针对", MEASURES: "衡量", INVOLVES: "涉及",
};
const EDGE_IN_ZH: Record<EdgeType, string> = {
  PART_OF: "组成部分", HAS_DIRECTION: "所属产业", COVERS: "所属", FEEDS: "来自（上游）", SUPPLIES: "来自（上游）",
  HAS_PROJECT: "所属产业", HAS_PLATFORM: "所属产业", KEY_DISTRICT: "重点布局于此的产业", LOCATED_IN: "位于此处",
  OVERLAPS: "被覆盖", TARGETS: "被针对", MEASURES: "被衡量", INVOLVES: "涉及于",
};

export const details = defineMessages(
  {
    panel: "Details",
    node: "Node",
    close: "Close details (Esc)",
    loading: "Loading evidence…",
    retry: "Retry",
    properties: "Properties",
    propLabel: (key: string) => PROP_EN[key] ?? String(key),
    propValue: (key: string, value: string) => (CODED.has(key) ? (VALUE_EN[value] ?? value) : value),
    evidence: "Evidence",
    reference: (source: string) => `Reference: ${source}`,
    openInReader: "Open the plan text here (reader)",
    offsets: "Character offsets in the plan text",
    connections: "Connections",
    edgeOut: (t: EdgeType) => EDGE_OUT_EN[t] ?? String(t),
    edgeIn: (t: EdgeType) => EDGE_IN_EN[t] ?? String(t),
    edgeEvidence: "Evidence for this connection",
    hint: "Select a node to see what the plan says about it.",
    hintMore: "Every node and connection carries the sentence of the plan that states it.",
  },
  {
    panel: "详情",
    node: "节点",
    close: "关闭详情（Esc）",
    loading: "正在加载原文依据…",
    retry: "重试",
    properties: "属性",
    propLabel: (key: string) => PROP_ZH[key] ?? String(key),
    propValue: (key: string, value: string) => (CODED.has(key) ? (VALUE_ZH[value] ?? value) : value),
    evidence: "原文依据",
    reference: (source: string) => `参考资料：${source}`,
    openInReader: "在原文中打开此处",
    offsets: "在规划原文中的字符位置",
    connections: "关系",
    edgeOut: (t: EdgeType) => EDGE_OUT_ZH[t] ?? String(t),
    edgeIn: (t: EdgeType) => EDGE_IN_ZH[t] ?? String(t),
    edgeEvidence: "此关系的原文依据",
    hint: "选择一个节点，查看规划中关于它的内容。",
    hintMore: "每个节点和关系都附有规划中陈述它的原句。",
  },
);
