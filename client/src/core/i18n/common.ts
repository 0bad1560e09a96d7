/** Interface strings shared by every area: the names of node and edge types, common actions. */
import type { EdgeType, NodeType } from "../../../../contract/graph.js";
import { defineMessages } from "./define.js";

const NODE_EN: Record<NodeType, string> = {
  Plan: "Plan", Industry: "Industry", Direction: "Direction", Product: "Product", Project: "Project",
  Platform: "Platform", District: "District", Program: "Program", Indicator: "Indicator",
};
const NODE_ZH: Record<NodeType, string> = {
  Plan: "规划", Industry: "产业", Direction: "发展方向", Product: "产品/技术", Project: "产业化项目",
  Platform: "创新平台", District: "区县", Program: "重大工程", Indicator: "指标",
};
const EDGE_EN: Record<EdgeType, string> = {
  PART_OF: "part of", HAS_DIRECTION: "direction", COVERS: "covers", FEEDS: "feeds", SUPPLIES: "supplies",
  HAS_PROJECT: "project", HAS_PLATFORM: "platform", KEY_DISTRICT: "key district", LOCATED_IN: "located in",
  OVERLAPS: "overlaps", TARGETS: "targets", MEASURES: "measures", INVOLVES: "involves",
};
const EDGE_ZH: Record<EdgeType, string> = {
  PART_OF: "属于", HAS_DIRECTION: "发展方向", COVERS: "涵盖", FEEDS: "供应", SUPPLIES: "供给",
  HAS_PROJECT: "项目", HAS_PLATFORM: "平台", KEY_DISTRICT: "重点区县", LOCATED_IN: "位于",
  OVERLAPS: "重叠", TARGETS: "针对", MEASURES: "衡量", INVOLVES: "涉及",
};

export const common = defineMessages(
  {
    nodeType: (t: NodeType) => NODE_EN[t] ?? String(t),
    edgeType: (t: EdgeType) => EDGE_EN[t] ?? String(t),
    edgeTypes: "Connection types",
    all: "all",
    none: "none",
    close: "Close",
    retry: "Retry",
    loading: "Loading…",
    loadingWhat: (what: string) => `Loading ${what}…`,
    couldNotLoad: (what: string) => `Could not load ${what}`,
    theGraph: "the graph",
    graph: "Graph",
  },
  {
    nodeType: (t: NodeType) => NODE_ZH[t] ?? String(t),
    edgeType: (t: EdgeType) => EDGE_ZH[t] ?? String(t),
    edgeTypes: "关系类型",
    all: "全部",
    none: "清空",
    close: "关闭",
    retry: "重试",
    loading: "加载中…",
    loadingWhat: (what: string) => `正在加载${what}…`,
    couldNotLoad: (what: string) => `无法加载${what}`,
    theGraph: "图谱",
    graph: "图谱",
  },
);
