import { describe, expect, it } from "vitest";
import { parseOutline } from "./sections.js";

// Lines 123–161 of the plan, shortened: 生物 ends with 专栏5; 先进材料 lost its heading and starts
// right after the 重点区县 row.
const EXCERPT = [
  "[bookmark: _Toc24458]三、战略性新兴支柱产业",
  "[bookmark: _Toc1536]（五）生物。",
  "面向人民生命健康及重大疾病防控需求，充分发挥国家生物医药产业集群的优势。",
  "打造西部领先的生物药产业基地。围绕肿瘤、免疫系统疾病等疾病临床用药需求。",
  "专栏5  医药器械产业发展重点",
  "\t产业化",
  "\t1.加快推动预防性重组蛋白疫苗产业化、单克隆抗体等生物药项目投达产，实现生物药跨越式发展。",
  "2.推动中药医药城、现代化中药生产车间等项目建设，巩固优势产品地位。",
  "",
  "\t创新平台",
  "\t1.重庆国际免疫研究院。打造集理论和技术原创研究的高水准研究平台。",
  "",
  "\t重点区县",
  "（开发区）",
  "\t巴南区、两江新区、重庆高新区、涪陵区、长寿区、大渡口区",
  " 面向国家重大工程建设、提升主导产业核心竞争力和实现“双碳”目标的迫切需求，进一步延伸先进有色合金等产业链。",
  "着力推动先进有色合金提质增效。积极应对国家对“双高”行业实施的宏观调控。",
  "专栏6  先进材料产业发展重点",
  "\t产业化",
  "\t1.加快高端及轻量化材料应用基地配套、航空钛合金等项目建设，扩大先进有色合金规模优势。",
].join("\n");

describe("outline", () => {
  const outline = parseOutline(EXCERPT.replace(/\[bookmark:[^\]]*\]/g, ""));

  it("finds the chapter and its parts, opening a headingless part after the 重点区县 row", () => {
    expect(outline.chapters.map((c) => c.title)).toEqual(["战略性新兴支柱产业"]);
    const parts = outline.chapters[0].parts;
    expect(parts.map((p) => p.title)).toEqual(["生物", null]);
    expect(parts[1].paras[0].text).toMatch(/^面向国家重大工程建设/);
    expect(parts[1].boxes.map((b) => b.no)).toEqual([6]);
  });

  it("reads box rows and their lines", () => {
    const box = outline.chapters[0].parts[0].boxes[0];
    expect(box.no).toBe(5);
    expect(box.title).toBe("医药器械产业发展重点");
    expect(box.kind).toBe("industry");
    expect(box.rows.map((r) => [r.label, r.lines.length])).toEqual([
      ["产业化", 2],
      ["创新平台", 1],
      ["重点区县", 1],
    ]);
  });

  it("reads program boxes as one row per line, labelled by the lead phrase", () => {
    const o = parseOutline(
      "五、重大工程\n（四）应用示范推广工程。\n加快推进5G应用场景建设。\n专栏18  应用示范推广工程\n\t5G应用示范。在工业互联网等重点领域推广5G示范应用。\n卫星互联网应用示范。在海洋等领域加快卫星互联网的应用试点。\n",
    );
    const box = o.chapters[0].parts[0].boxes[0];
    expect(box.kind).toBe("program");
    expect(box.rows.map((r) => r.label)).toEqual(["5G应用示范", "卫星互联网应用示范"]);
  });

  it("accepts Arabic part numbers with a bookmark between number and title", () => {
    const o = parseOutline("三、战略性新兴支柱产业\n（2） 新型显示。\n");
    expect(o.chapters[0].parts[0]).toMatchObject({ no: "2", title: "新型显示" });
  });
});
