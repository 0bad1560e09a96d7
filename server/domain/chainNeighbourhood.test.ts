import { describe, expect, it } from "vitest";
import { edgeId } from "../../contract/graph.js";
import { buildChain } from "./chain.js";
import { chainNeighbourhood } from "./chainNeighbourhood.js";
import { A, B, C, chainGraph, k3, Z, z1, z2 } from "./testing.js";

describe("chainNeighbourhood", () => {
  it("gives buildChain all it needs, whatever the edge order", () => {
    for (const id of [A, B, C, Z]) {
      const sub = chainNeighbourhood(chainGraph, id);
      expect(buildChain({ nodes: sub.nodes, edges: [...sub.edges].reverse() }, id)).toEqual(buildChain(chainGraph, id));
    }
  });

  it("leaves out what A's chain does not touch", () => {
    const sub = chainNeighbourhood(chainGraph, A);
    const nodes = new Set(sub.nodes.map((n) => n.id));
    for (const id of [Z, z1, z2]) expect(nodes.has(id)).toBe(false);
    const edges = new Set(sub.edges.map((e) => e.id));
    expect(edges.has(edgeId("FEEDS", z1, z2))).toBe(false);
    expect(edges.has(edgeId("KEY_DISTRICT", Z, "district:k1"))).toBe(false);
    // fetched for the SUPPLIES neighbour C, though the chain uses none of it
    expect(edges.has(edgeId("KEY_DISTRICT", C, k3))).toBe(true);
  });
});
