import { describe, expect, it } from "vitest";
import type { GraphData, GraphNode } from "../../contract/graph.js";
import { e, n } from "../domain/testing.js";
import { PLAN_PROPS, addPlan, combinePlans, planIdsOf, plansOf, projectPlan, removePlan, statedViews } from "./planSet.js";

const at = (planId: string, quote: string) => [{ planId, start: 0, end: quote.length, quote, section: "s" }];
const ref = { kind: "reference" as const, source: "GB/T 2260" };

/** Plan a: 集成电路 (order 1) covering 功率半导体, in 沙坪坝区. */
const a: GraphData = {
  nodes: [
    { ...n("Plan", "plan:a", "A plan", { planId: "a" }), evidence: at("a", "A plan") },
    { ...n("Industry", "industry:集成电路", "集成电路", { order: 1, box: 1 }), evidence: at("a", "集成电路") },
    { ...n("Product", "product:功率半导体", "功率半导体", { category: "device" }), nameEn: "power semiconductors", evidence: at("a", "功率半导体") },
    { ...n("District", "district:沙坪坝区", "沙坪坝区", { adcode: "500106" }), evidence: [ref] },
  ],
  edges: [
    { ...e("PART_OF", "industry:集成电路", "plan:a"), evidence: at("a", "集成电路") },
    { ...e("COVERS", "industry:集成电路", "product:功率半导体"), evidence: at("a", "发展功率半导体") },
    { ...e("KEY_DISTRICT", "industry:集成电路", "district:沙坪坝区"), evidence: at("a", "沙坪坝区") },
  ],
};
/** Plan b: the same industry (order 3) and product (same properties), and its own 动力电池. */
const b: GraphData = {
  nodes: [
    { ...n("Plan", "plan:b", "B plan", { planId: "b" }), evidence: at("b", "B plan") },
    { ...n("Industry", "industry:集成电路", "集成电路", { order: 3, box: 2 }), evidence: at("b", "集成电路产业") },
    { ...n("Product", "product:功率半导体", "功率半导体", { category: "device" }), nameEn: "power semiconductors", evidence: at("b", "功率半导体") },
    { ...n("Product", "product:动力电池", "动力电池", {}), evidence: at("b", "动力电池") },
  ],
  edges: [
    { ...e("PART_OF", "industry:集成电路", "plan:b"), evidence: at("b", "集成电路") },
    { ...e("COVERS", "industry:集成电路", "product:功率半导体"), evidence: at("b", "功率半导体") },
    { ...e("FEEDS", "product:功率半导体", "product:动力电池"), evidence: at("b", "功率半导体用于动力电池") },
  ],
};

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((x, y) => (x.id < y.id ? -1 : 1));
const canonical = (g: GraphData) => JSON.stringify({ nodes: byId(g.nodes), edges: byId(g.edges) });
const node = (g: GraphData, id: string) => g.nodes.find((x) => x.id === id) as GraphNode;

