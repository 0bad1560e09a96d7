import { describe, expect, it } from "vitest";
import { isTextEvidence } from "../../contract/graph.js";
import { importPlan } from "./index.js";
import { planText } from "./testing.js";

const input = () => ({ text: planText(), planId: "cq-sei-14fyp", sourceFile: "seeds/plans/cq-sei-14fyp.txt" });

describe("importPlan on the real plan (no curated inputs)", () => {
  const { graph, report } = importPlan(input());
  const text = planText();
  const byType = (t: string) => graph.nodes.filter((n) => n.type === t);
  const edges = (t: string) => graph.edges.filter((e) => e.type === t);

  it("every evidence quote is the text at its offsets", () => {
    let n = 0;
    for (const item of [...graph.nodes, ...graph.edges]) {
      expect(item.evidence.length).toBeGreaterThan(0);
      for (const e of item.evidence) {
        if (!isTextEvidence(e)) continue;
        expect(text.slice(e.start, e.end)).toBe(e.quote);
        n++;
      }
    }
    expect(n).toBeGreaterThan(500);
  });

  // Counted by reading the plan, not from the importer's output:
  // 专栏1–14 产业化 items name 10+8+18+17+13+15+10+8+3+10+3+4+5+0 projects;
  // 创新平台 rows list 8+3+2+4+13+7+6+3+5+7+3+3+5+2 platforms;
  // 重点区县 rows list 2+3+8+6+6+8+7+4+7+6+1+3+2+2 district entries naming 25 distinct places.
  it("pins the counts per type", () => {
    expect(byType("Plan")).toHaveLength(1);
    expect(byType("Industry")).toHaveLength(14);
    expect(byType("Project")).toHaveLength(124);
    expect(byType("Platform")).toHaveLength(71);
    expect(byType("District")).toHaveLength(25);
    expect(edges("PART_OF")).toHaveLength(14);
    expect(edges("HAS_PROJECT")).toHaveLength(124);
    expect(edges("HAS_PLATFORM")).toHaveLength(71);
    // 65 row entries + 3 pairs only 专栏15 states (两江新区: 新型智能终端, 先进材料; 重庆高新区: 新能源汽车和智能网联汽车).
    expect(edges("KEY_DISTRICT")).toHaveLength(68);
    // Lead phrases: 4+2+2+3+4+4+4+3+5+5 in the ten pillar sections; the future sections have none.
    expect(byType("Direction")).toHaveLength(36);
    expect(edges("HAS_DIRECTION")).toHaveLength(36);
    expect(report.counts.nodes.Industry).toBe(14);
    // 五、重大工程: 5 programs (专栏15–19); the industries each names: 8, 4, 10, 2, 8.
    expect(byType("Program")).toHaveLength(5);
    expect(edges("TARGETS")).toHaveLength(32);
    // 一、（一）: 23 figures (2015 and 2020); 二、（三）: 5 targets for 2025.
    expect(byType("Indicator")).toHaveLength(28);
    expect(byType("Indicator").filter((n) => n.props.role === "target")).toHaveLength(5);
    expect(edges("MEASURES")).toHaveLength(28);
  });

  it("reads the programs with their items and TARGETS evidence", () => {
    const p = graph.nodes.find((n) => n.id === "program:集群梯次发展工程")!;
    expect(p.props.items).toEqual(["战略性新兴产业基地", "市级以上战略性新兴产业集群"]);
    const t = graph.edges.find((e) => e.id === "TARGETS:program:集群梯次发展工程->industry:生物")!;
    expect(t.evidence.map((e) => (e as { quote: string }).quote)).toEqual(["生物医药", "医药器械"]);
    const targets = (id: string) => edges("TARGETS").filter((e) => e.source === id).length;
    expect(targets("program:应用示范推广工程")).toBe(2);
  });

  it("places industries in districts from 专栏15 and the running text", () => {
    const e = graph.edges.find((x) => x.id === "KEY_DISTRICT:industry:先进材料->district:两江新区")!;
    expect(e.props).toMatchObject({ source: "专栏15" });
    expect((e.evidence[0] as { quote: string }).quote).toBe("两江新区围绕新型智能终端、先进材料、新能源汽车和智能网联汽车等");
    const b = graph.edges.find((x) => x.id === "KEY_DISTRICT:industry:生物->district:巴南区")!;
    expect(b.evidence.map((x) => (x as { quote: string }).quote)).toEqual(["巴南区", "巴南区生物医药产业集群", "巴南区国家生物医药产业集群"]);
  });

  it("reads indicators with year, value, unit, role", () => {
    const get = (id: string) => graph.nodes.find((n) => n.id === id)?.props;
    expect(get("indicator:2020/规模以上工业战略性新兴产业产值")).toMatchObject({ year: 2020, value: 7600, unit: "亿元", role: "baseline" });
    expect(get("indicator:2015/规模以上工业战略性新兴产业产值")).toMatchObject({ year: 2015, value: 4000 });
    expect(get("indicator:2025/全市规模以上战略性新兴产业增加值占地区生产总值比重")).toMatchObject({
      value: 13, unit: "%", role: "target", qualifier: "左右",
    });
    expect(get("indicator:2020/全市研发人员")).toMatchObject({ value: 16.07, unit: "万人" });
  });

  it("has the 14 industries by kind and order, with cluster tiers from 二、（三）", () => {
    const inds = byType("Industry").sort((a, b) =>
      a.props.kind === b.props.kind ? Number(a.props.order) - Number(b.props.order) : a.props.kind === "pillar" ? -1 : 1,
    );
    expect(inds.map((n) => n.name)).toEqual([
      "集成电路", "新型显示", "新型智能终端", "新能源汽车和智能网联汽车", "生物", "先进材料", "高端装备制造",
      "绿色环保", "软件和信息技术服务", "新兴服务业", "卫星互联网", "氢能与储能", "生物育种与生物制造", "脑科学与类脑智能",
    ]);
    const tier = Object.fromEntries(inds.map((n) => [n.name, n.props.clusterTier]));
    expect(tier).toMatchObject({ 集成电路: "五百亿级", 高端装备制造: "五百亿级", 绿色环保: "五百亿级", 生物: "千亿级", 新兴服务业: "千亿级" });
    expect(inds.every((n) => n.nameEn)).toBe(true);
    expect(graph.nodes.find((n) => n.id === "industry:先进材料")?.props).toMatchObject({ kind: "pillar", order: 6, box: 6 });
    expect(graph.nodes.find((n) => n.id === "industry:脑科学与类脑智能")?.props).toMatchObject({ kind: "future", order: 4, box: 14 });
  });

  it("reports the inferred names of the sections whose heading was lost", () => {
    for (const name of ["先进材料", "高端装备制造", "新兴服务业"]) {
      expect(report.inferred.some((s) => s.startsWith(`industry ${name}:`))).toBe(true);
    }
    expect(report.warnings.some((w) => w.includes("专栏14") && w.includes("——"))).toBe(true);
    expect(report.warnings.some((w) => w.includes("医药器械"))).toBe(true);
  });

  it("gives the plan node its period and source, and its id for a title the text does not state", () => {
    const plan = byType("Plan")[0];
    expect(plan).toMatchObject({ id: "plan:cq-sei-14fyp", name: "cq-sei-14fyp" });
    expect(plan.props).toMatchObject({ period: "2021-2025", sourceFile: "seeds/plans/cq-sei-14fyp.txt" });
    expect((plan.evidence[0] as { quote: string }).quote).toMatch(/^根据《中华人民共和国.*制定本规划$/);
  });

  it("reads the 专栏1 platforms with types and descriptions", () => {
    const p = edges("HAS_PLATFORM").filter((e) => e.source === "industry:集成电路").map((e) => e.target);
    expect(p).toEqual([
      "platform:西永实验室", "platform:国地共建硅基混合集成创新中心", "platform:功率半导体技术创新中心",
      "platform:智能感知与系统科学研究院", "platform:微电子中心", "platform:微电子产业技术研究院",
      "platform:集成电路创新研究院", "platform:FPGA中国创新中心",
    ]);
    const x = graph.nodes.find((n) => n.id === "platform:西永实验室")!;
    expect(x.props).toMatchObject({ platformType: "实验室", item: 1 });
    expect(String(x.props.description)).toMatch(/^依托西永微电园/);
    expect((x.evidence[0] as { section: string }).section).toBe("三、战略性新兴支柱产业 / （一）集成电路 / 专栏1 创新平台 / 1");
  });

  it("reads districts with their kinds and KEY_DISTRICT evidence from the row", () => {
    const kinds = Object.fromEntries(byType("District").map((n) => [n.name, n.props.kind]));
    expect(kinds).toMatchObject({ 两江新区: "zone", 重庆高新区: "zone", 万盛经开区: "zone", 沙坪坝区: "district" });
    const e = graph.edges.find((x) => x.id === "KEY_DISTRICT:industry:先进材料->district:万盛经开区")!;
    expect(e.evidence[0]).toMatchObject({ quote: "万盛经开区", section: "三、战略性新兴支柱产业 / 先进材料 / 专栏6 重点区县（开发区）" });
  });

  it("has no projects for 脑科学与类脑智能 (its 产业化 cell is ——) and 5 for 生物育种与生物制造", () => {
    const n = (id: string) => edges("HAS_PROJECT").filter((e) => e.source === id).length;
    expect(n("industry:脑科学与类脑智能")).toBe(0);
    expect(n("industry:生物育种与生物制造")).toBe(5);
    expect(n("industry:集成电路")).toBe(10);
  });
});
