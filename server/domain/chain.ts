/**
 * An industry's chain, from plain graph data, so that the memory and Neo4j stores give one answer.
 *
 * I is the industry.
 * - directions: HAS_DIRECTION targets of I. Products P: COVERS targets of I and of its directions.
 * - Links. upstream: SUPPLIES X→I (level "industry") and FEEDS p→q with q∈P, p∉P ("product");
 *   downstream: SUPPLIES I→Y and FEEDS p→q with p∈P, q∉P; internal: FEEDS p→q with p, q ∈ P.
 * - projects, platforms: HAS_PROJECT, HAS_PLATFORM targets of I. districts: KEY_DISTRICT targets
 *   of I and LOCATED_IN targets of I's projects and platforms.
 * - Backing of a product link p→q. projects: every Project that INVOLVES p or q (of any industry);
 *   platforms: I's platforms whose name or description contains the name of p or of q (ignoring
 *   case); districts: LOCATED_IN targets of those projects and platforms (where the link is carried).
 * - Backing of an industry link X→Y, O being the end that is not I. districts: KEY_DISTRICT(X) ∩
 *   KEY_DISTRICT(Y); projects: O's projects (HAS_PROJECT) that INVOLVE a product in P; platforms: none.
 * - gaps: the links whose backing is empty, each with the reason in words.
 * - nodes, edges: exactly what the above uses: I, the HAS_DIRECTION and COVERS edges, I's
 *   HAS_PROJECT, HAS_PLATFORM and KEY_DISTRICT edges and its projects' and platforms' LOCATED_IN,
 *   the link edges, and the edges behind each backing (INVOLVES, LOCATED_IN; KEY_DISTRICT of both
 *   ends to a shared district; HAS_PROJECT O→project), with the nodes at their ends.
 * Every list is sorted by id (links and gaps by edge id). Edges whose ends are not in `sub` are ignored.
 *
 * Neighbourhood: `sub` may be the whole graph or only this, which is enough for an exact answer
 * (chainNeighbourhood.ts extracts it from a whole graph; its test pins both to the same chain):
 *   1. I's outgoing HAS_DIRECTION, COVERS, HAS_PROJECT, HAS_PLATFORM, KEY_DISTRICT and its SUPPLIES
 *      in both directions. D = directions, J = I's projects, F = I's platforms, N = SUPPLIES neighbours.
 *   2. COVERS out of D. P = COVERS targets of I and D.
 *   3. FEEDS with either end in P. L = P ∪ the ends of these FEEDS.
 *   4. INVOLVES into L. Q = the projects at their sources.
 *   5. HAS_PROJECT and KEY_DISTRICT out of N.
 *   6. LOCATED_IN out of J ∪ F ∪ Q.
 *   7. The nodes at both ends of all these edges.
 */
import type { Backing, Chain, ChainLink } from "../../contract/api.js";
import type { EdgeType, GraphData, GraphEdge, GraphNode } from "../../contract/graph.js";
import { NotFoundError } from "./errors.js";
import { compareIds, sortedUnique } from "./ids.js";

/** The edge types buildChain reads; a store may fetch only these. */
export const CHAIN_EDGE_TYPES = [
  "HAS_DIRECTION",
  "COVERS",
  "FEEDS",
  "SUPPLIES",
  "HAS_PROJECT",
  "HAS_PLATFORM",
  "KEY_DISTRICT",
  "LOCATED_IN",
  "INVOLVES",
] as const satisfies readonly EdgeType[];

