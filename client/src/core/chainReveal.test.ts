import { describe, expect, it } from "vitest";
import type { Chain } from "../../../contract/api.js";
import chain from "./__fixtures__/chain-ic.json";
import { CHAIN_STEPS, chainReveal, lanesAt } from "./chainReveal.js";
import { chainLayout } from "./chainLayout.js";

/** 集成电路's real chain, laid out as the chain view lays it out. */
const { elements } = chainLayout(chain as unknown as Chain, "zh");
const nodes = elements.nodes.map((n) => ({ id: n.data.id, lane: n.data.lane }));
const edges = elements.edges.map((e) => e.data);
const shownAt = (step: number) => {
  const hidden = new Set(chainReveal(nodes, edges, step).hidden);
  return { nodes: nodes.filter((n) => !hidden.has(n.id)), edges: edges.filter((e) => !hidden.has(e.id)) };
};

describe("chain reveal", () => {
  it("opens on the industry, its directions and products, with the links among the products", () => {
    const { nodes: n, edges: e } = shownAt(0);
    expect(new Set(n.map((x) => x.lane))).toEqual(new Set(["industry", "products"]));
    expect(n.some((x) => x.id === "industry:集成电路")).toBe(true);
    expect(e.length).toBeGreaterThan(0);
    expect(e.every((x) => x.side === undefined || x.side === "internal")).toBe(true);
  });

  it("adds upstream, then downstream, then the backing: each step shows all the last one did and more", () => {
    let before = shownAt(0);
    for (let step = 1; step < CHAIN_STEPS; step++) {
      const now = shownAt(step);
      const ids = new Set([...now.nodes, ...now.edges].map((x) => x.id));
      expect([...before.nodes, ...before.edges].every((x) => ids.has(x.id))).toBe(true);
      expect(now.nodes.length + now.edges.length).toBeGreaterThan(before.nodes.length + before.edges.length);
      before = now;
    }
    expect(shownAt(1).nodes.some((x) => x.lane === "upstream")).toBe(true);
    expect(shownAt(1).nodes.some((x) => x.lane === "downstream")).toBe(false);
    expect(shownAt(2).nodes.some((x) => x.lane === "downstream")).toBe(true);
    expect(shownAt(2).nodes.some((x) => x.lane === "backing")).toBe(false);
  });

  it("never shows an edge without both its ends", () => {
    for (let step = 0; step < CHAIN_STEPS; step++) {
      const { nodes: n, edges: e } = shownAt(step);
      const ids = new Set(n.map((x) => x.id));
      expect(e.filter((x) => !ids.has(x.source) || !ids.has(x.target))).toEqual([]);
    }
  });

  it("hides nothing at the last step and lights up every gap there, and only there", () => {
    const last = chainReveal(nodes, edges, CHAIN_STEPS - 1);
    expect(last.hidden).toEqual([]);
    expect(new Set(last.gaps)).toEqual(new Set((chain as unknown as Chain).gaps.map((g) => g.edgeId)));
    expect(last.gaps.length).toBeGreaterThan(0);
    for (let step = 0; step < CHAIN_STEPS - 1; step++) expect(chainReveal(nodes, edges, step).gaps).toEqual([]);
  });

  it("leaves elements that are not the chain's alone", () => {
    const r = chainReveal([{ id: "a" }, { id: "b", lane: "upstream" }], [{ id: "a-b", source: "a", target: "b" }], 0);
    expect(r.hidden).toEqual(["b", "a-b"]);
    expect(lanesAt(5).has("backing")).toBe(true);
  });
});
