/**
 * Several plans in one graph, as the explorer shows them. Pure.
 * - the chosen plan in the URL: `plan=<planId>` (omitted: all plans), read and written here and
 *   kept by core/viewState.ts with the rest of the view;
 * - the picker's options: a plan's title in the interface language, with its region;
 * - evidence grouped by the plan stating it, and each plan's own properties (`props.planProps`,
 *   server/plans/planSet.ts) read back.
 * The districts map's coverage (which plan has boundaries) is in core/plansMap.ts.
 */
import type { PlanSummary } from "../../../contract/api.js";
import type { Evidence, PropValue } from "../../../contract/graph.js";
import type { Lang } from "./names.js";

/** The URL's plan: a plan id, or "" for all plans. */
export interface PlanState {
  plan: string;
}

export const PLAN_DEFAULTS: PlanState = { plan: "" };

/** `plan=` from the query ("" when absent or blank). */
export function parsePlan(q: URLSearchParams): PlanState {
  return { plan: (q.get("plan") ?? "").trim() };
}

/** The plan's parameter, none for all plans; `encode` as viewState's. */
export function planParams(s: PlanState, encode: (v: string) => string): string[] {
  return s.plan ? [`plan=${encode(s.plan)}`] : [];
}

/**
 * Choose a plan ("" for all). The picture changes with it: the camera, the positions and the
 * reader's span belong to the former plan's picture and text, and go; the selection, the tab and
 * the chain's industry stay (the same entity may be stated by both plans).
 */
export const setPlan =
  (plan: string) =>
  <S extends PlanState & { camera: unknown; pos: string | null; at: unknown }>(s: S): S =>
    s.plan === plan ? s : { ...s, plan, camera: null, pos: null, at: null };

/** The picker shows only when there is a choice. */
export const hasChoice = (plans: readonly PlanSummary[] | null | undefined): boolean => (plans?.length ?? 0) > 1;

/**
 * The plan the explorer asks for: the URL's, when the server has such a plan; else all plans
 * ("" — a stale or mistyped link opens on everything rather than on a 404). While the list is not
 * loaded yet, the URL's plan is trusted.
 */
export function effectivePlan(plans: readonly PlanSummary[] | null | undefined, plan: string): string {
  if (!plan || !plans) return plan;
  return plans.some((p) => p.id === plan) ? plan : "";
}

/** A plan's title in the interface language and the language it is written in. */
export interface PlanLabel {
  title: string;
  titleLang: "zh" | "en";
  /** The region the plan is for (重庆市), "" when unknown; always Chinese. */
  region: string;
}

/** The picker's words for a plan: in English its English title when it has one, else its Chinese title. */
export function planLabel(plan: Pick<PlanSummary, "title" | "titleEn" | "region">, lang: Lang): PlanLabel {
  const en = lang === "en" && plan.titleEn;
  return { title: en ? plan.titleEn! : plan.title, titleLang: en ? "en" : "zh", region: plan.region };
}

/** One plan's evidence for an item: `planId` null for evidence that names no plan. */
export interface PlanEvidence {
  planId: string | null;
  evidence: Evidence[];
}

/**
 * Evidence grouped by the plan stating it, the plans in `order` (the server's list) first, then
 * any other in the order met; evidence of no plan last. Reference facts with a `planId` go with
 * their plan. Within a group the server's order is kept.
 */
export function evidenceByPlan(evidence: readonly Evidence[], order: readonly string[] = []): PlanEvidence[] {
  const groups = new Map<string | null, Evidence[]>();
  for (const ev of evidence) {
    const key = ev.planId ?? null;
    const list = groups.get(key);
    if (list) list.push(ev);
    else groups.set(key, [ev]);
  }
  const rank = (id: string | null) => (id === null ? Number.MAX_SAFE_INTEGER : order.includes(id) ? order.indexOf(id) : order.length);
  return [...groups.entries()]
    .map(([planId, list], i) => ({ planId, evidence: list, i }))
    .sort((a, b) => rank(a.planId) - rank(b.planId) || a.i - b.i)
    .map(({ planId, evidence: list }) => ({ planId, evidence: list }));
}

/** What one plan says of an item where the plans differ (`props.planProps`). */
export interface PlanView {
  planId: string;
  name?: string;
  nameEn?: string;
  props: Record<string, PropValue>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Each plan's own name and properties, from `props.planProps` (a JSON string); null when the item
 * has none (the plans agree, or one plan states it) or the text is not what the server writes.
 * Ordered as `order`, then as written.
 */
export function planViews(props: Readonly<Record<string, unknown>>, order: readonly string[] = []): PlanView[] | null {
  const raw = props.planProps;
  if (typeof raw !== "string") return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(parsed)) return null;
  const views: PlanView[] = [];
  for (const [planId, v] of Object.entries(parsed)) {
    if (!isRecord(v)) continue;
    views.push({
      planId,
      ...(typeof v.name === "string" ? { name: v.name } : {}),
      ...(typeof v.nameEn === "string" ? { nameEn: v.nameEn } : {}),
      props: isRecord(v.props) ? (v.props as Record<string, PropValue>) : {},
    });
  }
  if (!views.length) return null;
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return views.map((v, i) => ({ v, i })).sort((a, b) => rank(a.v.planId) - rank(b.v.planId) || a.i - b.i).map(({ v }) => v);
}

/** A plan's title by id, for subheadings (null when unknown: the caller shows the id). */
export function planTitle(plans: readonly PlanSummary[] | null | undefined, planId: string, lang: Lang): PlanLabel | null {
  const p = plans?.find((x) => x.id === planId);
  return p ? planLabel(p, lang) : null;
}

/** The plan whose text the reader shows: the chosen one, or with all plans the first. */
export function readerPlan(plans: readonly PlanSummary[] | null | undefined, plan: string): string | undefined {
  return plan || plans?.[0]?.id;
}

/**
 * The plan to choose when a quote of `quotePlanId` is opened in the reader: the same plan when the
 * reader shows that plan's text already, else the quote's plan (if the server has it).
 */
export function quotePlan(plans: readonly PlanSummary[] | null | undefined, plan: string, quotePlanId: string | undefined): string {
  if (!quotePlanId || !plans?.some((p) => p.id === quotePlanId)) return plan;
  return readerPlan(plans, plan) === quotePlanId ? plan : quotePlanId;
}
