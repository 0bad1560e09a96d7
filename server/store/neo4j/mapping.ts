/**
 * How a GraphNode / GraphEdge is kept in Neo4j, and read back identical to the memory store's.
 *
 * Node: labels `:Entity:<type>`; properties `id`, `type`, `name`, `nameEn` (absent when the node
 * has none), `propsJson` and `evidenceJson` (the exact JSON of `props` and `evidence`: nested
 * evidence objects and mixed arrays have no Neo4j property type, and a JSON string round-trips
 * values, types and key order), the searchable scalars `pinyinText` (the name's pinyin keys),
 * `aliasesText` (props.aliases joined by spaces) and `description` (props.description) — where
 * plans state the node differently (props.planProps), every plan's names, aliases and
 * descriptions — `seq` (position in the imported graph: reads
 * return nodes and edges in the memory store's order), `importRun` (see ./load.ts), `plans` (the
 * ids of the plans stating it: server/plans/planSet.ts, plansOf) and, on a Plan node, `planId`.
 * Edge: relationship type `<type>`; properties `id`, `propsJson`, `evidenceJson`, `seq`,
 * `importRun`, `plans`; `source`/`target` are its end nodes' ids.
 *
 * Queries return nodes as `n {.id, .type, .name, .nameEn, .propsJson, .evidenceJson}` and edges as
 * `{id, type, source, target, propsJson, evidenceJson}` maps; these functions read them, and
 * `inPlan` gives what one plan alone states of them (its evidence, its own properties).
 */
import type { GraphEdge, GraphNode } from "../../../contract/graph.js";
import { pinyinKeys } from "../../domain/pinyin.js";
import { aliasesOf, descriptionOf } from "../../domain/rank.js";
import { planIdsOf, plansOf, projectItem, statedViews } from "../../plans/planSet.js";

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

/** Keys in the importer's order (id, type, name, nameEn, props, evidence): exports compare byte for byte. */
export function toGraphNode(row: NodeRow): GraphNode {
  return {
    id: row.id,
    type: row.type as GraphNode["type"],
    name: row.name,
    ...(row.nameEn !== null && row.nameEn !== undefined ? { nameEn: row.nameEn } : {}),
    props: JSON.parse(row.propsJson),
    evidence: JSON.parse(row.evidenceJson),
  };
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

/**
 * The item as `plan` states it (projectItem), or as read when no plan is asked for. The queries
 * keep only what the plan states (its id in `plans`), so there is always something to project.
 */
export function inPlan<T extends GraphNode | GraphEdge>(item: T, plan: string | undefined): T {
  if (plan === undefined) return item;
  const own = projectItem(item, plan);
  if (!own) throw new Error(`Neo4j store: ${item.id} was read for plan ${plan}, which does not state it`);
  return own;
}

/**
 * The node as each plan states it where the plans differ (props.planProps), else the node alone.
 * The search fields hold the text of every view, so that under plan= a plan's own name, alias or
 * description finds the node; the store ranks the plan's own view (./search.ts, ownText).
 */
function searchViews(node: GraphNode): GraphNode[] {
  const views = statedViews(node);
  return views.length === 1 && views[0] === node ? views : [node, ...views];
}

const joined = (texts: (string | undefined)[], sep: string): string | null =>
  [...new Set(texts.filter((t): t is string => typeof t === "string" && t !== ""))].join(sep) || null;

/** The full-text fields of a node: its own text, and where plans differ every plan's. */
function searchFields(node: GraphNode) {
  const views = searchViews(node);
  if (views.length === 1) {
    const aliases = aliasesOf(node);
    return {
      aliasesText: aliases.length ? aliases.join(" ") : null,
      pinyinText: pinyinKeys(node.name).join(" ") || null,
      description: descriptionOf(node) || null,
    };
  }
  const others = views.slice(1).flatMap((v) => [v.name, v.nameEn, ...aliasesOf(v)]);
  return {
    aliasesText: joined([...aliasesOf(node), ...others.filter((t) => t !== node.name && t !== node.nameEn)], " "),
    pinyinText: joined(views.flatMap((v) => pinyinKeys(v.name)), " "),
    description: joined(views.map(descriptionOf), "\n"),
  };
}

/** The parameters of one node of `import-nodes.cypher`. */
export function nodeImportRow(node: GraphNode, seq: number) {
  return {
    id: node.id,
    type: node.type,
    name: node.name,
    nameEn: node.nameEn ?? null,
    ...searchFields(node),
    propsJson: JSON.stringify(node.props),
    evidenceJson: JSON.stringify(node.evidence),
    seq,
    plans: plansOf(node),
    planId: node.type === "Plan" ? planIdsOf({ nodes: [node], edges: [] })[0] : null,
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
    plans: plansOf(edge),
  };
}
