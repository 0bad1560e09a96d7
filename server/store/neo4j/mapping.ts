/**
 * How a GraphNode / GraphEdge is kept in Neo4j, and read back identical to the memory store's.
 *
 * Node: labels `:Entity:<type>`; properties `id`, `type`, `name`, `nameEn` (absent when the node
 * has none), `propsJson` and `evidenceJson` (the exact JSON of `props` and `evidence`: nested
 * evidence objects and mixed arrays have no Neo4j property type, and a JSON string round-trips
 * values, types and key order), the searchable scalars `pinyinText` (the name's pinyin keys),
 * `aliasesText` (props.aliases joined by
 * spaces) and `description` (props.description), `seq` (position in the imported graph: reads
 * return nodes and edges in the memory store's order) and `importRun` (see ./load.ts).
 * Edge: relationship type `<type>`; properties `id`, `propsJson`, `evidenceJson`, `seq`,
 * `importRun`; `source`/`target` are its end nodes' ids.
 *
 * Queries return nodes as `n {.id, .type, .name, .nameEn, .propsJson, .evidenceJson}` and edges as
 * `{id, type, source, target, propsJson, evidenceJson}` maps; these functions read them.
 */
import type { GraphEdge, GraphNode } from "../../../contract/graph.js";
import { pinyinKeys } from "../../domain/pinyin.js";

export interface NodeRow {
  id: string;
  type: string;
  name: string;
  nameEn?: string | null;
  propsJson: string;
  evidenceJson: string;
}

export interface EdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  propsJson: string;
  evidenceJson: string;
}

export function toGraphNode(row: NodeRow): GraphNode {
  const node: GraphNode = {
    id: row.id,
    type: row.type as GraphNode["type"],
    name: row.name,
    props: JSON.parse(row.propsJson),
    evidence: JSON.parse(row.evidenceJson),
  };
  if (row.nameEn !== null && row.nameEn !== undefined) node.nameEn = row.nameEn;
  return node;
}

export function toGraphEdge(row: EdgeRow): GraphEdge {
  return {
    id: row.id,
    type: row.type as GraphEdge["type"],
    source: row.source,
    target: row.target,
    props: JSON.parse(row.propsJson),
    evidence: JSON.parse(row.evidenceJson),
  };
}

/** The parameters of one node of `import-nodes.cypher`. */
export function nodeImportRow(node: GraphNode, seq: number) {
  const aliases = node.props.aliases;
  const description = node.props.description;
  return {
    id: node.id,
    type: node.type,
    name: node.name,
    nameEn: node.nameEn ?? null,
    aliasesText: Array.isArray(aliases) && aliases.length ? aliases.join(" ") : null,
    pinyinText: pinyinKeys(node.name).join(" ") || null,
    description: typeof description === "string" && description ? description : null,
    propsJson: JSON.stringify(node.props),
    evidenceJson: JSON.stringify(node.evidence),
    seq,
  };
}

/** The parameters of one edge of `import-edges.cypher`. */
export function edgeImportRow(edge: GraphEdge, seq: number) {
  return {
    id: edge.id,
    type: edge.type,
    source: edge.source,
    target: edge.target,
    propsJson: JSON.stringify(edge.props),
    evidenceJson: JSON.stringify(edge.evidence),
    seq,
  };
}
