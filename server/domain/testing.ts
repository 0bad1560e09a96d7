/** Hand-made graphs for the domain tests. */
import { edgeId, type EdgeType, type GraphData, type GraphEdge, type GraphNode, type NodeType } from "../../contract/graph.js";

export const ev = [{ planId: "p", start: 0, end: 1, quote: "x", section: "s" }];
export const n = (type: NodeType, id: string, name: string, props: GraphNode["props"] = {}): GraphNode => ({
  id,
  type,
  name,
  props,
  evidence: ev,
});
export const e = (type: EdgeType, source: string, target: string): GraphEdge => ({
  id: edgeId(type, source, target),
  type,
  source,
  target,
  props: {},
  evidence: ev,
});

// The industry A: direction d; products 碳化硅 (A), 功率半导体 and 传感器 (d).
// B supplies A, A supplies C; Z is unrelated. 高纯硅 feeds in, 汽车电子 and 家电 are fed.
export const [A, B, C, Z] = ["industry:A", "industry:B", "industry:C", "industry:Z"];
export const d = "direction:A/d";
export const [sic, power, sensor] = ["product:碳化硅", "product:功率半导体", "product:传感器"];
export const [silicon, auto, appliance, z1, z2] = ["product:高纯硅", "product:汽车电子", "product:家电", "product:z1", "product:z2"];
export const [j1, jb, jc] = ["project:j1", "project:jb", "project:jc"];
export const lab = "platform:功率中心";
export const [k1, k2, k3, l1, l2] = ["district:k1", "district:k2", "district:k3", "district:l1", "district:l2"];

/** A small chain, for the industry A. */
export const chainGraph: GraphData = {
  nodes: [
    ...[A, B, C, Z].map((id) => n("Industry", id, id.slice(9))),
    n("Direction", d, "d"),
    ...[
      [sic, "碳化硅"],
      [power, "功率半导体"],
      [sensor, "传感器"],
      [silicon, "高纯硅"],
      [auto, "汽车电子"],
      [appliance, "家电"],
      [z1, "z1"],
      [z2, "z2"],
    ].map(([id, name]) => n("Product", id, name)),
    ...[j1, jb, jc].map((id) => n("Project", id, id.slice(8))),
    n("Platform", lab, "功率中心", { description: "建设功率半导体器件平台" }),
    ...[k1, k2, k3, l1, l2].map((id) => n("District", id, id.slice(9))),
  ],
  edges: [
    e("HAS_DIRECTION", A, d),
    e("COVERS", A, sic),
    e("COVERS", d, power),
    e("COVERS", d, sensor),
    e("COVERS", B, silicon),
    e("COVERS", C, auto),
    e("COVERS", Z, z1),
    e("FEEDS", silicon, sic),
    e("FEEDS", sic, power),
    e("FEEDS", power, auto),
    e("FEEDS", sensor, appliance),
    e("FEEDS", silicon, auto),
    e("FEEDS", z1, z2),
    e("SUPPLIES", B, A),
    e("SUPPLIES", A, C),
    e("SUPPLIES", B, C),
    e("HAS_PROJECT", A, j1),
    e("HAS_PROJECT", B, jb),
    e("HAS_PROJECT", C, jc),
    e("INVOLVES", j1, sic),
    e("INVOLVES", jb, power),
    e("INVOLVES", jc, auto),
    e("HAS_PLATFORM", A, lab),
    e("LOCATED_IN", j1, l1),
    e("LOCATED_IN", lab, l2),
    e("KEY_DISTRICT", A, k1),
    e("KEY_DISTRICT", A, k2),
    e("KEY_DISTRICT", B, k2),
    e("KEY_DISTRICT", C, k3),
    e("KEY_DISTRICT", Z, k1),
  ],
};
