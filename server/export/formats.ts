/**
 * The whole graph in three formats, as pure functions: JSON (`{ nodes, edges }`), GraphML
 * (yEd, Gephi, Cytoscape desktop) and one CSV (nodes and edges, props and evidence as JSON cells).
 */
import type { ExportFormat } from "../../contract/api.js";
import type { GraphData, GraphEdge, GraphNode } from "../../contract/graph.js";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: "application/json; charset=utf-8",
  graphml: "application/graphml+xml; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

function xml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

const GRAPHML_KEYS: [id: string, domain: "node" | "edge" | "all", name: string][] = [
  ["type", "all", "type"],
  ["name", "node", "name"],
  ["nameEn", "node", "nameEn"],
  ["props", "all", "props"],
  ["evidence", "all", "evidence"],
];

function graphmlData(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((kv): kv is [string, string] => kv[1] !== undefined)
    .map(([k, v]) => `<data key="${k}">${xml(v)}</data>`)
    .join("");
}

export function toGraphML(graph: GraphData): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...GRAPHML_KEYS.map(([id, domain, name]) => `  <key id="${id}" for="${domain}" attr.name="${name}" attr.type="string"/>`),
    '  <graph id="chain-atlas" edgedefault="directed">',
    ...graph.nodes.map(
      (n) =>
        `    <node id="${xml(n.id)}">${graphmlData({
          type: n.type,
          name: n.name,
          nameEn: n.nameEn,
          props: JSON.stringify(n.props),
          evidence: JSON.stringify(n.evidence),
        })}</node>`,
    ),
    ...graph.edges.map(
      (e) =>
        `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">${graphmlData({
          type: e.type,
          props: JSON.stringify(e.props),
          evidence: JSON.stringify(e.evidence),
        })}</edge>`,
    ),
    "  </graph>",
    "</graphml>",
  ];
  return lines.join("\n") + "\n";
}

const CSV_COLUMNS = ["element", "id", "type", "name", "nameEn", "source", "target", "props", "evidence"] as const;

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvRow(cells: string[]): string {
  return cells.map(csvCell).join(",");
}

/** One table: a row per node, then a row per edge; `element` says which. */
export function toCsv(graph: GraphData): string {
  const nodeRow = (n: GraphNode) =>
    csvRow(["node", n.id, n.type, n.name, n.nameEn ?? "", "", "", JSON.stringify(n.props), JSON.stringify(n.evidence)]);
  const edgeRow = (e: GraphEdge) =>
    csvRow(["edge", e.id, e.type, "", "", e.source, e.target, JSON.stringify(e.props), JSON.stringify(e.evidence)]);
  // BOM so that spreadsheet programs read the Chinese as UTF-8
  return "\uFEFF" + [csvRow([...CSV_COLUMNS]), ...graph.nodes.map(nodeRow), ...graph.edges.map(edgeRow)].join("\r\n") + "\r\n";
}

/**
 * The graph in a file format. Nodes and edges are sorted by id (code points): an export does not
 * depend on the order plans were imported in, so two exports of the same graph are byte-identical
 * (removing a plan gives back the other plans' export exactly).
 */
export function serializeGraph(graph: GraphData, format: ExportFormat): string {
  const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sorted: GraphData = { nodes: byId(graph.nodes), edges: byId(graph.edges) };
  switch (format) {
    case "json":
      return JSON.stringify(sorted);
    case "graphml":
      return toGraphML(sorted);
    case "csv":
      return toCsv(sorted);
  }
}
