import { describe, expect, it } from "vitest";
import type { Path } from "../../../contract/api.js";
import type { EdgeType, GraphEdge, GraphNode, NodeType } from "../../../contract/graph.js";
import { EDGE_TYPES } from "../../../contract/vocabulary.js";
import { edgeText, edgeTypeCounts, edgeVerb, filterPaths, pathLayout, pathSentence, pathSteps } from "./paths.js";

const n = (id: string, type: NodeType): GraphNode =>
  ({ id, type, name: id.slice(id.indexOf(":") + 1), nameEn: undefined, props: {}, evidence: [] }) as unknown as GraphNode;
const e = (type: EdgeType, source: string, target: string): GraphEdge =>
  ({ id: `${type}:${source}->${target}`, type, source, target, evidence: [] }) as unknown as GraphEdge;

const IC = n("industry:集成电路", "Industry");
const NEV = n("industry:新能源汽车和智能网联汽车", "Industry");
const LJ = n("district:两江新区", "District");
const ADV = n("industry:先进材料", "Industry");
const AERO = n("product:气凝胶", "Product");

const viaNev: Path = { nodes: [IC, NEV, LJ], edges: [e("SUPPLIES", IC.id, NEV.id), e("KEY_DISTRICT", NEV.id, LJ.id)] };
const direct: Path = { nodes: [IC, LJ], edges: [e("KEY_DISTRICT", IC.id, LJ.id)] };
const viaAdv: Path = { nodes: [IC, ADV, LJ], edges: [e("SUPPLIES", ADV.id, IC.id), e("KEY_DISTRICT", ADV.id, LJ.id)] };

describe("paths in words", () => {
  it("tells a path with Chinese verbs and arrows in the edge's direction", () => {
    expect(pathSentence(viaNev, "zh")).toBe("集成电路 —供给→ 新能源汽车和智能网联汽车 —重点区县→ 两江新区");
  });

  it("points the arrow back when the path walks an edge backwards", () => {
    expect(pathSentence(viaAdv, "zh")).toBe("集成电路 ←供给— 先进材料 —重点区县→ 两江新区");
    const aero: Path = { nodes: [AERO, ADV, NEV], edges: [e("COVERS", ADV.id, AERO.id), e("SUPPLIES", ADV.id, NEV.id)] };
    expect(pathSentence(aero, "zh")).toBe("气凝胶 ←涵盖— 先进材料 —供给→ 新能源汽车和智能网联汽车");
    const steps = pathSteps(aero, "zh");
    expect(steps.map((s) => s.kind)).toEqual(["node", "edge", "node", "edge", "node"]);
    expect(steps[1]).toMatchObject({ kind: "edge", type: "COVERS", forward: false, text: "←涵盖—" });
  });

  it("has a Chinese verb for every edge type", () => {
    for (const t of EDGE_TYPES) expect(edgeVerb(t, "zh")).toMatch(/\p{Script=Han}/u);
    for (const t of EDGE_TYPES) expect(edgeVerb(t, "en")).toMatch(/^[a-z ]+$/);
    expect(edgeVerb("SUPPLIES", "zh")).toBe("供给");
    expect(edgeVerb("KEY_DISTRICT", "zh")).toBe("重点区县");
    expect(edgeText("位于", true)).toBe("—位于→");
    expect(edgeText("位于", false)).toBe("←位于—");
  });

  it("reads in English too", () => {
    expect(pathSentence(direct, "en")).toBe("集成电路 —key district→ 两江新区");
  });
});

describe("path layout", () => {
  it("puts the start first and the end last, on the first row, one row per path", () => {
    const els = pathLayout([direct, viaNev, viaAdv], "zh");
    const pos = new Map(els.nodes.map((x) => [x.data.id, x.position]));
    expect(pos.get(IC.id)!.x).toBe(0);
    expect(pos.get(LJ.id)!.x).toBeGreaterThan(pos.get(NEV.id)!.x);
    expect(pos.get(IC.id)!.y).toBe(pos.get(LJ.id)!.y);
    expect(pos.get(NEV.id)!.y).toBeGreaterThan(pos.get(IC.id)!.y);
    expect(pos.get(ADV.id)!.y).toBeGreaterThan(pos.get(NEV.id)!.y);
    expect(els.nodes.find((x) => x.data.id === IC.id)!.data.role).toBe("end");
  });

  it("is the union of the paths, each element knowing its paths", () => {
    const els = pathLayout([direct, viaNev], "zh");
    expect(els.nodes).toHaveLength(3);
    expect(els.edges).toHaveLength(3);
    expect(els.nodes.find((x) => x.data.id === IC.id)!.data.paths).toEqual([0, 1]);
    expect(els.edges.find((x) => x.data.type === "SUPPLIES")!.data).toMatchObject({ paths: [1], verb: "供给" });
  });

  it("runs top to bottom on a narrow canvas: a step per row, a path per column", () => {
    const els = pathLayout([direct, viaNev, viaAdv], "zh", "down");
    const at = new Map(els.nodes.map((x) => [x.data.id, x.position]));
    expect(at.get(IC.id)!.x).toBe(at.get(LJ.id)!.x);
    expect(at.get(LJ.id)!.y).toBeGreaterThan(at.get(NEV.id)!.y);
    expect(at.get(NEV.id)!.y).toBeGreaterThan(at.get(IC.id)!.y);
    expect(at.get(ADV.id)!.x).toBeGreaterThan(at.get(NEV.id)!.x);
  });

  it("draws nothing for no path", () => {
    expect(pathLayout([], "zh")).toEqual({ nodes: [], edges: [] });
  });
});

describe("connection types of the paths", () => {
  it("counts each edge once by type and keeps the paths that use only the shown types", () => {
    expect(edgeTypeCounts([viaNev, direct, viaAdv])).toEqual([
      ["SUPPLIES", 2],
      ["KEY_DISTRICT", 3],
    ]);
    expect(filterPaths([viaNev, direct, viaAdv], null, 2)).toEqual([viaNev, direct]);
    expect(filterPaths([viaNev, direct, viaAdv], ["KEY_DISTRICT"], 3)).toEqual([direct]);
    expect(filterPaths([viaNev, direct], ["SUPPLIES", "FEEDS"], 3)).toEqual([]);
  });

  it("tells a path in English too", () => {
    expect(pathSentence(viaNev, "en")).toBe("集成电路 —supplies→ 新能源汽车和智能网联汽车 —key district→ 两江新区");
  });
});
