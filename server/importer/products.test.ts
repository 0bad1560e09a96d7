import { describe, expect, it } from "vitest";
import type { CuratedInputs } from "./curated.js";
import { CuratedFileError } from "./errors.js";
import { importPlan } from "./index.js";
import { findMentions } from "./products.js";
import { planText } from "./testing.js";

const run = (curated: CuratedInputs, strict = false) => importPlan({ text: planText(), planId: "cq-sei-14fyp", sourceFile: "p", curated, strict });

describe("product mentions", () => {
  it("prefers the longest term and keeps Latin terms whole", () => {
    const text = "提升有源矩阵有机发光二极管（AMOLED）、有机发光二极管（OLED）产能规模，开发大功率碳化硅MOSFET";
    const terms = [
      { term: "OLED", aliases: [] },
      { term: "AMOLED", aliases: [] },
      { term: "碳化硅", aliases: [] },
      { term: "碳化硅MOSFET", aliases: [] },
    ];
    expect(findMentions(text, terms).map((m) => m.as)).toEqual(["AMOLED", "OLED", "碳化硅MOSFET"]);
  });

  it("links products: every mention as evidence, COVERS from the direction paragraph, INVOLVES from projects", () => {
    const { graph, report } = run({
      products: [
        { term: "化合物半导体", aliases: [], industry: "集成电路", category: "material" },
        { term: "功率半导体", aliases: ["功率器件"], industry: "集成电路", nameEn: "power semiconductors" },
        { term: "不存在的产品", aliases: [] },
      ],
      chains: [],
    });
    const p = graph.nodes.find((n) => n.id === "product:功率半导体")!;
    expect(p.nameEn).toBe("power semiconductors");
    const text = planText();
    // Every occurrence outside bookmark tags, counted in the text itself.
    const plain = text.replace(/\[bookmark:[^\]]*\]/g, (m) => " ".repeat(m.length));
    const count = plain.split("功率半导体").length - 1 + plain.split("功率器件").length - 1;
    expect(p.evidence).toHaveLength(count);
    const edge = (id: string) => graph.edges.find((e) => e.id === id);
    expect(edge("COVERS:direction:集成电路/积极发展化合物半导体->product:化合物半导体")).toBeDefined();
    expect(edge("COVERS:industry:集成电路->product:化合物半导体")).toBeDefined(); // the section intro
    expect(edge("INVOLVES:project:功率半导体封测基地->product:功率半导体")).toBeDefined();
    expect(report.warnings.some((w) => w.includes("不存在的产品"))).toBe(true);
  });

  it("keeps a product whose industry is not one of the plan, without it, and warns; strict mode fails", () => {
    const curated = { products: [{ term: "碳化硅", aliases: [], industry: "半导体" }], chains: [], files: { products: "products.json" } };
    const { graph, report } = run(curated);
    expect(graph.nodes.find((n) => n.id === "product:碳化硅")?.props.industry).toBeUndefined();
    expect(report.warnings).toContain(
      'products.json: entry 0 (碳化硅) field industry: "半导体" is not an industry of the plan (no section of the plan is headed by it); the product is kept without its industry',
    );
    expect(() => run(curated, true)).toThrow(CuratedFileError);
  });

  it("names the industry's section for a product that does not occur in the plan", () => {
    const { report } = run({ products: [{ term: "不存在的产品", aliases: [], industry: "集成电路" }], chains: [], files: { products: "products.json" } });
    expect(report.warnings).toContain('products.json: product "不存在的产品" does not occur in the plan text, nor in its industry\'s section 三、战略性新兴支柱产业 / （一）集成电路: no node');
  });
});

