/**
 * Colours, shapes and labels per node and edge type.
 * Node colours: Paul Tol's "muted" scheme (9 colours, distinguishable with common colour-vision
 * deficiencies); shapes repeat the distinction for anyone who cannot rely on hue.
 */
import type { EdgeType, NodeType } from "../../../contract/graph.js";

export type NodeShape =
  | "ellipse"
  | "star"
  | "round-rectangle"
  | "round-triangle"
  | "diamond"
  | "round-hexagon"
  | "round-pentagon"
  | "round-tag";

export interface NodeTypeTheme {
  color: string;
  shape: NodeShape;
  label: string;
  labelZh: string;
}

export const NODE_THEME: Record<NodeType, NodeTypeTheme> = {
  Plan: { color: "#332288", shape: "star", label: "Plan", labelZh: "规划" },
  Industry: { color: "#CC6677", shape: "ellipse", label: "Industry", labelZh: "产业" },
  Direction: { color: "#DDCC77", shape: "round-triangle", label: "Direction", labelZh: "发展方向" },
  Product: { color: "#88CCEE", shape: "ellipse", label: "Product", labelZh: "产品/技术" },
  Project: { color: "#117733", shape: "round-rectangle", label: "Project", labelZh: "产业化项目" },
  Platform: { color: "#AA4499", shape: "diamond", label: "Platform", labelZh: "创新平台" },
  District: { color: "#44AA99", shape: "round-hexagon", label: "District", labelZh: "区县" },
  Program: { color: "#999933", shape: "round-pentagon", label: "Program", labelZh: "重大工程" },
  Indicator: { color: "#882255", shape: "round-tag", label: "Indicator", labelZh: "指标" },
};

/** The words for each edge type are in the message catalogs (core/i18n: common, details). */
export interface EdgeTypeTheme {
  color: string;
}

// Subtle on purpose: structure in greys, the chain (FEEDS/SUPPLIES) warm, geography teal-grey.
export const EDGE_THEME: Record<EdgeType, EdgeTypeTheme> = {
  PART_OF: { color: "#c5c9d3" },
  HAS_DIRECTION: { color: "#d6cfa6" },
  COVERS: { color: "#a9c9d9" },
  FEEDS: { color: "#e0a068" },
  SUPPLIES: { color: "#d98a5f" },
  HAS_PROJECT: { color: "#9cc3a6" },
  HAS_PLATFORM: { color: "#cfa7c6" },
  KEY_DISTRICT: { color: "#9ccac1" },
  LOCATED_IN: { color: "#b3d3cd" },
  OVERLAPS: { color: "#a8b8b5" },
  TARGETS: { color: "#c8c89a" },
  MEASURES: { color: "#c9a3b4" },
  INVOLVES: { color: "#b7cfdc" },
};

/** The CJK-capable font stack used for the canvas labels and the UI. */
export const FONT_STACK =
  '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif';
