import { describe, expect, it } from "vitest";
import type { PlanSummary } from "../../../contract/api.js";
import type { Evidence } from "../../../contract/graph.js";
import { effectivePlan, evidenceByPlan, hasChoice, parsePlan, planLabel, planParams, planViews, quotePlan, readerPlan, setPlan } from "./plans.js";
import { DEFAULT_STATE, parse, serialize } from "./viewState.js";

const plan = (id: string, title: string, region: string, titleEn?: string): PlanSummary => ({
  id, nodeId: `plan:${id}`, title, region, lacks: [], counts: { nodes: {}, edges: {} }, ...(titleEn ? { titleEn } : {}),
});
const CQ = plan("cq-sei-14fyp", "重庆市战略性新兴产业发展“十四五”规划", "重庆市", "Chongqing 14th FYP for strategic emerging industries");
const CD = plan("cd-sei-14fyp", "成都市战略性新兴产业发展“十四五”规划", "成都市");
const PLANS = [CQ, CD];
const ev = (planId: string | undefined, quote: string): Evidence =>
  ({ ...(planId ? { planId } : {}), start: 0, end: quote.length, quote, section: "" }) as Evidence;

describe("the plan in the URL", () => {
  it("is omitted for all plans and kept through parse and serialize", () => {
    expect(planParams({ plan: "" }, encodeURIComponent)).toEqual([]);
    expect(parsePlan(new URLSearchParams("plan=cd-sei-14fyp")).plan).toBe("cd-sei-14fyp");
    expect(parsePlan(new URLSearchParams("plan=%20")).plan).toBe("");
    const s = { ...DEFAULT_STATE, view: "districts" as const, plan: "cd-sei-14fyp" };
    expect(serialize(s)).toBe("?view=districts&plan=cd-sei-14fyp");
    expect(parse(serialize(s))).toEqual(s);
    expect(serialize(DEFAULT_STATE)).toBe("");
  });

  it("a new plan drops the camera, positions and reader span, keeps the selection and the industry", () => {
    const s = { ...DEFAULT_STATE, selected: "industry:集成电路", industry: "industry:集成电路", camera: { zoom: 2, x: 1, y: 2 }, pos: "abc", at: { start: 1, end: 5 } };
    const next = setPlan("cd-sei-14fyp")(s);
    expect(next).toMatchObject({ plan: "cd-sei-14fyp", camera: null, pos: null, at: null, selected: "industry:集成电路", industry: "industry:集成电路" });
    expect(setPlan("")(DEFAULT_STATE)).toBe(DEFAULT_STATE);
  });
});

describe("the picker", () => {
  it("shows only when there is more than one plan", () => {
    expect(hasChoice(null)).toBe(false);
    expect(hasChoice([CQ])).toBe(false);
    expect(hasChoice(PLANS)).toBe(true);
  });

  it("names a plan by its Chinese title, in English by its English title when it has one", () => {
    expect(planLabel(CQ, "zh")).toEqual({ title: CQ.title, titleLang: "zh", region: "重庆市" });
    expect(planLabel(CQ, "en")).toEqual({ title: CQ.titleEn, titleLang: "en", region: "重庆市" });
    expect(planLabel(CD, "en")).toEqual({ title: CD.title, titleLang: "zh", region: "成都市" });
  });

  it("an unknown plan in the URL counts as all plans once the list is there", () => {
    expect(effectivePlan(null, "cd-sei-14fyp")).toBe("cd-sei-14fyp");
    expect(effectivePlan(PLANS, "cd-sei-14fyp")).toBe("cd-sei-14fyp");
    expect(effectivePlan(PLANS, "nope")).toBe("");
    expect(effectivePlan(PLANS, "")).toBe("");
  });

  it("the reader shows the chosen plan, with all plans the first; a quote of another plan chooses it", () => {
    expect(readerPlan(PLANS, "")).toBe(CQ.id);
    expect(readerPlan(PLANS, CD.id)).toBe(CD.id);
    expect(quotePlan(PLANS, "", CQ.id)).toBe("");
    expect(quotePlan(PLANS, "", CD.id)).toBe(CD.id);
    expect(quotePlan(PLANS, CD.id, CD.id)).toBe(CD.id);
    expect(quotePlan(PLANS, CD.id, "unknown")).toBe(CD.id);
    expect(quotePlan(PLANS, "", undefined)).toBe("");
  });
});

describe("evidence and properties per plan", () => {
  it("groups evidence by plan in the list's order, evidence of no plan last, order kept inside", () => {
    const list = [ev(CD.id, "a"), ev(undefined, "x"), ev(CQ.id, "b"), ev(CD.id, "c"), { kind: "reference", source: "GB/T 2260", planId: CQ.id } as Evidence];
    const groups = evidenceByPlan(list, [CQ.id, CD.id]);
    expect(groups.map((g) => g.planId)).toEqual([CQ.id, CD.id, null]);
    expect(groups[0].evidence).toHaveLength(2);
    expect(groups[1].evidence.map((e) => ("quote" in e ? e.quote : ""))).toEqual(["a", "c"]);
    expect(evidenceByPlan([ev(CQ.id, "a"), ev(CQ.id, "b")])).toHaveLength(1);
  });

  it("reads planProps back per plan, in the list's order; nothing for absent or broken text", () => {
    const planProps = JSON.stringify({
      [CD.id]: { name: "集成电路", props: { order: 3, box: 2 } },
      [CQ.id]: { name: "集成电路", nameEn: "Integrated circuits", props: { order: 1, box: 1 } },
    });
    const views = planViews({ order: 1, planProps }, [CQ.id, CD.id])!;
    expect(views.map((v) => v.planId)).toEqual([CQ.id, CD.id]);
    expect(views[0]).toEqual({ planId: CQ.id, name: "集成电路", nameEn: "Integrated circuits", props: { order: 1, box: 1 } });
    expect(views[1].props.order).toBe(3);
    expect(planViews({ order: 1 })).toBeNull();
    expect(planViews({ planProps: "{not json" })).toBeNull();
    expect(planViews({ planProps: "[]" })).toBeNull();
  });
});
