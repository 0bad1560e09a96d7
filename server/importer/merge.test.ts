import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../contract/graph.js";
import { GraphAccumulator, mergeProps } from "./merge.js";

const ev = (start: number) => ({ planId: "p", start, end: start + 1, quote: "x", section: "s" });

describe("merge", () => {
  it("unites evidence and merges props of the same id", () => {
    const acc = new GraphAccumulator();
    const a: GraphNode = { id: "district:两江新区", type: "District", name: "两江新区", props: { kind: "zone" }, evidence: [ev(1)] };
    acc.addNode(a);
    acc.addNode({ ...a, nameEn: "Liangjiang New Area", props: { kind: "zone", lon: 106.6 }, evidence: [ev(1), { kind: "reference", source: "r" }] });
    const [n] = acc.toGraph().nodes;
    expect(n.evidence).toHaveLength(2);
    expect(n.props).toEqual({ kind: "zone", lon: 106.6 });
    expect(n.nameEn).toBe("Liangjiang New Area");
  });

  it("keeps the first scalar and unites arrays", () => {
    expect(mergeProps({ source: "专栏1", sources: ["专栏1"] }, { source: "专栏15", sources: ["专栏15"] })).toEqual({
      source: "专栏1",
      sources: ["专栏1", "专栏15"],
    });
  });

  it("reports a type clash instead of merging", () => {
    const acc = new GraphAccumulator();
    acc.addNode({ id: "x", type: "Project", name: "x", props: {}, evidence: [ev(0)] });
    acc.addNode({ id: "x", type: "Platform", name: "x", props: {}, evidence: [ev(0)] });
    expect(acc.conflicts).toHaveLength(1);
  });
});