describe("several plans in one graph", () => {
  const onlyA = combinePlans([{ planId: "a", graph: a }]);
  const both = addPlan(onlyA, b, "b");

  it("an entity named by two plans is one node, with each plan's evidence", () => {
    expect(both.nodes.filter((x) => x.id === "industry:集成电路")).toHaveLength(1);
    expect(plansOf(node(both, "industry:集成电路"))).toEqual(["a", "b"]);
    expect(planIdsOf(both)).toEqual(["a", "b"]);
    // reference facts are stamped with the plan that added them
    expect(node(both, "district:沙坪坝区").evidence).toEqual([{ ...ref, planId: "a" }]);
  });

  it("keeps each plan's own properties while they differ, shows the first plan's", () => {
    const ind = node(both, "industry:集成电路");
    expect(ind.props.order).toBe(1);
    expect(JSON.parse(String(ind.props[PLAN_PROPS]))).toMatchObject({ a: { props: { order: 1 } }, b: { props: { order: 3 } } });
    // the same properties in both plans: no planProps
    expect(node(both, "product:功率半导体").props).toEqual({ category: "device" });
  });

  it("removing a plan gives back exactly what the others stated, in either order", () => {
    expect(JSON.stringify(removePlan(both, "b"))).toBe(JSON.stringify(onlyA));
    expect(canonical(removePlan(both, "a"))).toBe(canonical(combinePlans([{ planId: "b", graph: b }])));
    expect(removePlan(removePlan(both, "a"), "b")).toEqual({ nodes: [], edges: [] });
  });

  it("replacing a plan leaves the others as they were", () => {
    const b2: GraphData = { nodes: b.nodes.filter((x) => x.id !== "product:动力电池"), edges: b.edges.filter((x) => x.type !== "FEEDS") };
    const replaced = addPlan(both, b2, "b");
    expect(replaced.nodes.some((x) => x.id === "product:动力电池")).toBe(false);
    expect(JSON.stringify(removePlan(replaced, "b"))).toBe(JSON.stringify(onlyA));
    expect(JSON.stringify(projectPlan(replaced, "a"))).toBe(JSON.stringify(onlyA));
  });

  it("projects the graph as one plan alone states it", () => {
    const pb = projectPlan(both, "b");
    expect(canonical(pb)).toBe(canonical(combinePlans([{ planId: "b", graph: b }])));
    expect(node(pb, "industry:集成电路").props.order).toBe(3);
    expect(pb.nodes.some((x) => x.id === "district:沙坪坝区")).toBe(false);
    expect(projectPlan(both, "nope")).toEqual({ nodes: [], edges: [] });
  });

  it("combines in one pass exactly what adding the plans one by one gives", () => {
    // a third plan stating the shared industry with yet other properties, and 沙坪坝区 again
    const c: GraphData = {
      nodes: [
        { ...n("Plan", "plan:c", "C plan", { planId: "c" }), evidence: at("c", "C plan") },
        { ...n("Industry", "industry:集成电路", "集成电路", { order: 2, box: 5 }), evidence: at("c", "集成电路") },
        { ...n("District", "district:沙坪坝区", "沙坪坝区", { adcode: "500106" }), evidence: [ref] },
      ],
      edges: [{ ...e("KEY_DISTRICT", "industry:集成电路", "district:沙坪坝区"), evidence: at("c", "沙坪坝区") }],
    };
    const plans = [
      { planId: "a", graph: a },
      { planId: "b", graph: b },
      { planId: "c", graph: c },
    ];
    const oneByOne = plans.reduce<GraphData>((g, p) => addPlan(g, p.graph, p.planId), { nodes: [], edges: [] });
    expect(JSON.stringify(combinePlans(plans))).toBe(JSON.stringify(oneByOne));
    expect(plansOf(node(combinePlans(plans), "district:沙坪坝区"))).toEqual(["a", "c"]);
    // a plan named twice: the later graph replaces the earlier, as addPlan does
    expect(JSON.stringify(combinePlans([...plans, { planId: "a", graph: c }]))).toBe(JSON.stringify(addPlan(oneByOne, c, "a")));
  });

  it("states each plan's own view of a node the plans state differently", () => {
    const views = statedViews(node(combinePlans([{ planId: "a", graph: a }, { planId: "b", graph: b }]), "industry:集成电路"));
    expect(views.map((v) => [v.props.order, v.evidence.map((ev) => ev.planId)])).toEqual([
      [1, ["a"]],
      [3, ["b"]],
    ]);
  });

  it("does not depend on the order the plans came in, up to item order", () => {
    const ba = combinePlans([
      { planId: "b", graph: b },
      { planId: "a", graph: a },
    ]);
    expect(canonical(projectPlan(ba, "a"))).toBe(canonical(projectPlan(both, "a")));
    expect(canonical(removePlan(ba, "b"))).toBe(canonical(onlyA));
  });
});
