/** What every extraction stage shares: the text view, the graph being built, the report lists. */
import { CuratedFileError } from "./errors.js";
import type { EdgeType, GraphEdge, GraphNode, NodeType, PropValue, TextEvidence } from "../../contract/graph.js";
import { edgeId, nodeId } from "../../contract/graph.js";
import { GraphAccumulator } from "./merge.js";
import { type Span, type TextView, evidence } from "./text.js";

export interface Ctx {
  view: TextView;
  planId: string;
  acc: GraphAccumulator;
  inferred: string[];
  warnings: string[];
  /** The canonical District name for a name as the plan writes it (identity without geography). */
  districtName: (name: string) => string;
  /**
   * A curated entry the plan does not back (its quote, its industry or its product is not in the
   * text): a warning, and the entry is skipped; in strict mode (the seeds' own tests, `--strict`)
   * a CuratedFileError.
   */
  curatedMiss: (message: string) => void;
}

export function makeCtx(view: TextView, planId: string, districtName: (name: string) => string = (n) => n, strict = false): Ctx {
  const warnings: string[] = [];
  const curatedMiss = (message: string) => {
    if (strict) throw new CuratedFileError(message);
    warnings.push(message);
  };
  return { view, planId, acc: new GraphAccumulator(), inferred: [], warnings, districtName, curatedMiss };
}

export function ev(ctx: Ctx, span: Span, section: string): TextEvidence {
  return evidence(ctx.view, ctx.planId, span, section);
}

export function addNode(
  ctx: Ctx,
  type: NodeType,
  key: string,
  name: string,
  props: Record<string, PropValue | undefined>,
  evidence: TextEvidence[],
  nameEn?: string,
): string {
  const id = nodeId(type, key);
  const node: GraphNode = { id, type, name, props: defined(props), evidence };
  if (nameEn) node.nameEn = nameEn;
  ctx.acc.addNode(node);
  return id;
}

export function addEdge(
  ctx: Ctx,
  type: EdgeType,
  source: string,
  target: string,
  evidence: TextEvidence[],
  props: Record<string, PropValue | undefined> = {},
): string {
  const id = edgeId(type, source, target);
  const edge: GraphEdge = { id, type, source, target, props: defined(props), evidence };
  ctx.acc.addEdge(edge);
  return id;
}

function defined(props: Record<string, PropValue | undefined>): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const [k, v] of Object.entries(props)) if (v !== undefined) out[k] = v;
  return out;
}

/** Record that a name in the text was read as an industry under another name (生物医药 → 生物). */
export function noteAlias(ctx: Ctx, written: string, industry: string, where: string): void {
  if (written !== industry) ctx.inferred.push(`"${written}" read as industry ${industry} (${where})`);
}
