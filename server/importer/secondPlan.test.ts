/**
 * The second plan (tests/fixtures/seeds/plans/cd-sei-14fyp.txt, synthetic, see the README beside
 * it) imports exactly its structure, with and without its curation. The expectations below are
 * counted by reading the fixture, not taken from the importer's output.
 */
import { readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphData, isTextEvidence } from "../../contract/graph.js";
import {
  FIRST_PLAN_ID,
  SECOND_PLAN_ID,
  fixtureSeedDir,
  makeTwoPlanSeedDir,
  secondPlanFile,
} from "../../tests/support/twoPlans.js";
import type { ChainEntry, ProductTerm } from "./curated.js";
import { type ImportReport, importPlan } from "./index.js";
import { readAllSeeds, readSeeds } from "./seeds.js";
import { PLAN_FILE, SEEDS } from "./testing.js";

const text = readFileSync(secondPlanFile, "utf8");
const curatedDir = path.join(fixtureSeedDir, "curated", SECOND_PLAN_ID);
const products = JSON.parse(readFileSync(path.join(curatedDir, "products.json"), "utf8")) as ProductTerm[];
const chains = JSON.parse(readFileSync(path.join(curatedDir, "chains.json"), "utf8")) as ChainEntry[];

type Imported = { graph: GraphData; report: ImportReport };
const nodes = (g: GraphData, type: string) => g.nodes.filter((n) => n.type === type);
const edges = (g: GraphData, type: string) => g.edges.filter((e) => e.type === type);
const names = (g: GraphData, type: string) => nodes(g, type).map((n) => n.name);
/** Districts the plan names (geography data, once a plan has some, adds the others). */
const named = (g: GraphData) => nodes(g, "District").filter((n) => n.evidence.some(isTextEvidence));
const quotes = (item: { evidence: GraphData["nodes"][number]["evidence"] }) =>
  item.evidence.filter(isTextEvidence).map((e) => e.quote);

const INDUSTRIES = [
  { name: "集成电路", kind: "pillar", order: 1, box: 1, clusterTier: "千亿级" },
  { name: "新型显示", kind: "pillar", order: 2, box: 2, clusterTier: "千亿级" },
  { name: "新能源汽车和智能网联汽车", kind: "pillar", order: 3, box: 3, clusterTier: "五百亿级" },
  { name: "生物", kind: "pillar", order: 4, box: 4, clusterTier: "千亿级" },
  { name: "航空航天", kind: "pillar", order: 5, box: 5, clusterTier: "千亿级" },
  { name: "轨道交通装备", kind: "pillar", order: 6, box: 6, clusterTier: "五百亿级" },
  { name: "氢能与储能", kind: "future", order: 1, box: 7, clusterTier: undefined },
  { name: "量子信息", kind: "future", order: 2, box: 8, clusterTier: undefined },
];

// The 产业化 items of 专栏1–7 (专栏8's cell is "——"): 2+2+2, 2+2, 2+2+1, 2+2, 2+2, 2+2, 2+1.
const PROJECTS = [
  "12英寸特色工艺芯片生产线", "功率半导体模块封装测试基地", "化合物半导体外延片及芯片生产线", "射频前端模组产业化",
  "高密度系统级封装", "先进封装基板",
  "第6代柔性OLED生产线二期", "OLED模组生产线", "显示用玻璃基板", "偏光片生产线",
  "新能源整车生产基地", "纯电动乘用车平台", "动力电池生产基地", "磷酸铁锂正极材料", "智能网联汽车测试示范区",
  "抗体药物生产基地", "细胞治疗产业化", "高端医疗器械产业园", "体外诊断试剂生产线",
  "大型无人机研制", "航空发动机维修基地", "航空结构件数字化生产线", "钛合金精密铸造",
  "市域列车整车生产基地", "轨道交通核心部件产业园", "牵引变流器生产线", "制动系统生产线",
  "燃料电池电堆及膜电极生产线", "绿氢制备示范", "电化学储能电站示范",
];