export function buildChain(sub: GraphData, industryId: string): Chain {
  const g = indexGraph(sub);
  const industry = g.node(industryId);
  if (!industry || industry.type !== "Industry") throw new NotFoundError(`no industry with id ${industryId}`);
  const I = industry.id;
  const used = new Map<string, GraphEdge>();
  /** Records edges as part of the answer and passes them on. */
  const use = (edges: GraphEdge[]): GraphEdge[] => {
    for (const e of edges) used.set(e.id, e);
    return edges;
  };
  const targets = (edges: GraphEdge[]) => sortedUnique(edges.map((e) => e.target));

  const directions = targets(use(g.out(I, "HAS_DIRECTION")));
  const products = targets(use([I, ...directions].flatMap((id) => g.out(id, "COVERS"))));
  const P = new Set(products);
  const projects = targets(use(g.out(I, "HAS_PROJECT")));
  const platforms = targets(use(g.out(I, "HAS_PLATFORM")));
  const districts = targets([
    ...use(g.out(I, "KEY_DISTRICT")),
    ...use([...projects, ...platforms].flatMap((id) => g.out(id, "LOCATED_IN"))),
  ]);

  const name = (id: string) => g.node(id)?.name ?? id;
  const located = (ids: string[]) => use(ids.flatMap((id) => g.out(id, "LOCATED_IN")));

  const backProducts = (p: string, q: string): Backing => {
    const involves = use([p, q].flatMap((id) => g.in(id, "INVOLVES")));
    const backers = sortedUnique(involves.map((e) => e.source));
    const needles = [name(p), name(q)].map((n) => n.toLowerCase());
    const naming = platforms.filter((id) => {
      const text = `${name(id)}\n${g.node(id)?.props.description ?? ""}`.toLowerCase();
      return needles.some((n) => text.includes(n));
    });
    return { projects: backers, platforms: naming, districts: targets(located([...backers, ...naming])) };
  };

  const backIndustries = (x: string, y: string): Backing => {
    const other = x === I ? y : x;
    const near = new Set(targets(g.out(x, "KEY_DISTRICT")));
    const shared = targets(g.out(y, "KEY_DISTRICT")).filter((d) => near.has(d));
    use([x, y].flatMap((id) => g.out(id, "KEY_DISTRICT")).filter((e) => shared.includes(e.target)));
    const backers: string[] = [];
    for (const has of g.out(other, "HAS_PROJECT")) {
      const involves = g.out(has.target, "INVOLVES").filter((e) => P.has(e.target));
      if (involves.length === 0) continue;
      use([has, ...involves]);
      backers.push(has.target);
    }
    return { projects: sortedUnique(backers), platforms: [], districts: shared };
  };

  const link = (e: GraphEdge): ChainLink => {
    use([e]);
    const level = e.type === "SUPPLIES" ? "industry" : "product";
    const backing = level === "industry" ? backIndustries(e.source, e.target) : backProducts(e.source, e.target);
    return { edgeId: e.id, level, from: e.source, to: e.target, backing };
  };

  const feeds = sortById([...P].flatMap((p) => [...g.out(p, "FEEDS"), ...g.in(p, "FEEDS")]));
  const upstream = [...g.in(I, "SUPPLIES"), ...feeds.filter((e) => P.has(e.target) && !P.has(e.source))];
  const internal = feeds.filter((e) => P.has(e.source) && P.has(e.target));
  const downstream = [...g.out(I, "SUPPLIES"), ...feeds.filter((e) => P.has(e.source) && !P.has(e.target))];
  const links = (edges: GraphEdge[]) => sortById(edges.filter((e) => e.source !== e.target)).map(link);
  const chain = { upstream: links(upstream), internal: links(internal), downstream: links(downstream) };

  const gaps = [...chain.upstream, ...chain.internal, ...chain.downstream]
    .filter(({ backing: b }) => !b.projects.length && !b.platforms.length && !b.districts.length)
    .sort((a, b) => compareIds(a.edgeId, b.edgeId))
    .map((l) => ({ edgeId: l.edgeId, from: l.from, to: l.to, reason: gapReason(l, I, name) }));

  const edges = sortById([...used.values()]);
  const nodeIds = sortedUnique([I, ...edges.flatMap((e) => [e.source, e.target])]);
  return {
    industry: I,
    ...chain,
    directions,
    products,
    projects,
    platforms,
    districts,
    gaps,
    nodes: nodeIds.map((id) => g.node(id)!),
    edges,
  };
}

function gapReason(l: ChainLink, industry: string, name: (id: string) => string): string {
  if (l.level === "product") {
    const [p, q, i] = [name(l.from), name(l.to), name(industry)];
    return `no project involves ${p} or ${q}, no platform of ${i} names them, no district`;
  }
  const other = l.from === industry ? l.to : l.from;
  return (
    `${name(l.from)} and ${name(l.to)} share no key district, ` +
    `and no project of ${name(other)} involves a product of ${name(industry)}`
  );
}

function sortById<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((i) => [i.id, i])).values()].sort((a, b) => compareIds(a.id, b.id));
}

/** Nodes by id and edges by (type, end), each once; dangling edges dropped. */
function indexGraph(sub: GraphData) {
  const nodes = new Map(sub.nodes.map((n) => [n.id, n]));
  const out = new Map<string, GraphEdge[]>();
  const into = new Map<string, GraphEdge[]>();
  const add = (m: Map<string, GraphEdge[]>, key: string, e: GraphEdge) => {
    const list = m.get(key);
    if (list) list.push(e);
    else m.set(key, [e]);
  };
  for (const e of sortById(sub.edges)) {
    if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
    add(out, `${e.type} ${e.source}`, e);
    add(into, `${e.type} ${e.target}`, e);
  }
  return {
    node: (id: string): GraphNode | undefined => nodes.get(id),
    out: (id: string, type: EdgeType): GraphEdge[] => out.get(`${type} ${id}`) ?? [],
    in: (id: string, type: EdgeType): GraphEdge[] => into.get(`${type} ${id}`) ?? [],
  };
}