describe("chains", () => {
  const products = [
    { term: "碳化硅", aliases: [] },
    { term: "碳化硅MOSFET", aliases: [] },
  ];

  it("adds curated FEEDS and SUPPLIES with the quote's span as evidence", () => {
    const quote = "研发氮化镓、碳化硅等宽禁带半导体材料，推动功率半导体生产企业开发大功率碳化硅MOSFET";
    const { graph } = run({
      products,
      chains: [
        { type: "FEEDS", from: "碳化硅", to: "碳化硅MOSFET", quote },
        { type: "SUPPLIES", from: "先进材料", to: "集成电路", quote: "围绕新能源汽车及高效电机、集成电路、印制电路板、热交换等领域需求" },
      ],
    });
    const feeds = graph.edges.find((e) => e.id === "FEEDS:product:碳化硅->product:碳化硅MOSFET")!;
    expect(feeds.props.origin).toBe("curated");
    expect(feeds.evidence[0]).toMatchObject({ quote, section: "三、战略性新兴支柱产业 / （一）集成电路" });
    const supplies = graph.edges.find((e) => e.id === "SUPPLIES:industry:先进材料->industry:集成电路")!;
    expect(supplies.props).toMatchObject({ origin: "curated", origins: ["curated", "detected"] });
  });

  it("detects cross-industry demand statements", () => {
    const { graph } = run({ products: [], chains: [] });
    const detected = graph.edges.filter((e) => e.type === "SUPPLIES").map((e) => e.id).sort();
    expect(detected).toEqual(
      [
        "SUPPLIES:industry:先进材料->industry:新型智能终端",
        "SUPPLIES:industry:先进材料->industry:新能源汽车和智能网联汽车",
        "SUPPLIES:industry:先进材料->industry:集成电路",
        "SUPPLIES:industry:新兴服务业->industry:新能源汽车和智能网联汽车",
        "SUPPLIES:industry:新兴服务业->industry:集成电路",
        "SUPPLIES:industry:新兴服务业->industry:高端装备制造",
        "SUPPLIES:industry:软件和信息技术服务->industry:新型智能终端",
        "SUPPLIES:industry:软件和信息技术服务->industry:新能源汽车和智能网联汽车",
        "SUPPLIES:industry:高端装备制造->industry:新型智能终端",
        "SUPPLIES:industry:高端装备制造->industry:新能源汽车和智能网联汽车",
      ].sort(),
    );
    expect(graph.edges.filter((e) => e.type === "SUPPLIES").every((e) => e.props.origin === "detected")).toBe(true);
  });

  it("skips a link whose quote is not in the plan with a warning naming the entry and the section it belongs in; strict mode fails", () => {
    const curated = {
      products: [
        { term: "碳化硅", aliases: [], industry: "集成电路" },
        { term: "碳化硅MOSFET", aliases: [] },
      ],
      chains: [{ type: "FEEDS" as const, from: "碳化硅", to: "碳化硅MOSFET", quote: "这句话不在规划里" }],
      files: { chains: "seeds/curated/cq-sei-14fyp/chains.json" },
    };
    const { graph, report } = run(curated);
    expect(graph.edges.some((e) => e.type === "FEEDS")).toBe(false);
    expect(report.warnings).toContain(
      'seeds/curated/cq-sei-14fyp/chains.json: entry 0 (碳化硅→碳化硅MOSFET): quote not found in the plan, expected in 三、战略性新兴支柱产业 / （一）集成电路: "这句话不在规划里"; link skipped',
    );
    const strict = () => run(curated, true);
    expect(strict).toThrow(CuratedFileError);
    expect(strict).toThrow(/seeds\/curated\/cq-sei-14fyp\/chains\.json: entry 0 \(碳化硅→碳化硅MOSFET\): quote not found/);
  });

  it("skips a link whose FEEDS endpoint is not a product, naming the quote's section; strict mode fails", () => {
    const curated = { products, chains: [{ type: "FEEDS" as const, from: "集成电路", to: "碳化硅", quote: "碳化硅" }] };
    const { graph, report } = run(curated);
    expect(graph.edges.some((e) => e.type === "FEEDS")).toBe(false);
    expect(report.warnings.find((w) => w.includes('FEEDS endpoint "集成电路"'))).toMatch(/\(section 三、战略性新兴支柱产业 \/ （一）集成电路\); link skipped$/);
    expect(() => run(curated, true)).toThrow(/FEEDS endpoint "集成电路"/);
  });
});