// The 创新平台 rows of 专栏1–8: 3+2+2+3+2+1+1+1.
const PLATFORMS = [
  "天府集成电路实验室", "化合物半导体技术创新中心", "集成电路设计公共服务平台",
  "柔性显示技术创新中心", "新型显示工程研究中心",
  "智能网联汽车创新中心", "动力电池研究院",
  "天府生物医药实验室", "精准医学产业创新中心", "生物药中试平台",
  "航空发动机研究院", "无人机系统工程技术中心",
  "轨道交通装备技术创新中心",
  "氢能技术研究院",
  "量子信息创新研究院",
];

const PROGRAMS = ["产业集群培育工程", "创新平台建设工程", "应用场景示范工程"];

// The 重点区县 rows name 3+3+3+3+3+3+2+2 entries, 8 distinct places, in order of first mention.
const DISTRICTS = ["成都高新区", "双流区", "天府新区", "郫都区", "龙泉驿区", "新都区", "青白江区", "武侯区"];

const LOST_HEADING =
  'industry 新能源汽车和智能网联汽车: the heading of part 3 of 三、战略性新兴支柱产业 was lost in conversion; ' +
  'name from the title of 专栏3 "新能源汽车和智能网联汽车产业发展重点"';

/** What the plan states without any curation: every type but Product, FEEDS, COVERS, INVOLVES. */
function pinStructure(run: () => Imported): void {
  it("reads the title line, and the period from the text", () => {
    const { graph } = run();
    const [plan] = nodes(graph, "Plan");
    expect(plan.id).toBe(`plan:${SECOND_PLAN_ID}`);
    expect(plan.name).toBe("成都市战略性新兴产业发展“十四五”规划");
    expect(plan.props.period).toBe("2021-2025");
    expect(quotes(plan)).toEqual(["成都市战略性新兴产业发展“十四五”规划"]);
  });

  it("finds its 8 industries with kind, order, 专栏 and cluster tier, in document order", () => {
    const { graph } = run();
    const got = nodes(graph, "Industry").map((n) => ({
      name: n.name, kind: n.props.kind, order: n.props.order, box: n.props.box, clusterTier: n.props.clusterTier,
    }));
    expect(got).toEqual(INDUSTRIES);
    expect(edges(graph, "PART_OF").map((e) => e.target)).toEqual(INDUSTRIES.map(() => `plan:${SECOND_PLAN_ID}`));
  });

  it("recovers the industry whose heading was lost from its 专栏 title, and says so", () => {
    const { graph, report } = run();
    expect(report.inferred).toContain(LOST_HEADING);
    const ind = graph.nodes.find((n) => n.id === "industry:新能源汽车和智能网联汽车")!;
    expect(ind.props).toMatchObject({ lostHeading: true, section: "三、战略性新兴支柱产业 / 新能源汽车和智能网联汽车" });
    // no heading to quote: the name's evidence is the 专栏 title and the 发展目标 list
    expect(quotes(ind)).toEqual([
      "新能源汽车和智能网联汽车",
      "在新能源汽车和智能网联汽车、轨道交通装备等领域形成若干五百亿级的产业集群。",
    ]);
    expect(nodes(graph, "Industry").filter((n) => n.props.lostHeading)).toHaveLength(1);
  });

  it("reports its own quirks: numbering that changes style, the 专栏 named otherwise, the —— cell", () => {
    const { report } = run();
    expect(report.warnings).toContain("heading numbering changes style in 三、战略性新兴支柱产业: （2）新型显示, （4）生物 use Arabic numerals");
    expect(report.warnings).toContain('专栏4 "生物医药产业发展重点" names the industry headed （4）生物 as 生物医药: kept 生物, 生物医药 is an alias');
    expect(report.warnings).toContain('专栏8 (量子信息) 产业化 cell is "——": no projects');
  });

  it("reads the projects of the 产业化 rows, numbered with a dot, a 、 or nothing", () => {
    const { graph } = run();
    expect(names(graph, "Project")).toEqual(PROJECTS);
    expect(edges(graph, "HAS_PROJECT")).toHaveLength(30);
    const item = (name: string) => graph.nodes.find((n) => n.id === `project:${name}`)!.props.item;
    expect(item("市域列车整车生产基地")).toBe(1); // "1加快市域列车…" has no dot
    expect(item("航空结构件数字化生产线")).toBe(2); // "2、加快航空结构件…"
    expect(graph.edges.some((e) => e.type === "HAS_PROJECT" && e.source === "industry:量子信息")).toBe(false);
  });

  it("reads the platforms of the 创新平台 rows with their type", () => {
    const { graph } = run();
    expect(names(graph, "Platform")).toEqual(PLATFORMS);
    expect(edges(graph, "HAS_PLATFORM")).toHaveLength(15);
    const type = (name: string) => graph.nodes.find((n) => n.id === `platform:${name}`)!.props.platformType;
    expect(type("天府集成电路实验室")).toBe("实验室");
    expect(type("无人机系统工程技术中心")).toBe("工程技术中心");
  });

  it("reads the districts of the 重点区县 rows, and one more placement from 专栏9", () => {
    const { graph } = run();
    expect(named(graph).map((n) => n.name)).toEqual(DISTRICTS);
    const kinds = Object.fromEntries(named(graph).map((n) => [n.name, n.props.kind]));
    expect(kinds).toMatchObject({ 成都高新区: "zone", 天府新区: "zone", 武侯区: "district", 双流区: "district" });
    // 22 row entries + 量子信息 → 天府新区, which only 专栏9 states ("天府新区围绕航空航天、量子信息等")
    expect(edges(graph, "KEY_DISTRICT")).toHaveLength(23);
    const placed = graph.edges.find((e) => e.id === "KEY_DISTRICT:industry:量子信息->district:天府新区")!;
    expect(placed.props.source).toBe("专栏9");
    expect(quotes(placed)).toEqual(["天府新区围绕航空航天、量子信息等"]);
    const bio = graph.edges.find((e) => e.id === "KEY_DISTRICT:industry:生物->district:双流区")!;
    expect(quotes(bio)).toEqual(["双流区", "双流区生物医药产业集群", "双流区国家生物医药产业集群"]);
  });

  it("reads the directions of the pillar sections (3+3+3+2+2+2) and none in the future ones", () => {
    const { graph } = run();
    expect(nodes(graph, "Direction")).toHaveLength(15);
    const of = (ind: string) => nodes(graph, "Direction").filter((n) => n.props.industry === ind).map((n) => n.name);
    expect(of("新能源汽车和智能网联汽车")).toEqual(["加快发展新能源整车", "壮大动力电池产业", "发展智能网联汽车"]);
    expect(of("氢能与储能")).toEqual([]);
  });

  it("reads the 3 programs of 五、重大工程 with their items and the industries each names", () => {
    const { graph } = run();
    expect(names(graph, "Program")).toEqual(PROGRAMS);
    expect(graph.nodes.find((n) => n.id === "program:应用场景示范工程")!.props.items).toEqual([
      "智能网联汽车示范", "氢能与储能示范", "量子信息示范",
    ]);
    const targets = (p: string) => edges(graph, "TARGETS").filter((e) => e.source === `program:${p}`).length;
    expect(PROGRAMS.map(targets)).toEqual([7, 6, 3]);
  });

  it("reads 14 figures of 一、（一）发展基础 (2015 and 2020) and 5 targets of 二、（三）发展目标 (2025)", () => {
    const { graph } = run();
    const ind = nodes(graph, "Indicator");
    expect(ind).toHaveLength(19);
    expect(ind.filter((n) => n.props.role === "baseline")).toHaveLength(14);
    expect(ind.filter((n) => n.props.role === "target")).toHaveLength(5);
    expect(edges(graph, "MEASURES")).toHaveLength(19);
    const get = (id: string) => graph.nodes.find((n) => n.id === `indicator:${id}`)?.props;
    expect(get("2020/规模以上工业战略性新兴产业产值")).toMatchObject({ value: 5800, unit: "亿元", role: "baseline" });
    expect(get("2020/五百亿级产业集群")).toMatchObject({ value: 5, unit: "个" });
    expect(get("2025/战略性新兴产业增加值占地区生产总值比重")).toMatchObject({ value: 15, unit: "%", role: "target", qualifier: "左右" });
  });

  it("detects the supply links its demand statements (面向…需求) name", () => {
    const { graph } = run();
    const detected = edges(graph, "SUPPLIES").filter((e) => (e.props.origins as string[]).includes("detected"));
    expect(detected.map((e) => e.id).sort()).toEqual([
      "SUPPLIES:industry:氢能与储能->industry:新能源汽车和智能网联汽车",
      "SUPPLIES:industry:氢能与储能->industry:轨道交通装备",
      "SUPPLIES:industry:集成电路->industry:新能源汽车和智能网联汽车",
      "SUPPLIES:industry:集成电路->industry:航空航天",
    ]);
  });

  it("every evidence quote is the text at its offsets, and every statement carries this plan", () => {
    const { graph } = run();
    let n = 0;
    for (const item of [...graph.nodes, ...graph.edges]) {
      expect(item.evidence.length).toBeGreaterThan(0);
      for (const e of item.evidence) {
        expect(e.planId).toBe(SECOND_PLAN_ID);
        if (!isTextEvidence(e)) continue;
        expect(text.slice(e.start, e.end)).toBe(e.quote);
        n++;
      }
    }
    expect(n).toBeGreaterThan(200);
  });
}

