/**
 * Collects nodes and edges; the same id twice means the same entity: evidence is united and
 * properties merged (arrays united, a scalar keeps its first value).
 */
import type { Evidence, GraphData, GraphEdge, GraphNode, PropValue } from "../../contract/graph.js";

function evidenceKey(e: Evidence): string {
  return "kind" in e ? `ref|${e.source}` : `${e.planId}|${e.start}|${e.end}|${e.section}`;
}

/**
 * `a` with those of `b` not in it appended, in place (`a` is the accumulator's own copy). `seen`
 * holds the keys of `a` and is kept with the item between merges: an item stated many times (a
 * term in every chapter) is merged in time linear in its evidence, not quadratic (the set was
 * rebuilt and `a` copied at every merge).
 */
function unionEvidence(a: Evidence[], b: Evidence[], seen: Set<string>): Evidence[] {
  const out = a;
  for (const e of b) {
    const k = evidenceKey(e);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(e);
    }
  }
  return out;
}

export function mergeProps(a: Record<string, PropValue>, b: Record<string, PropValue>): Record<string, PropValue> {
  const out: Record<string, PropValue> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    if (cur === undefined) out[k] = v;
    else if (Array.isArray(cur) && Array.isArray(v)) {
      out[k] = [...new Set([...(cur as (string | number)[]), ...(v as (string | number)[])])] as PropValue;
    }
  }
  return out;
}

export class GraphAccumulator {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  /** Evidence keys of each node and edge so far (unionEvidence). */
  private readonly seen = new Map<string, Set<string>>();
  readonly conflicts: string[] = [];

  private seenOf(key: string, evidence: Evidence[]): Set<string> {
    let set = this.seen.get(key);
    if (!set) this.seen.set(key, (set = new Set(evidence.map(evidenceKey))));
    return set;
  }

  addNode(n: GraphNode): void {
    const cur = this.nodes.get(n.id);
    if (!cur) {
      this.nodes.set(n.id, { ...n, props: { ...n.props }, evidence: [...n.evidence] });
      return;
    }
    if (cur.type !== n.type) {
      this.conflicts.push(`id ${n.id} is both a ${cur.type} and a ${n.type}: kept the ${cur.type}`);
      return;
    }
    this.nodes.set(n.id, {
      ...cur,
      nameEn: cur.nameEn ?? n.nameEn,
      props: mergeProps(cur.props, n.props),
      evidence: unionEvidence(cur.evidence, n.evidence, this.seenOf(`n ${n.id}`, cur.evidence)),
    });
  }

  addEdge(e: GraphEdge): void {
    const cur = this.edges.get(e.id);
    if (!cur) {
      this.edges.set(e.id, { ...e, props: { ...e.props }, evidence: [...e.evidence] });
      return;
    }
    this.edges.set(e.id, { ...cur, props: mergeProps(cur.props, e.props), evidence: unionEvidence(cur.evidence, e.evidence, this.seenOf(`e ${e.id}`, cur.evidence)) });
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  node(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  toGraph(): GraphData {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}
