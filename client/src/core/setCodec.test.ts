import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphData } from "../../../contract/graph.js";
import { loadPlanGraph } from "../../../tests/support/plan.js";
import { roundCamera } from "./camera.js";
import { industryLevel } from "./industryLevel.js";
import { encodePositions } from "./positionCodec.js";
import { decodeSet, encodeSet } from "./setCodec.js";
import { encodeValue } from "./urlText.js";
import { DEFAULT_STATE, parse, serialize, type ViewState } from "./viewState.js";

let graph: GraphData;
beforeAll(async () => {
  graph = await loadPlanGraph();
});

const IC = "industry:集成电路";
const hood = (id: string) => new Set([id, ...graph.edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []))]);
/** What the overview's expand of `id` at industry level draws: the level, then the node's neighbours. */
const expandedAtLevel = (id: string) => [...new Set([...industryLevel(graph).nodes.map((n) => n.id), id, ...hood(id)])];
const sameMembers = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set(a).size === new Set([...a, ...b]).size;

describe("the working set as a recipe against the whole graph", () => {
  it("names the industry level grown by 集成电路 in a few terms, first node kept first", () => {
    const set = expandedAtLevel(IC);
    const recipe = encodeSet(set, graph);
    console.info(`expanded set: ${set.length} ids, plain ${set.map(encodeValue).join(",").length} characters, recipe "${recipe}" ${encodeValue(recipe).length}`);
    expect(recipe.split(",")).toEqual(expect.arrayContaining(["L", `N:${IC}`]));
    const back = decodeSet(recipe, graph);
    expect(sameMembers(back, set)).toBe(true);
    expect(back[0]).toBe(set[0]);
  });

  it("gives back exactly the set for any subset of the graph, in any order", () => {
    const ids = () => graph.nodes.map((n) => n.id);
    fc.assert(
      fc.property(fc.shuffledSubarray(ids(), { minLength: 1, maxLength: 150 }), (set) => {
        const back = decodeSet(encodeSet(set, graph), graph);
        expect(sameMembers(back, set)).toBe(true);
        expect(back[0]).toBe(set[0]);
      }),
      { numRuns: 60 },
    );
  });

  it("is never longer than the ids themselves (plus a few characters)", () => {
    const set = [...hood("product:碳化硅"), "district:两江新区"];
    expect(encodeValue(encodeSet(set, graph)).length).toBeLessThanOrEqual(set.map(encodeValue).join(",").length + 4);
  });

  it("keeps ids that look like terms, and unknown ids, as they are", () => {
    const odd = ["L", "T:Industry", "N:x", "-x", "!1", "~y", IC];
    expect(sameMembers(decodeSet(encodeSet(odd, graph), graph), odd)).toBe(true);
    expect(decodeSet("T:Nope,N:nope,industry:不存在", graph)).toEqual(["industry:不存在"]);
  });
});

describe("a typical link", () => {
  it("the overview after expanding 集成电路 at industry level, with every position and the camera, is under 2,000 characters", () => {
    const set = expandedAtLevel(IC);
    let seed = 7;
    // positions spread over 4,000 × 3,000 model px: wider than the overview draws them
    const rnd = (span: number) => ((seed = (seed * 16807) % 2147483647) / 2147483647) * span - span / 2;
    const at = new Map(set.map((id) => [id, { x: rnd(4000), y: rnd(3000) }]));
    const state: ViewState = {
      ...DEFAULT_STATE,
      set,
      setRecipe: { code: encodeSet(set, graph), of: set },
      pos: encodePositions([...set].sort(), (id) => at.get(id)!),
      camera: roundCamera({ zoom: 0.73219, x: 311.48, y: -127.06 }),
      selected: IC,
    };
    const link = `http://localhost:8080/${serialize(state)}`;
    console.info(`typical overview link: ${link.length} characters (positions ${state.pos!.length})`);
    expect(link.length).toBeLessThan(2000);
    // and it opens on the same set once the graph is there
    const opened = parse(serialize(state));
    expect(opened.set).toBeNull();
    expect(sameMembers(decodeSet(opened.setRecipe!.code, graph), set)).toBe(true);
    expect(opened.pos).toBe(state.pos);
    expect(opened.camera).toEqual(state.camera);
  });
});
