/** A tiny graph shaped like the real one, for unit tests of the pure client modules. */
import type { GraphData, GraphEdge, GraphNode } from "../../../../contract/graph.js";

const ev = (quote: string, section = "三、重点任务") => [{ planId: "cq-sei-14fyp", start: 0, end: quote.length, quote, section }];
const ref = [{ kind: "reference" as const, source: "GB/T 2260" }];

const node = (id: string, type: GraphNode["type"], name: string, extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  type,
  name,
  props: {},
  evidence: ev(name),
  ...extra,
});
const edge = (type: GraphEdge["type"], source: string, target: string): GraphEdge => ({
  id: `${type}:${source}->${target}`,
  type,
  source,
  target,
  props: {},
  evidence: ev(`${source} ${target}`),
});

export const smallGraph: GraphData = {
  nodes: [
    node("plan:cq-sei-14fyp", "Plan", "重庆市战略性新兴产业发展“十四五”规划"),
    node("industry:集成电路", "Industry", "集成电路", { nameEn: "Integrated circuits", props: { kind: "pillar", order: 2 } }),
    node("industry:新型显示", "Industry", "新型显示", { nameEn: "New displays" }),
    node("product:碳化硅", "Product", "碳化硅", { nameEn: "Silicon carbide" }),
    node("project:SK海力士封装测试扩产项目", "Project", "SK海力士封装测试扩产项目"),
    node("district:沙坪坝区", "District", "沙坪坝区", { evidence: [...ev("沙坪坝区"), ...ref], props: { adcode: "500106" } }),
  ],
  edges: [
    edge("PART_OF", "industry:集成电路", "plan:cq-sei-14fyp"),
    edge("PART_OF", "industry:新型显示", "plan:cq-sei-14fyp"),
    edge("COVERS", "industry:集成电路", "product:碳化硅"),
    edge("HAS_PROJECT", "industry:集成电路", "project:SK海力士封装测试扩产项目"),
    edge("KEY_DISTRICT", "industry:集成电路", "district:沙坪坝区"),
    edge("LOCATED_IN", "project:SK海力士封装测试扩产项目", "district:沙坪坝区"),
    edge("SUPPLIES", "industry:集成电路", "industry:新型显示"),
  ],
};
