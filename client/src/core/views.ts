/** The views of the app. Later issues add chain, districts, path, reader and present here. */
export const VIEWS = [
  { id: "overview", label: "Overview", title: "The whole graph" },
  { id: "chain", label: "Chain", title: "An industry's chain: upstream → the industry → downstream, what backs each link, and its gaps" },
  { id: "districts", label: "Districts", title: "Districts × industries: the map, the matrix, districts alike and industry co-location" },
  { id: "path", label: "Path", title: "The shortest paths between two nodes, told in words" },
  { id: "cypher", label: "Cypher", title: "Read-only Cypher queries on the Neo4j store" },
  { id: "reader", label: "Reader", title: "The plan text beside the graph, entity mentions highlighted" },
] as const;

export type ViewName = (typeof VIEWS)[number]["id"];
export const VIEW_NAMES: readonly ViewName[] = VIEWS.map((v) => v.id);
export const DEFAULT_VIEW: ViewName = "overview";

export function isViewName(s: string): s is ViewName {
  return (VIEW_NAMES as readonly string[]).includes(s);
}
