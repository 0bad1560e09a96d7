import { describe, expect, it } from "vitest";
import type { DistrictOverlap } from "../../../contract/api.js";
import {
  BOM,
  BY_SIMILARITY,
  DEFAULT_SORT,
  alikeFor,
  circlePositions,
  colocation,
  csvCell,
  formatSort,
  keyDistrictEdgeId,
  keyLinks,
  margins,
  matrixCsv,
  matrixView,
  nameLang,
  outlined,
  pairsCsv,
  parseSort,
  portfolio,
  radialPositions,
  rankedPairs,
  shortIndustryName,
  similarityValues,
  spannedBy,
  toCsv,
  toggleAxis,
  weightWidth,
} from "./districts.js";
import { DEFAULT_STATE, parse, serialize, setDistrict, setDistrictMode, setDistrictSort, setMapIndustry, setMapOverlay } from "./viewState.js";

// 甲 {A,B,C}, 乙 {A,B}, 丙 {C}, 丁 {} — names by id suffix.
const overlap: DistrictOverlap = {
  districts: ["district:甲", "district:乙", "district:丙", "district:丁"],
  industries: ["industry:A", "industry:B", "industry:C"],
  matrix: [
    [1, 1, 1],
    [1, 1, 0],
    [0, 0, 1],
    [0, 0, 0],
  ],
  pairs: [
    { a: "district:乙", b: "district:甲", shared: ["industry:A", "industry:B"], jaccard: 0.6667 },
    { a: "district:丙", b: "district:甲", shared: ["industry:C"], jaccard: 0.3333 },
  ],
};
const nameOf = (id: string) => id.slice(id.indexOf(":") + 1);

describe("sort in the URL", () => {
  it("parses rows,cols and falls back per axis", () => {
    expect(parseSort(null)).toEqual(DEFAULT_SORT);
    expect(parseSort("name,total")).toEqual({ rows: "name", cols: "total" });
    expect(parseSort("bogus,name")).toEqual({ rows: DEFAULT_SORT.rows, cols: "name" });
  });
  it("omits the default and round-trips the rest", () => {
    expect(formatSort(DEFAULT_SORT)).toBe("");
    expect(parseSort(formatSort({ rows: "name", cols: "total" }))).toEqual({ rows: "name", cols: "total" });
  });
  it("toggles a header between name and total", () => {
    expect(toggleAxis("order", "name")).toBe("name");
    expect(toggleAxis("name", "name")).toBe("total");
    expect(toggleAxis("total", "total")).toBe("name");
  });
});

describe("the matrix", () => {
  it("counts the margins", () => {
    expect(margins(overlap)).toEqual({ rowTotals: [3, 2, 1, 0], colTotals: [2, 2, 2], total: 6 });
  });
  it("sorts rows by total (most first) and columns by a plan rank", () => {
    const rank = (id: string) => ["industry:C", "industry:A", "industry:B"].indexOf(id);
    const v = matrixView(overlap, { rows: "total", cols: "order" }, nameOf, rank);
    expect(v.rows).toEqual([0, 1, 2, 3]);
    expect(v.cols).toEqual([2, 0, 1]);
  });
  it("sorts by name with the Chinese collation (pinyin: 丙 bing, 丁 ding, 甲 jia, 乙 yi)", () => {
    const v = matrixView(overlap, { rows: "name", cols: "name" }, nameOf);
    expect(v.rows.map((i) => nameOf(overlap.districts[i]))).toEqual(["丙", "丁", "甲", "乙"]);
    expect(v.cols).toEqual([0, 1, 2]);
  });
  it("shortens industry names at 和/与", () => {
    expect(shortIndustryName("新能源汽车和智能网联汽车")).toBe("新能源汽车");
    expect(shortIndustryName("生物育种与生物制造")).toBe("生物育种");
    expect(shortIndustryName("集成电路")).toBe("集成电路");
    expect(shortIndustryName("Integrated circuits")).toBe("Integrated circuits");
    expect(shortIndustryName("New-energy and intelligent connected vehicles")).toBe("New-energy");
    expect(shortIndustryName("Software and information technology services")).toBe("Software");
    expect(shortIndustryName("Oil and gas")).toBe("Oil and gas");
  });
  it("names the KEY_DISTRICT edge of a cell and lists a portfolio", () => {
    expect(keyDistrictEdgeId("industry:A", "district:甲")).toBe("KEY_DISTRICT:industry:A->district:甲");
    expect(portfolio(overlap, "district:乙")).toEqual(["industry:A", "industry:B"]);
    expect(portfolio(overlap, "district:无")).toEqual([]);
  });
});

