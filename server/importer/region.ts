/**
 * The region a plan is for (重庆市 500000, 成都市 510100, 四川省 510000): from its plan.json
 * (`region`, `regionCode`), else from its title (重庆市…规划, 四川省成都市…规划), else from its preface
 * (the province or city it names most, preferring a city where it says 我市/全市 and a province where
 * it says 我省/全省). Names and codes are GB/T 2260 (divisions.ts). Pure.
 */
import { type Division, type Divisions, shortName } from "./divisions.js";

export interface PlanRegion {
  /** The region's name as GB/T 2260 writes it (重庆市), or as plan.json gives it. */
  name: string;
  /** Its GB/T 2260 code, when known. */
  code?: string;
}

export interface RegionResult {
  region?: PlanRegion;
  inferred: string[];
  warnings: string[];
}

/** Provinces (with 直辖市) and prefecture-level cities: what a plan's region can be. */
function regions(divs: Divisions): Division[] {
  return [...divs.provinces, ...divs.prefectures];
}

/** The region whose full name (or unambiguous short name) `text` starts with, and how long that name is. */
function leading(text: string, candidates: readonly Division[]): { division: Division; length: number } | undefined {
  const full = candidates.filter((d) => text.startsWith(d.name)).sort((a, b) => b.name.length - a.name.length)[0];
  if (full) return { division: full, length: full.name.length };
  const shorts = new Map<string, Division[]>();
  for (const d of candidates) {
    const s = shortName(d);
    if (s) shorts.set(s, [...(shorts.get(s) ?? []), d]);
  }
  const hits = [...shorts].filter(([s, ds]) => ds.length === 1 && text.startsWith(s)).sort((a, b) => b[0].length - a[0].length);
  return hits[0] ? { division: hits[0][1][0], length: hits[0][0].length } : undefined;
}

/** 成都市…规划 → 成都市; 四川省…规划 → 四川省; 四川省成都市…规划 → 成都市; 重庆…规划 → 重庆市. */
export function regionFromTitle(divs: Divisions, title: string): Division | undefined {
  const t = title.replace(/^[\s《“"「]+/, "");
  const first = leading(t, regions(divs));
  if (!first || first.division.level !== "province") return first?.division;
  const inside = divs.prefectures.filter((p) => p.province === first.division.code);
  return leading(t.slice(first.length), inside)?.division ?? first.division;
}

/** The region a text names most, with the cue (我市/我省) that narrows the choice. */
export function regionFromText(divs: Divisions, text: string): { division: Division; count: number; cue?: string } | undefined {
  const cityCue = text.match(/[我全本]市/)?.[0];
  const provinceCue = text.match(/[我全本]省/)?.[0];
  const cue = cityCue && !provinceCue ? cityCue : provinceCue && !cityCue ? provinceCue : undefined;
  const found = regions(divs)
    .map((d) => ({ division: d, count: text.split(d.name).length - 1, at: text.indexOf(d.name) }))
    .filter((x) => x.count > 0);
  const fits = cue ? found.filter((x) => x.division.name.endsWith(cue.slice(1))) : [];
  const best = (fits.length ? fits : found).sort((a, b) => b.count - a.count || a.at - b.at)[0];
  return best && { division: best.division, count: best.count, ...(fits.length ? { cue } : {}) };
}

export interface RegionInput {
  /** The reference; without it only plan.json's fields count, as given. */
  divisions?: Divisions;
  /** The plan's title, when the text or plan.json states it. */
  title?: string;
  /** The preface's text (before the first chapter). */
  preface: string;
  /** plan.json's fields, and the file's name for the report. */
  meta?: { region?: string; regionCode?: string };
  metaFile: string;
}

const label = (r: PlanRegion) => (r.code ? `${r.name} (${r.code})` : r.name);

export function planRegion(input: RegionInput): RegionResult {
  const { divisions: divs, title, preface, meta, metaFile } = input;
  const inferred: string[] = [];
  const warnings: string[] = [];
  const done = (region: PlanRegion, how: string): RegionResult => {
    inferred.push(`plan region ${label(region)} ${how}`);
    return { region, inferred, warnings };
  };

  if (meta?.region || meta?.regionCode) {
    const byCode = meta.regionCode ? divs?.byCode.get(meta.regionCode) : undefined;
    const byName = meta.region && divs ? regions(divs).filter((d) => d.name === meta.region) : [];
    if (meta.regionCode && divs && !byCode) warnings.push(`${metaFile}: regionCode ${meta.regionCode} is not a GB/T 2260 code`);
    if (byCode && meta.region && byCode.name !== meta.region) {
      warnings.push(`${metaFile}: regionCode ${meta.regionCode} is ${byCode.name} in GB/T 2260, not ${meta.region}`);
    }
    const name = meta.region ?? byCode?.name;
    const code = meta.regionCode ?? (byName.length === 1 ? byName[0].code : undefined);
    if (name) return done({ name, ...(code ? { code } : {}) }, `from ${metaFile}`);
  }
  if (!divs) return { inferred, warnings };

  const fromTitle = title ? regionFromTitle(divs, title) : undefined;
  if (fromTitle) return done({ name: fromTitle.name, code: fromTitle.code }, `from the title "${title}"`);

  const fromText = regionFromText(divs, preface);
  if (fromText) {
    const { division: d, count, cue } = fromText;
    return done(
      { name: d.name, code: d.code },
      `from the preface: it names ${d.name} ${count} time${count > 1 ? "s" : ""}${cue ? ` and says ${cue}` : ""} (no region in ${title ? "the title" : "a title"} or ${metaFile})`,
    );
  }
  warnings.push(`plan region not found (no province or city in the title, the preface or ${metaFile}): districts keep no GB/T 2260 code`);
  return { inferred, warnings };
}
