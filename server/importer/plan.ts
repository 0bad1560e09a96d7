/** The Plan node: title, period and source file, with the sentence that states what the document is. */
import { z } from "zod";
import type { GraphNode } from "../../contract/graph.js";
import { nodeId } from "../../contract/graph.js";
import type { Outline } from "./sections.js";
import { type Span, type TextView, evidence, sentences } from "./text.js";

/**
 * A plan's metadata as published (seeds/curated/<planId>/plan.json): its title, for a converted
 * text that lost its title line, and its English name, with where they come from; the region it is
 * for (重庆市) and that region's GB/T 2260 code (500000), else inferred (region.ts).
 */
export const PlanMeta = z.object({
  title: z.string().min(1).optional(),
  nameEn: z.string().min(1).optional(),
  region: z.string().trim().min(1).optional(),
  regionCode: z.string().regex(/^\d{6}$/, "regionCode is a six-digit GB/T 2260 code").optional(),
  source: z.string().min(1),
});
export type PlanMeta = z.infer<typeof PlanMeta>;

const PERIODS: Record<string, string> = { 十三五: "2016-2020", 十四五: "2021-2025", 十五五: "2026-2030" };

export function buildPlan(
  view: TextView,
  outline: Outline,
  planId: string,
  sourceFile: string,
  meta?: PlanMeta,
): { node: GraphNode; inferred: string[]; warnings: string[]; titleStated: boolean } {
  const inferred: string[] = [];
  const warnings: string[] = [];
  const section = "引言";
  const titleLine = outline.preface.find((l) => /^[^，。]{4,60}规划$/.test(l.text));
  let name: string;
  let known: PlanMeta | undefined;
  let span: Span;
  if (titleLine) {
    name = titleLine.text;
    span = titleLine;
  } else {
    known = meta?.title ? meta : undefined;
    name = known?.title ?? planId;
    const all = outline.preface.flatMap((l) => sentences(view.clean, l));
    span = all.find((s) => view.clean.slice(s.start, s.end).includes("制定本规划")) ?? all[0];
    if (!span) throw new Error("plan has no preface text");
    inferred.push(
      `plan title "${name}" is not stated in the text: ` +
        (known ? `taken from seeds/curated/${planId}/plan.json` : "the plan id stands in for it") +
        `; evidence is the preface sentence "${view.clean.slice(span.start, Math.min(span.end, span.start + 12))}…${view.clean.slice(Math.max(span.start, span.end - 6), span.end)}"`,
    );
  }
  const titleStated = !!(titleLine || known);
  // The plan's own period is the five-year plan it names most often (it also mentions the previous one).
  const periodKey = Object.keys(PERIODS)
    .map((k) => ({ k, n: view.clean.split(k).length - 1 }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n)[0]?.k;
  const props: GraphNode["props"] = { sourceFile, planId };
  if (periodKey) {
    props.period = PERIODS[periodKey];
    inferred.push(`plan period ${PERIODS[periodKey]} from "${periodKey}" in the text`);
  } else warnings.push("plan period not found (no 十三五/十四五/十五五 in the text)");
  return {
    node: {
      id: nodeId("Plan", planId),
      type: "Plan",
      name,
      nameEn: meta?.nameEn,
      props,
      evidence: [evidence(view, planId, span, section), ...(known ? [{ kind: "reference" as const, source: known.source }] : [])],
    },
    inferred,
    warnings,
    titleStated,
  };
}

/** The Plan node with the region it is for (`region`, `regionCode`: GET /api/plans shows them). */
export function withRegion(node: GraphNode, region: { name: string; code?: string } | undefined): GraphNode {
  if (!region) return node;
  return { ...node, props: { ...node.props, region: region.name, ...(region.code ? { regionCode: region.code } : {}) } };
}