describe("districts alike", () => {
  it("ranks the others by Jaccard from either side of a pair", () => {
    expect(alikeFor(overlap, "district:甲", nameOf)).toEqual([
      { district: "district:乙", shared: ["industry:A", "industry:B"], jaccard: 0.6667 },
      { district: "district:丙", shared: ["industry:C"], jaccard: 0.3333 },
    ]);
    expect(alikeFor(overlap, "district:丙").map((a) => a.district)).toEqual(["district:甲"]);
    expect(alikeFor(overlap, "district:丁")).toEqual([]);
  });
  it("ranks pairs by Jaccard then shared count", () => {
    const pairs = [
      { a: "x", b: "y", shared: ["1"], jaccard: 0.5 },
      { a: "x", b: "z", shared: ["1", "2"], jaccard: 0.5 },
      { a: "y", b: "z", shared: ["1"], jaccard: 1 },
    ];
    expect(rankedPairs({ pairs }).map((p) => p.b + p.a)).toEqual(["zy", "zx", "yx"]);
  });
});

describe("industry co-location", () => {
  it("links industries by the districts carrying both", () => {
    expect(colocation(overlap)).toEqual([
      { a: "industry:A", b: "industry:B", districts: ["district:甲", "district:乙"], weight: 2 },
      { a: "industry:A", b: "industry:C", districts: ["district:甲"], weight: 1 },
      { a: "industry:B", b: "industry:C", districts: ["district:甲"], weight: 1 },
    ]);
  });
  it("maps weights to widths", () => {
    expect(weightWidth(1, 5)).toBe(1.5);
    expect(weightWidth(5, 5)).toBe(9);
    expect(weightWidth(1, 1)).toBe(2);
  });
});

describe("layouts", () => {
  it("puts nodes on a circle, the first at the top, neighbours apart", () => {
    const p = circlePositions(["a", "b", "c", "d"]);
    expect(p.get("a")).toEqual({ x: 0, y: -140 });
    expect(p.get("b")).toEqual({ x: 140, y: 0 });
    const many = circlePositions(Array.from({ length: 14 }, (_, i) => `n${i}`), 110);
    const a = many.get("n0")!;
    const b = many.get("n1")!;
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(100);
  });
  it("centres one node among the others", () => {
    const p = radialPositions("d", ["a", "b"]);
    expect(p.get("d")).toEqual({ x: 0, y: 0 });
    expect(p.size).toBe(3);
  });
});

describe("CSV", () => {
  it("quotes every cell and doubles quotes", () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell(1)).toBe('"1"');
    expect(toCsv([["甲", 1]])).toBe(`${BOM}"甲","1"\r\n`);
  });
  it("exports the matrix in display order with its margins", () => {
    const v = matrixView(overlap, { rows: "total", cols: "order" }, nameOf);
    const lines = matrixCsv(overlap, v, nameOf).slice(1).trim().split("\r\n");
    expect(lines[0]).toBe('"district","district_id","A","B","C","industries"');
    expect(lines[1]).toBe('"甲","district:甲","1","1","1","3"');
    expect(lines[4]).toBe('"丁","district:丁","0","0","0","0"');
    expect(lines[5]).toBe('"districts","","2","2","2","6"');
    expect(matrixCsv(overlap, v, nameOf).startsWith(BOM)).toBe(true);
  });
  it("exports the pairs, most alike first, shared industries named", () => {
    const lines = pairsCsv(overlap, nameOf).slice(1).trim().split("\r\n");
    expect(lines).toEqual([
      '"district_a","district_b","jaccard","shared_count","shared_industries"',
      '"乙","甲","0.6667","2","A、B"',
      '"丙","甲","0.3333","1","C"',
    ]);
  });
});