describe("the second plan without curation (its curated folder absent)", () => {
  let dir: string;
  let result: Imported;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "second-plan-"));
    await mkdir(path.join(dir, "plans"));
    await copyFile(secondPlanFile, path.join(dir, "plans", `${SECOND_PLAN_ID}.txt`));
    const input = await readSeeds(dir, path.join(dir, "plans", `${SECOND_PLAN_ID}.txt`));
    expect(input.text).toBe(text);
    result = importPlan(input);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  pinStructure(() => result);

  it("has no products or curated links, and says which curated layers it lacks", () => {
    const { graph, report } = result;
    expect(nodes(graph, "Product")).toHaveLength(0);
    expect(edges(graph, "FEEDS")).toHaveLength(0);
    expect(edges(graph, "SUPPLIES")).toHaveLength(4);
    expect(report.lacks).toEqual(["products", "chains", "geography"]);
    expect(nodes(graph, "Plan")[0].props.lacks).toEqual(["products", "chains", "geography"]);
  });
});

describe("the second plan with its curation (products.json, chains.json)", () => {
  let result: Imported;
  let bare: Imported;
  beforeAll(async () => {
    result = importPlan(await readSeeds(fixtureSeedDir, secondPlanFile));
    bare = importPlan({ text, planId: SECOND_PLAN_ID, sourceFile: "cd-sei-14fyp.txt" });
  });

  pinStructure(() => result);

  it("has the same structure as without curation", () => {
    const structural = (g: GraphData) =>
      [...g.nodes.filter((n) => !["Product", "Plan", "District"].includes(n.type)), ...named(g)].map((n) => n.id).sort();
    expect(structural(result.graph)).toEqual(structural(bare.graph));
    expect(result.report.lacks).not.toContain("products");
    expect(result.report.lacks).not.toContain("chains");
  });

  it("links every curated product with the text's mentions as evidence", () => {
    const { graph } = result;
    expect(products.length).toBeGreaterThanOrEqual(10);
    expect(products.length).toBeLessThanOrEqual(25);
    expect(names(graph, "Product").sort()).toEqual(products.map((p) => p.term).sort());
    for (const p of products) {
      const node = graph.nodes.find((n) => n.id === `product:${p.term}`)!;
      const ev = node.evidence.filter(isTextEvidence);
      expect(ev.length, p.term).toBeGreaterThan(0);
      for (const e of ev) {
        expect(text.slice(e.start, e.end)).toBe(e.quote);
        expect([p.term, ...p.aliases]).toContain(e.quote);
      }
    }
    expect(result.report.warnings.filter((w) => w.startsWith("product "))).toEqual([]);
    expect(edges(graph, "COVERS").length).toBeGreaterThan(0);
    expect(graph.edges.find((e) => e.id === "INVOLVES:project:牵引变流器生产线->product:牵引变流器")).toBeDefined();
  });

  it("links every curated chain entry with its quote as evidence", () => {
    const { graph } = result;
    expect(chains.length).toBeGreaterThanOrEqual(8);
    expect(chains.length).toBeLessThanOrEqual(15);
    for (const c of chains) {
      const kind = c.type === "FEEDS" ? "product" : "industry";
      const edge = graph.edges.find((e) => e.id === `${c.type}:${kind}:${c.from}->${kind}:${c.to}`);
      expect(edge, `${c.from}→${c.to}`).toBeDefined();
      expect(edge!.props.origins).toContain("curated");
      const ev = edge!.evidence.filter(isTextEvidence).find((e) => e.quote === c.quote);
      expect(ev, `${c.from}→${c.to}`).toBeDefined();
      expect(text.slice(ev!.start, ev!.end)).toBe(c.quote);
    }
    expect(edges(graph, "FEEDS")).toHaveLength(chains.filter((c) => c.type === "FEEDS").length);
    // 4 curated (3 of them also detected) + 氢能与储能 → 新能源汽车和智能网联汽车, detected only
    expect(edges(graph, "SUPPLIES")).toHaveLength(5);
  });

  it("shares some chain links and products with Chongqing's curation and has links of its own", async () => {
    const cq = JSON.parse(await readFile(path.join(SEEDS, "curated", FIRST_PLAN_ID, "chains.json"), "utf8")) as ChainEntry[];
    const cqTerms = new Set(
      (JSON.parse(await readFile(path.join(SEEDS, "curated", FIRST_PLAN_ID, "products.json"), "utf8")) as ProductTerm[]).map((p) => p.term),
    );
    const key = (c: ChainEntry) => `${c.type}:${c.from}->${c.to}`;
    const cqKeys = new Set(cq.map(key));
    expect(chains.filter((c) => cqKeys.has(key(c))).map(key)).toEqual([
      "FEEDS:碳化硅->功率半导体", "FEEDS:玻璃基板->OLED", "FEEDS:正极材料->动力电池", "FEEDS:动力电池->新能源汽车",
      "FEEDS:原料药->制剂", "FEEDS:质子交换膜->电堆",
      "SUPPLIES:集成电路->新能源汽车和智能网联汽车", "SUPPLIES:新型显示->新能源汽车和智能网联汽车",
    ]);
    expect(chains.filter((c) => !cqKeys.has(key(c))).map(key)).toEqual([
      "FEEDS:氮化镓->射频前端芯片", "FEEDS:车规级芯片->新能源汽车", "FEEDS:钛合金->航空发动机", "FEEDS:牵引变流器->市域列车",
      "SUPPLIES:集成电路->航空航天", "SUPPLIES:氢能与储能->轨道交通装备",
    ]);
    expect(products.filter((p) => cqTerms.has(p.term)).length).toBe(19);
    expect(products.filter((p) => !cqTerms.has(p.term)).map((p) => p.term)).toEqual([
      "车规级芯片", "封装基板", "航空结构件", "牵引变流器", "市域列车", "量子通信",
    ]);
  });
});

