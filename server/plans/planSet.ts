/**
 * Several plans in one graph, the way a knowledge graph holds several sources: an entity named by
 * two plans (an industry, a product, a district) is ONE node; every statement carries its plan in
 * its evidence (`planId`). Pure functions over GraphData:
 * - addPlan(graph, planGraph, planId): add or replace one plan, leaving the others as they were;
 * - removePlan(graph, planId): drop the plan's evidence, and the nodes and edges no other plan states;
 * - projectPlan(graph, planId): the graph as that plan alone states it.
 *
 * Properties: where the plans stating a node (or edge) give it different properties (an industry's
 * order and 专栏 number, an indicator's value), the item shows the first plan's and keeps each plan's
 * own in `props.planProps` (JSON `{ [planId]: { name, nameEn?, props } }`), present only while they
 * differ. So removing a plan gives back exactly what the other plans stated (exports are sorted by id:
 * see server/export/formats.ts), and a plan filter shows each plan's own values.
 */
import type { Evidence, GraphData, GraphEdge, GraphNode, PropValue } from "../../contract/graph.js";

export const PLAN_PROPS = "planProps";

type Item = GraphNode | GraphEdge;
type Props = Record<string, PropValue>;
/** What a plan says of an item beyond its evidence. */
interface View {
  name?: string;
  nameEn?: string;
  props: Props;
}

/** The plan an evidence entry belongs to (reference facts are stamped with the plan that added them). */
export function planOfEvidence(ev: Evidence): string | undefined {
  return ev.planId;
}

/** The plans stating an item, in the order of its evidence. */
export function plansOf(item: { evidence: readonly Evidence[] }): string[] {
  const out: string[] = [];
  for (const ev of item.evidence) {
    const p = planOfEvidence(ev);
    if (p !== undefined && !out.includes(p)) out.push(p);
  }
  return out;
}

/** The plans of a graph, in the order of their Plan nodes. */
export function planIdsOf(graph: GraphData): string[] {
  return graph.nodes.filter((n) => n.type === "Plan").map((n) => String(n.props.planId ?? n.id.replace(/^plan:/, "")));
}

const viewOf = (item: Item): View => {
  const props = { ...item.props };
  delete props[PLAN_PROPS];
  return "name" in item ? { name: item.name, nameEn: item.nameEn, props } : { props };
};

/** Each plan's own view of an item: from `planProps` when the plans differ, else the item's own. */
function viewsOf(item: Item): Map<string, View> {
  const raw = item.props[PLAN_PROPS];
  if (typeof raw === "string") return new Map(Object.entries(JSON.parse(raw) as Record<string, View>));
  const view = viewOf(item);
  return new Map(plansOf(item).map((p) => [p, view]));
}

