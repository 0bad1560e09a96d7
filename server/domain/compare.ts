/**
 * Two plans side by side, as a pure function over each plan's projected graph (planSet.projectPlan):
 * the industries both plans have or only one has, with what backs each in each plan (projects,
 * platforms, districts, products); the products both state or one states; the chain links (FEEDS,
 * SUPPLIES) each plan states, with the sentence that states it.
 */
import type { CompareBacking, CompareIndustry, CompareLink, CompareProduct, Comparison, PlanSummary, Side } from "../../contract/api.js";
import { isTextEvidence, type GraphData, type GraphEdge, type GraphNode } from "../../contract/graph.js";

const SIDE_ORDER: Record<Side, number> = { both: 0, a: 1, b: 2 };
const collator = new Intl.Collator("zh-Hans-CN");

/** Both first, then only in A, only in B; by name (Chinese collation), then by id. */
export function bySideThenName<T extends { in: Side; name: string; id: string }>(x: T, y: T): number {
  return SIDE_ORDER[x.in] - SIDE_ORDER[y.in] || collator.compare(x.name, y.name) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

function sideOf(inA: boolean, inB: boolean): Side {
  return inA && inB ? "both" : inA ? "a" : "b";
}

/** The quote of an item's first text evidence. */
export function firstQuote(item: { evidence: GraphEdge["evidence"] }): string | undefined {
  for (const ev of item.evidence) if (isTextEvidence(ev)) return ev.quote;
  return undefined;
}

/** One plan's graph, indexed for the questions below. */
class PlanIndex {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  private readonly out = new Map<string, GraphEdge[]>();

  constructor(graph: GraphData) {
    for (const n of graph.nodes) this.nodes.set(n.id, n);
    for (const e of graph.edges) {
      this.edges.set(e.id, e);
      const list = this.out.get(e.source) ?? [];
      list.push(e);
      this.out.set(e.source, list);
    }
  }

  ofType(type: GraphNode["type"]): GraphNode[] {
    return [...this.nodes.values()].filter((n) => n.type === type);
  }

  /** Distinct targets of `type` edges from `id`. */
  targets(id: string, type: GraphEdge["type"]): Set<string> {
    return new Set((this.out.get(id) ?? []).filter((e) => e.type === type).map((e) => e.target));
  }

  /** The products an industry covers, directly or through its directions. */
  products(industry: string): Set<string> {
    const out = this.targets(industry, "COVERS");
    for (const d of this.targets(industry, "HAS_DIRECTION")) for (const p of this.targets(d, "COVERS")) out.add(p);
    return out;
  }

  backing(industry: string): CompareBacking {
    return {
      projects: this.targets(industry, "HAS_PROJECT").size,
      platforms: this.targets(industry, "HAS_PLATFORM").size,
      districts: this.targets(industry, "KEY_DISTRICT").size,
      products: this.products(industry).size,
    };
  }
}

/** A node's name and English name as plan A states it, else as plan B does. */
function naming(id: string, a: PlanIndex, b: PlanIndex): { name: string; nameEn?: string } {
  const node = a.nodes.get(id) ?? b.nodes.get(id);
  if (!node) return { name: id };
  const nameEn = node.nameEn ?? b.nodes.get(id)?.nameEn;
  return nameEn === undefined ? { name: node.name } : { name: node.name, nameEn };
}

function compareIndustries(a: PlanIndex, b: PlanIndex): CompareIndustry[] {
  const ids = new Set([...a.ofType("Industry"), ...b.ofType("Industry")].map((n) => n.id));
  return [...ids]
    .map((id): CompareIndustry => {
      const inA = a.nodes.has(id);
      const inB = b.nodes.has(id);
      const row: CompareIndustry = { id, ...naming(id, a, b), in: sideOf(inA, inB) };
      if (inA) row.a = a.backing(id);
      if (inB) row.b = b.backing(id);
      return row;
    })
    .sort(bySideThenName);
}

function compareProducts(a: PlanIndex, b: PlanIndex): CompareProduct[] {
  const coveredBy = new Map<string, Set<string>>();
  for (const plan of [a, b]) {
    for (const industry of plan.ofType("Industry")) {
      for (const p of plan.products(industry.id)) coveredBy.set(p, (coveredBy.get(p) ?? new Set()).add(industry.id));
    }
  }
  const ids = new Set([...a.ofType("Product"), ...b.ofType("Product")].map((n) => n.id));
  return [...ids]
    .map((id): CompareProduct => ({
      id,
      ...naming(id, a, b),
      in: sideOf(a.nodes.has(id), b.nodes.has(id)),
      industries: [...(coveredBy.get(id) ?? [])].sort(),
    }))
    .sort(bySideThenName);
}

const LINK_TYPES = new Set<GraphEdge["type"]>(["FEEDS", "SUPPLIES"]);

function compareLinks(a: PlanIndex, b: PlanIndex): CompareLink[] {
  const ids = new Set([...a.edges.values(), ...b.edges.values()].filter((e) => LINK_TYPES.has(e.type)).map((e) => e.id));
  return [...ids]
    .map((id): CompareLink => {
      const ea = a.edges.get(id);
      const eb = b.edges.get(id);
      const edge = (ea ?? eb)!;
      const source = naming(edge.source, a, b);
      const target = naming(edge.target, a, b);
      const row: CompareLink = {
        id,
        type: edge.type as CompareLink["type"],
        source: edge.source,
        target: edge.target,
        sourceName: source.name,
        targetName: target.name,
        in: sideOf(ea !== undefined, eb !== undefined),
      };
      if (source.nameEn !== undefined) row.sourceNameEn = source.nameEn;
      if (target.nameEn !== undefined) row.targetNameEn = target.nameEn;
      const quoteA = ea && firstQuote(ea);
      const quoteB = eb && firstQuote(eb);
      if (quoteA !== undefined) row.quoteA = quoteA;
      if (quoteB !== undefined) row.quoteB = quoteB;
      return row;
    })
    .sort(byLink);
}

/** Both first, then only in A, only in B; industry links (SUPPLIES) before product links; by names. */
function byLink(x: CompareLink, y: CompareLink): number {
  return (
    SIDE_ORDER[x.in] - SIDE_ORDER[y.in] ||
    (x.type === y.type ? 0 : x.type === "SUPPLIES" ? -1 : 1) ||
    collator.compare(x.sourceName, y.sourceName) ||
    collator.compare(x.targetName, y.targetName) ||
    (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
  );
}

/** The two plans side by side; `a` and `b` are each plan's own graph (projectPlan). */
export function comparePlans(a: GraphData, b: GraphData, summaryA: PlanSummary, summaryB: PlanSummary): Comparison {
  const ia = new PlanIndex(a);
  const ib = new PlanIndex(b);
  return {
    a: summaryA,
    b: summaryB,
    industries: compareIndustries(ia, ib),
    products: compareProducts(ia, ib),
    links: compareLinks(ia, ib),
  };
}