describe("on the map", () => {
  it("groups the zones' OVERLAPS edges by zone, ignoring other edges", () => {
    const spans = spannedBy([
      { type: "OVERLAPS", source: "district:两江新区", target: "district:渝北区" },
      { type: "OVERLAPS", source: "district:两江新区", target: "district:江北区" },
      { type: "KEY_DISTRICT", source: "industry:A", target: "district:渝北区" },
    ]);
    expect([...spans.keys()]).toEqual(["district:两江新区"]);
    expect([...spans.get("district:两江新区")!]).toEqual(["district:渝北区", "district:江北区"]);
  });
  it("turns each filled cell into a key link, row by row", () => {
    expect(keyLinks(overlap)).toEqual([
      { industry: "industry:A", district: "district:甲" },
      { industry: "industry:B", district: "district:甲" },
      { industry: "industry:C", district: "district:甲" },
      { industry: "industry:A", district: "district:乙" },
      { industry: "industry:B", district: "district:乙" },
      { industry: "industry:C", district: "district:丙" },
    ]);
  });
});

describe("similarity and outlines", () => {
  it("colours by Jaccard to the chosen district: itself 1, districts sharing nothing 0", () => {
    expect(Object.fromEntries(similarityValues(overlap, "district:甲"))).toEqual({
      "district:甲": 1,
      "district:乙": 0.6667,
      "district:丙": 0.3333,
      "district:丁": 0,
    });
    expect(similarityValues(overlap, "district:丁").get("district:甲")).toBe(0);
  });
  it("outlines a district itself, or an industry's key districts", () => {
    expect([...outlined(overlap, "district:乙")]).toEqual(["district:乙"]);
    expect([...outlined(overlap, "industry:C")]).toEqual(["district:甲", "district:丙"]);
    expect(outlined(overlap, null).size).toBe(0);
    expect(outlined(overlap, "district:nowhere").size).toBe(0);
  });
  it("tells the language a name is written in", () => {
    expect(nameLang("两江新区")).toBe("zh");
    expect(nameLang("Liangjiang New Area")).toBe("en");
    expect(nameLang("Wanzhou Qu")).toBe("en");
  });
});

describe("the district view in the URL", () => {
  it("keeps the similarity colouring (by=similar)", () => {
    const s = setMapIndustry(BY_SIMILARITY)(setDistrict("district:甲")({ ...DEFAULT_STATE, view: "districts" }));
    expect(parse(serialize(s)).mapIndustry).toBe(BY_SIMILARITY);
    expect(serialize(s)).toContain("by=similar");
  });
  it("round-trips district, mode and sort, omitting defaults", () => {
    const s = setDistrictSort({ rows: "name", cols: "total" })(setDistrictMode("matrix")(setDistrict("district:两江新区")({ ...DEFAULT_STATE, view: "districts" })));
    const q = serialize(s);
    expect(q).toBe("?view=districts&district=district:%E4%B8%A4%E6%B1%9F%E6%96%B0%E5%8C%BA&mode=matrix&sort=name,total");
    expect(parse(q)).toEqual(s);
    expect(serialize({ ...DEFAULT_STATE, view: "districts" })).toBe("?view=districts");
    expect(parse("?view=districts&mode=bogus&sort=x").districtMode).toBe("map");
  });
  it("keeps the graph drawn over the map (overlay=1), omitted when off", () => {
    const s = setMapOverlay(true)({ ...DEFAULT_STATE, view: "districts" });
    expect(serialize(s)).toBe("?view=districts&overlay=1");
    expect(parse(serialize(s)).mapOverlay).toBe(true);
    expect(serialize(setMapOverlay(false)(s))).toBe("?view=districts");
    expect(parse("?view=districts&overlay=yes").mapOverlay).toBe(false);
  });
});
