/** Interface strings of the app shell: header, view tabs, side panels and drawers (see define.ts). */
import type { ViewName } from "../views.js";
import { defineMessages } from "./define.js";

const VIEW_EN: Record<ViewName, string> = {
  overview: "Overview", chain: "Chain", districts: "Districts", path: "Path", cypher: "Cypher", reader: "Reader", compare: "Compare",
};
const VIEW_ZH: Record<ViewName, string> = {
  overview: "概览", chain: "产业链", districts: "区县", path: "路径", cypher: "Cypher", reader: "原文", compare: "对比",
};
const VIEW_TITLE_EN: Record<ViewName, string> = {
  overview: "The plan as a graph",
  chain: "An industry's chain: upstream, the industry, downstream, what backs each link, and its gaps",
  districts: "Districts and industries: the map, the matrix, districts alike and industry co-location",
  path: "The shortest paths between two nodes, told in words",
  cypher: "Read-only Cypher queries on the Neo4j store",
  reader: "The plan text beside the graph, mentions highlighted",
  compare: "Two plans side by side: industries in both or one only, shared products, chain links one plan lacks",
};
const VIEW_TITLE_ZH: Record<ViewName, string> = {
  overview: "以图谱呈现的规划",
  chain: "产业链：上游、产业本身、下游，每个环节的支撑及其缺口",
  districts: "区县与产业：地图、矩阵、相似区县与产业共位",
  path: "两个节点之间的最短路径，用文字讲述",
  cypher: "在 Neo4j 存储上运行只读 Cypher 查询",
  reader: "规划原文与图谱并排，高亮其中提到的节点",
  compare: "两个规划并排对比：共有或仅一方有的产业、共有产品、一方缺少的产业链环节",
};
const STORE_ZH: Record<string, string> = { memory: "内存", neo4j: "Neo4j" };
const STATUS_ZH: Record<string, string> = { ok: "正常", degraded: "降级" };

export const shell = defineMessages(
  {
    skipToView: "Skip to the view",
    views: "Views",
    viewLabel: (v: ViewName) => VIEW_EN[v] ?? String(v),
    viewTitle: (v: ViewName) => VIEW_TITLE_EN[v] ?? String(v),
    connecting: "connecting…",
    apiUnavailable: "API unavailable",
    nodes: "nodes",
    edges: "edges",
    storeName: (store: string) => String(store),
    healthTitle: (store: string, status: string) => `store: ${store}, status: ${status}`,
    language: "Interface language",
    switchLanguage: "Switch to Chinese",
    search: "Search",
    closeSearch: "Close the search",
    filters: "Filters",
    details: "Details",
    showFilters: "Show the filters",
    hideFilters: "Hide the filters",
    showDetails: "Show the details",
    hideDetails: "Hide the details",
    closePanel: "Close the panel",
  },
  {
    skipToView: "跳到视图内容",
    views: "视图",
    viewLabel: (v: ViewName) => VIEW_ZH[v] ?? String(v),
    viewTitle: (v: ViewName) => VIEW_TITLE_ZH[v] ?? String(v),
    connecting: "连接中…",
    apiUnavailable: "无法连接 API",
    nodes: "个节点",
    edges: "条关系",
    storeName: (store: string) => STORE_ZH[store] ?? String(store),
    healthTitle: (store: string, status: string) => `存储：${STORE_ZH[store] ?? store}，状态：${STATUS_ZH[status] ?? status}`,
    language: "界面语言",
    switchLanguage: "切换为英文",
    search: "搜索",
    closeSearch: "关闭搜索",
    filters: "筛选",
    details: "详情",
    showFilters: "展开筛选",
    hideFilters: "收起筛选",
    showDetails: "展开详情",
    hideDetails: "收起详情",
    closePanel: "关闭面板",
  },
);
