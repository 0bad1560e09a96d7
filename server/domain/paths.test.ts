import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kShortestPaths, type PathEdge } from "./paths.js";

const e = (source: string, target: string): PathEdge => ({ id: `${source}>${target}`, source, target });

//   A ── D          direct
//   A → B ← D       B–D walked against its direction; D→B and B→D are parallel
//   A → C → D
//   B → E → D
const edges = [e("A", "D"), e("A", "B"), e("D", "B"), e("B", "D"), e("A", "C"), e("C", "D"), e("B", "E"), e("E", "D"), e("F", "F")];

describe("kShortestPaths", () => {
  it("lists shorter paths first, equal lengths by their node ids", () => {
    expect(kShortestPaths(edges, "A", "D", { k: 3, maxDepth: 4 })).toEqual([
      { nodes: ["A", "D"], edges: ["A>D"] },
      { nodes: ["A", "B", "D"], edges: ["A>B", "B>D"] },
      { nodes: ["A", "C", "D"], edges: ["A>C", "C>D"] },
    ]);
  });

  it("walks edges in either direction and shows a hop by the edge pointing along the path", () => {
    const [back] = kShortestPaths(edges, "D", "A", { k: 2, maxDepth: 2 }).slice(1);
    expect(back).toEqual({ nodes: ["D", "B", "A"], edges: ["D>B", "A>B"] });
  });

  it("gives every simple path within maxDepth and no more", () => {
    const all = kShortestPaths(edges, "A", "D", { k: 10, maxDepth: 3 }).map((p) => p.nodes.join(""));
    expect(all).toEqual(["AD", "ABD", "ACD", "ABED"]);
    expect(kShortestPaths(edges, "A", "D", { k: 10, maxDepth: 2 })).toHaveLength(3);
    for (const p of kShortestPaths(edges, "A", "E", { k: 10, maxDepth: 6 })) {
      expect(new Set(p.nodes).size).toBe(p.nodes.length);
      expect(p.edges).toHaveLength(p.nodes.length - 1);
    }
  });

  it("counts parallel edges as one path", () => {
    const twoWays = [e("X", "Y"), e("Y", "X")];
    expect(kShortestPaths(twoWays, "X", "Y", { k: 5, maxDepth: 3 })).toEqual([{ nodes: ["X", "Y"], edges: ["X>Y"] }]);
    expect(kShortestPaths(twoWays, "Y", "X", { k: 5, maxDepth: 3 })).toEqual([{ nodes: ["Y", "X"], edges: ["Y>X"] }]);
  });

  it("gives the node alone when from is to, and nothing out of reach", () => {
    expect(kShortestPaths(edges, "A", "A", { k: 3, maxDepth: 4 })).toEqual([{ nodes: ["A"], edges: [] }]);
    expect(kShortestPaths(edges, "A", "F", { k: 3, maxDepth: 4 })).toEqual([]);
    expect(kShortestPaths(edges, "A", "E", { k: 3, maxDepth: 1 })).toEqual([]);
    expect(kShortestPaths(edges, "A", "nowhere", { k: 3, maxDepth: 4 })).toEqual([]);
    expect(kShortestPaths(edges, "A", "D", { k: 0, maxDepth: 4 })).toEqual([]);
  });
});

describe("kShortestPaths against every simple path", () => {
  /** All simple paths by brute force, in the promised order. */
  const brute = (es: PathEdge[], from: string, to: string, maxDepth: number): string[][] => {
    const out: string[][] = [];
    const go = (p: string[]) => {
      const at = p[p.length - 1];
      if (at === to) return void out.push(p);
      if (p.length > maxDepth) return;
      const next = new Set(es.flatMap((x) => (x.source === at ? [x.target] : x.target === at ? [x.source] : [])));
      for (const n of next) if (!p.includes(n)) go([...p, n]);
    };
    go([from]);
    const cmp = (a: string[], b: string[]) => a.length - b.length || (a.join("\u0000") < b.join("\u0000") ? -1 : 1);
    return out.sort(cmp);
  };

  it("agrees on random small graphs", () => {
    const node = fc.constantFrom("a", "b", "c", "d", "e", "f");
    const graph = fc.array(fc.tuple(node, node), { maxLength: 14 });
    fc.assert(
      fc.property(graph, node, node, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }), (pairs, from, to, k, maxDepth) => {
        fc.pre(from !== to);
        const es = pairs.filter(([s, t]) => s !== t).map(([s, t], i) => ({ id: `e${i}`, source: s, target: t }));
        const got = kShortestPaths(es, from, to, { k, maxDepth }).map((p) => p.nodes);
        expect(got).toEqual(brute(es, from, to, maxDepth).slice(0, k));
      }),
      { numRuns: 300 },
    );
  });
});