/** A stable text of a view, for "do the plans agree". */
const key = (v: View): string => JSON.stringify([v.name ?? null, v.nameEn ?? null, Object.entries(v.props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);

/** The item with these plans' views: the first plan's shown, `planProps` kept while they differ. */
function withViews<T extends Item>(item: T, order: string[], views: Map<string, View>): T {
  const first = views.get(order[0]) ?? viewOf(item);
  const agree = order.every((p) => !views.has(p) || key(views.get(p)!) === key(first));
  const props: Props = { ...first.props };
  if (!agree) {
    const own: Record<string, View> = {};
    for (const p of order) if (views.has(p)) own[p] = views.get(p)!;
    props[PLAN_PROPS] = JSON.stringify(own);
  }
  const out = { ...item, props };
  if ("name" in out && first.name !== undefined) {
    const node = out as GraphNode;
    node.name = first.name;
    if (first.nameEn === undefined) delete node.nameEn;
    else node.nameEn = first.nameEn;
  }
  return out;
}

/** Reference evidence gets the plan that added it, so that removing the plan removes the fact. */
function stamp(evidence: readonly Evidence[], planId: string): Evidence[] {
  return evidence.map((ev) => (ev.planId === undefined ? { ...ev, planId } : ev));
}

function merge<T extends Item>(existing: T | undefined, incoming: T, planId: string): T {
  const stamped = { ...incoming, evidence: stamp(incoming.evidence, planId) };
  if (!existing) return stamped;
  const views = viewsOf(existing);
  views.set(planId, viewOf(incoming));
  const merged = { ...existing, evidence: [...existing.evidence, ...stamped.evidence] };
  return withViews(merged, plansOf(merged), views);
}

/** Without the plan's evidence; undefined when no other plan states the item. */
function strip<T extends Item>(item: T, planId: string): T | undefined {
  const evidence = item.evidence.filter((ev) => planOfEvidence(ev) !== planId);
  if (evidence.length === item.evidence.length) return item;
  if (!evidence.some((ev) => planOfEvidence(ev) !== undefined)) return undefined;
  const views = viewsOf(item);
  views.delete(planId);
  const rest = { ...item, evidence };
  return withViews(rest, plansOf(rest), views);
}

/** Each item mapped (undefined drops it); edges kept only between the nodes that stay. */
function mapItems(graph: GraphData, f: <T extends Item>(item: T) => T | undefined): GraphData {
  const nodes = graph.nodes.map((n) => f(n)).filter((n): n is GraphNode => n !== undefined);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.map((e) => f(e)).filter((e): e is GraphEdge => e !== undefined && ids.has(e.source) && ids.has(e.target));
  return { nodes, edges };
}

/** The graph without one plan: its evidence dropped, and what only it stated. */
export function removePlan(graph: GraphData, planId: string): GraphData {
  return mapItems(graph, (item) => strip(item, planId));
}

/**
 * Add one plan's graph (as the importer made it) to a graph of plans; a plan already there is
 * replaced. Items new to the graph come after the others, in the plan's order.
 */
export function addPlan(graph: GraphData, planGraph: GraphData, planId: string): GraphData {
  const base = removePlan(graph, planId);
  const nodes = new Map(base.nodes.map((n) => [n.id, n]));
  for (const n of planGraph.nodes) nodes.set(n.id, merge(nodes.get(n.id), n, planId));
  const edges = new Map(base.edges.map((e) => [e.id, e]));
  for (const e of planGraph.edges) edges.set(e.id, merge(edges.get(e.id), e, planId));
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** The item as one plan states it: its evidence only, its own properties; undefined if it does not. */
export function projectItem<T extends Item>(item: T, planId: string): T | undefined {
  const evidence = item.evidence.filter((ev) => planOfEvidence(ev) === planId);
  if (!evidence.length) return undefined;
  const view = viewsOf(item).get(planId) ?? viewOf(item);
  const out = { ...item, evidence, props: { ...view.props } };
  if ("name" in out) {
    const node = out as GraphNode;
    if (view.name !== undefined) node.name = view.name;
    if (view.nameEn === undefined) delete node.nameEn;
    else node.nameEn = view.nameEn;
  }
  return out;
}

/** The node as each plan states it where the plans differ (`planProps`), else the node alone: for search indexes. */
export function statedViews(node: GraphNode): GraphNode[] {
  if (typeof node.props[PLAN_PROPS] !== "string") return [node];
  // planProps read once, not once per plan (it grows with the plans: quadratic at 100 plans)
  const views = viewsOf(node);
  const evidence = new Map<string, Evidence[]>();
  for (const ev of node.evidence) {
    const p = planOfEvidence(ev);
    if (p === undefined) continue;
    const list = evidence.get(p);
    if (list) list.push(ev);
    else evidence.set(p, [ev]);
  }
  return [...evidence].map(([p, own]) => {
    const view = views.get(p) ?? viewOf(node);
    const out: GraphNode = { ...node, evidence: own, props: { ...view.props } };
    if (view.name !== undefined) out.name = view.name;
    if (view.nameEn === undefined) delete out.nameEn;
    else out.nameEn = view.nameEn;
    return out;
  });
}

/** The graph as one plan alone states it. */
export function projectPlan(graph: GraphData, planId: string): GraphData {
  return mapItems(graph, (item) => projectItem(item, planId));
}

/**
 * Several plans' graphs (in order) as one graph: what adding them one by one gives, in one pass.
 * (Adding them one by one copies the whole graph per plan and re-reads a shared item's planProps per
 * plan: 100 synthetic plans took 19 s that way, quadratic in the number of plans.)
 */
export function combinePlans(plans: readonly { planId: string; graph: GraphData }[]): GraphData {
  // a plan named twice replaces its earlier graph, as addPlan does
  if (new Set(plans.map((p) => p.planId)).size !== plans.length) {
    return plans.reduce<GraphData>((g, p) => addPlan(g, p.graph, p.planId), { nodes: [], edges: [] });
  }
  return { nodes: combineItems(plans, (g) => g.nodes), edges: combineItems(plans, (g) => g.edges) };
}

function combineItems<T extends Item>(plans: readonly { planId: string; graph: GraphData }[], itemsOf: (g: GraphData) => T[]): T[] {
  const byId = new Map<string, { first: T; evidence: Evidence[]; views?: Map<string, View> }>();
  for (const { planId, graph } of plans) {
    for (const incoming of itemsOf(graph)) {
      const evidence = stamp(incoming.evidence, planId);
      const at = byId.get(incoming.id);
      if (!at) {
        byId.set(incoming.id, { first: { ...incoming, evidence }, evidence });
        continue;
      }
      at.views ??= viewsOf(at.first);
      at.views.set(planId, viewOf(incoming));
      if (at.evidence === at.first.evidence) at.evidence = [...at.evidence];
      at.evidence.push(...evidence);
    }
  }
  return [...byId.values()].map(({ first, evidence, views }) => {
    if (!views) return first;
    const merged = { ...first, evidence };
    return withViews(merged, plansOf(merged), views);
  });
}