describe("makeTwoPlanSeedDir", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTwoPlanSeedDir();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("holds both plans byte for byte, both curations and the boundaries, and both import from it", async () => {
    expect((await readdir(path.join(dir, "plans"))).sort()).toEqual([`${SECOND_PLAN_ID}.txt`, `${FIRST_PLAN_ID}.txt`]);
    expect(await readFile(path.join(dir, "plans", `${FIRST_PLAN_ID}.txt`))).toEqual(await readFile(PLAN_FILE));
    expect(await readFile(path.join(dir, "plans", `${SECOND_PLAN_ID}.txt`))).toEqual(await readFile(secondPlanFile));
    expect((await readdir(path.join(dir, "curated"))).sort()).toEqual([SECOND_PLAN_ID, FIRST_PLAN_ID]);
    expect(await readdir(path.join(dir, "curated", SECOND_PLAN_ID))).toEqual(expect.arrayContaining(["products.json", "chains.json"]));
    expect((await readdir(path.join(dir, "curated", FIRST_PLAN_ID))).some((f) => f.endsWith(".test.ts"))).toBe(false);
    expect((await readdir(path.join(dir, "geo"))).sort()).toEqual(expect.arrayContaining((await readdir(path.join(SEEDS, "geo"))).sort()));
    const inputs = await readAllSeeds(dir);
    expect(inputs.map((i) => i.planId)).toEqual([FIRST_PLAN_ID, SECOND_PLAN_ID]);
    for (const input of inputs) expect(() => importPlan(input)).not.toThrow();
    expect(inputs[1].curated?.products.length).toBe(products.length);
    expect(inputs[1].curated?.chains.length).toBe(chains.length);
  });
});
