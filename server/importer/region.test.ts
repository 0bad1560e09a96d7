import { beforeAll, describe, expect, it } from "vitest";
import type { Divisions } from "./divisions.js";
import { loadDivisions } from "./reference.js";
import { planRegion, regionFromText, regionFromTitle } from "./region.js";

let divs: Divisions;
beforeAll(async () => {
  divs = await loadDivisions();
});

const fromTitle = (title: string) => {
  const d = regionFromTitle(divs, title);
  return d && `${d.name} ${d.code}`;
};
const META_FILE = "seeds/curated/p/plan.json";

describe("the region from a plan's title", () => {
  it("reads a 直辖市, a prefecture-level city or a province at the start of the title", () => {
    expect(fromTitle("重庆市战略性新兴产业发展“十四五”规划")).toBe("重庆市 500000");
    expect(fromTitle("成都市战略性新兴产业发展“十四五”规划")).toBe("成都市 510100");
    expect(fromTitle("四川省“十四五”战略性新兴产业发展规划")).toBe("四川省 510000");
    expect(fromTitle("深圳市战略性新兴产业发展“十四五”规划")).toBe("深圳市 440300");
    expect(fromTitle("广西壮族自治区战略性新兴产业发展“十四五”规划")).toBe("广西壮族自治区 450000");
  });

  it("takes the city where the title names its province first, and reads short forms", () => {
    expect(fromTitle("四川省成都市战略性新兴产业发展规划")).toBe("成都市 510100");
    expect(fromTitle("广东省深圳市战略性新兴产业发展规划")).toBe("深圳市 440300");
    expect(fromTitle("重庆战略性新兴产业发展规划")).toBe("重庆市 500000");
    expect(fromTitle("《成都市战略性新兴产业发展“十四五”规划》")).toBe("成都市 510100");
  });

  it("finds none where the title names no region at its start", () => {
    expect(fromTitle("战略性新兴产业发展“十四五”规划")).toBeUndefined();
    expect(fromTitle("成渝地区双城经济圈建设规划纲要")).toBeUndefined();
    expect(fromTitle("cd-sei-14fyp")).toBeUndefined();
  });
});

describe("the region from a plan's preface", () => {
  it("takes the city or province it names most, narrowed by 我市 or 我省", () => {
    const cq =
      "要把战略性新兴产业作为我市实体经济发展的重中之重。根据《“十四五”国家战略性新兴产业发展规划》《成渝地区双城经济圈建设规划纲要》和《重庆市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，制定本规划。";
    expect(regionFromText(divs, cq)).toMatchObject({ division: { code: "500000" }, count: 1, cue: "我市" });
    const cd = "根据《四川省“十四五”规划纲要》《四川省战略性新兴产业规划》和《成都市“十四五”规划纲要》，结合我市实际，制定本规划。";
    expect(regionFromText(divs, cd)?.division.code).toBe("510100");
    const sc = "根据《四川省“十四五”规划纲要》，围绕成都市、绵阳市、成都市等重点城市，推动全省战略性新兴产业发展。";
    expect(regionFromText(divs, sc)?.division.code).toBe("510000");
    expect(regionFromText(divs, "为推动战略性新兴产业高质量发展，制定本规划。")).toBeUndefined();
  });
});

describe("planRegion: plan.json, else the title, else the preface", () => {
  it("uses plan.json's region and code as given, filling the one it lacks from GB/T 2260", () => {
    expect(planRegion({ divisions: divs, preface: "", meta: { region: "重庆市", regionCode: "500000" }, metaFile: META_FILE })).toEqual({
      region: { name: "重庆市", code: "500000" },
      inferred: [`plan region 重庆市 (500000) from ${META_FILE}`],
      warnings: [],
    });
    expect(planRegion({ divisions: divs, preface: "", meta: { region: "成都市" }, metaFile: META_FILE }).region).toEqual({ name: "成都市", code: "510100" });
    expect(planRegion({ divisions: divs, preface: "", meta: { regionCode: "440300" }, metaFile: META_FILE }).region).toEqual({ name: "深圳市", code: "440300" });
    // without the reference, plan.json's fields count as they are
    expect(planRegion({ preface: "", meta: { region: "成都市" }, metaFile: META_FILE }).region).toEqual({ name: "成都市" });
  });

  it("warns where plan.json's code is not GB/T 2260 or names another region", () => {
    const other = planRegion({ divisions: divs, preface: "", meta: { region: "成都市", regionCode: "500000" }, metaFile: META_FILE });
    expect(other.region).toEqual({ name: "成都市", code: "500000" });
    expect(other.warnings).toEqual([`${META_FILE}: regionCode 500000 is 重庆市 in GB/T 2260, not 成都市`]);
    const unknown = planRegion({ divisions: divs, preface: "", meta: { regionCode: "999999" }, metaFile: META_FILE });
    expect(unknown.region).toBeUndefined();
    // then the title and the preface are tried, here in vain
    expect(unknown.warnings).toEqual([`${META_FILE}: regionCode 999999 is not a GB/T 2260 code`, expect.stringMatching(/^plan region not found/)]);
  });

  it("infers from the title before the preface, and says how", () => {
    const r = planRegion({ divisions: divs, title: "成都市战略性新兴产业发展“十四五”规划", preface: "结合重庆市实际", metaFile: META_FILE });
    expect(r.region).toEqual({ name: "成都市", code: "510100" });
    expect(r.inferred).toEqual(['plan region 成都市 (510100) from the title "成都市战略性新兴产业发展“十四五”规划"']);
    const p = planRegion({ divisions: divs, preface: "结合我市实际，依据《深圳市国土空间规划》，制定本规划。", metaFile: META_FILE });
    expect(p.region).toEqual({ name: "深圳市", code: "440300" });
    expect(p.inferred[0]).toMatch(/^plan region 深圳市 \(440300\) from the preface: it names 深圳市 1 time and says 我市/);
  });

  it("warns when it finds no region, and says nothing without the reference", () => {
    const none = planRegion({ divisions: divs, title: "战略性新兴产业发展规划", preface: "制定本规划。", metaFile: META_FILE });
    expect(none.region).toBeUndefined();
    expect(none.warnings[0]).toMatch(/^plan region not found/);
    expect(planRegion({ title: "成都市战略性新兴产业发展规划", preface: "", metaFile: META_FILE })).toEqual({ inferred: [], warnings: [] });
  });
});
