import { describe, expect, it } from "vitest";
import { betweenness, communities, type PlainGraph } from "./graphStats.js";

const graphOf = (ids: string[], pairs: [string, string][]): PlainGraph => ({
  nodes: ids.map((id) => ({ id })),
  edges: pairs.map(([source, target]) => ({ source, target })),
});

function clique(ids: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) out.push([ids[i], ids[j]]);
  return out;
}

describe("graph statistics", () => {
  it("finds two communities in two cliques joined by one edge", () => {
    const a = ["a1", "a2", "a3", "a4", "a5"];
    const b = ["b1", "b2", "b3", "b4"];
    const c = communities(graphOf([...a, ...b], [...clique(a), ...clique(b), ["a1", "b1"]]));
    expect(new Set(a.map((id) => c.get(id)))).toEqual(new Set([0])); // the larger is community 0
    expect(new Set(b.map((id) => c.get(id)))).toEqual(new Set([1]));
  });

  it("gives the same answer every time, and isolated nodes their own community", () => {
    const g = graphOf(["x", "y", "z"], [["x", "y"], ["x", "y"]]);
    const c = communities(g);
    expect(c.get("x")).toBe(c.get("y"));
    expect(c.get("z")).not.toBe(c.get("x"));
    expect(communities(g)).toEqual(c);
    expect(communities(graphOf(["p", "q"], []))).toEqual(new Map([["p", 0], ["q", 1]]));
    expect(communities(graphOf([], [])).size).toBe(0);
  });

  it("gives a path's middle node the highest betweenness", () => {
    const b = betweenness(graphOf(["1", "2", "3", "4", "5"], [["1", "2"], ["2", "3"], ["3", "4"], ["4", "5"]]));
    const best = [...b.entries()].sort((x, y) => y[1] - x[1])[0][0];
    expect(best).toBe("3");
    expect(b.get("1")).toBe(0);
    expect(b.get("3")!).toBeLessThanOrEqual(1);
  });

  it("reads edges as undirected and ignores self-loops and unknown ends", () => {
    const b = betweenness(graphOf(["a", "b", "c"], [["b", "a"], ["b", "c"], ["b", "b"], ["b", "zz"]]));
    expect(b.get("b")).toBeGreaterThan(0);
    expect(b.get("a")).toBe(0);
  });
});
