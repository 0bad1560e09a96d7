import { describe, expect, it } from "vitest";
import type { GraphData, GraphNode } from "../../../contract/graph.js";
import { WHOLE_GRAPH, applyGraphView, collapsible, newIds, reduceGraphView, sameGraphView, type GraphView } from "./workingSet.js";

const node = (id: string) => ({ id, type: "Product", name: id }) as unknown as GraphNode;
const edge = (source: string, target: string) =>
  ({ id: `${source}>${target}`, type: "FEEDS", source, target }) as unknown as GraphData["edges"][number];
// a — b — c, a — d, b — e, e — f
const graph: GraphData = {
  nodes: ["a", "b", "c", "d", "e", "f"].map(node),
  edges: [edge("a", "b"), edge("b", "c"), edge("a", "d"), edge("b", "e"), edge("e", "f")],
};
const ids = (g: GraphData) => g.nodes.map((n) => n.id);

describe("working set", () => {
  it("draws the whole graph by default, minus the hidden nodes", () => {
    expect(ids(applyGraphView(graph, WHOLE_GRAPH))).toEqual(["a", "b", "c", "d", "e", "f"]);
    const v = reduceGraphView(WHOLE_GRAPH, { kind: "hide", id: "b" }, graph);
    expect(v).toEqual({ set: null, hidden: ["b"] });
    const g = applyGraphView(graph, v);
    expect(ids(g)).toEqual(["a", "c", "d", "e", "f"]);
    expect(g.edges.map((e) => e.id)).toEqual(["a>d", "e>f"]);
  });

  it("starts from one node, expands it, and draws the edges among the drawn nodes", () => {
    let v: GraphView = reduceGraphView(WHOLE_GRAPH, { kind: "start", ids: ["b"] }, graph);
    expect(ids(applyGraphView(graph, v))).toEqual(["b"]);
    v = reduceGraphView(v, { kind: "expand", id: "b", add: ["b", "a", "c", "e"] }, graph);
    expect(v.set).toEqual(["b", "a", "c", "e"]);
    expect(applyGraphView(graph, v).edges.map((e) => e.id)).toEqual(["a>b", "b>c", "b>e"]);
    // nothing new: the same view
    expect(reduceGraphView(v, { kind: "expand", id: "b", add: ["a"] }, graph)).toBe(v);
    expect(newIds(new Set(v.set), ["a", "d", "f", "d"])).toEqual(["d", "f"]);
  });

  it("expanding on the whole graph starts a set from the node and its neighbours", () => {
    expect(reduceGraphView(WHOLE_GRAPH, { kind: "expand", id: "a", add: ["b", "d"] }, graph).set).toEqual(["a", "b", "d"]);
  });

  it("collapses only the leaves a node holds alone", () => {
    let v: GraphView = { set: ["b", "a", "c", "e", "d"], hidden: [] };
    // a holds d alone; b's neighbours: a (has d), c (leaf), e (leaf here: f is not drawn)
    expect(collapsible("b", graph.edges, new Set(v.set!)).sort()).toEqual(["c", "e"]);
    v = reduceGraphView(v, { kind: "collapse", id: "b" }, graph);
    expect(v.set).toEqual(["b", "a", "d"]);
    // the start node is kept when asked
    expect(reduceGraphView({ set: ["a", "b"], hidden: [] }, { kind: "collapse", id: "a", keep: ["b"] }, graph).set).toEqual([
      "a",
      "b",
    ]);
    // nothing to collapse: the same view
    const w: GraphView = { set: ["a", "b", "c"], hidden: [] };
    expect(reduceGraphView(w, { kind: "collapse", id: "c" }, graph)).toBe(w);
  });

  it("collapses on the whole graph by hiding the leaves", () => {
    expect(reduceGraphView(WHOLE_GRAPH, { kind: "collapse", id: "e" }, graph)).toEqual({ set: null, hidden: ["f"] });
  });

  it("hides a node of the set, and goes back to the whole graph", () => {
    const v: GraphView = { set: ["a", "b"], hidden: [] };
    expect(reduceGraphView(v, { kind: "hide", id: "a" }, graph).set).toEqual(["b"]);
    expect(reduceGraphView(v, { kind: "whole" }, graph)).toBe(WHOLE_GRAPH);
    expect(reduceGraphView(WHOLE_GRAPH, { kind: "whole" }, graph)).toBe(WHOLE_GRAPH);
  });

  it("compares views by content", () => {
    expect(sameGraphView({ set: ["a"], hidden: [] }, { set: ["a"], hidden: [] })).toBe(true);
    expect(sameGraphView({ set: ["a"], hidden: [] }, WHOLE_GRAPH)).toBe(false);
    expect(sameGraphView({ set: null, hidden: ["x"] }, WHOLE_GRAPH)).toBe(false);
  });
});
