/**
 * The compare view's model, pure: which two plans it shows (the URL's, else the first two), the
 * comparison's sections and counts, the backing bars, names in the interface language, the CSV
 * download's file name. The view (ui/views/CompareView.tsx) only draws what these return.
 */
import type { CompareBacking, CompareIndustry, CompareLink, CompareProduct, Comparison, PlanSummary, Side } from "../../../contract/api.js";
import type { Lang } from "./names.js";

export const SIDES: readonly Side[] = ["both", "a", "b"];

/** The two plans to compare; null when fewer than two plans are loaded. */
export interface PlanPair {
  a: string;
  b: string;
}

/**
 * The URL's plans where the server has them, else the first two plans; never the same plan twice
 * (a clash keeps A and moves B to the first other plan). Null with fewer than two plans.
 */
export function pickPlans(plans: readonly Pick<PlanSummary, "id">[] | null | undefined, a: string, b: string): PlanPair | null {
  const ids = (plans ?? []).map((p) => p.id);
  if (ids.length < 2) return null;
  const pa = ids.includes(a) ? a : (ids.find((id) => id !== b) ?? ids[0]);
  const pb = ids.includes(b) && b !== pa ? b : ids.find((id) => id !== pa)!;
  return { a: pa, b: pb };
}

/** The pair swapped. */
export const swapPair = (p: PlanPair): PlanPair => ({ a: p.b, b: p.a });

/** Items by which plans state them. */
export type BySide<T> = Record<Side, T[]>;

export function bySide<T extends { in: Side }>(items: readonly T[]): BySide<T> {
  const out: BySide<T> = { both: [], a: [], b: [] };
  for (const item of items) out[item.in].push(item);
  return out;
}

export interface Counts {
  both: number;
  a: number;
  b: number;
}

const count = (items: readonly { in: Side }[]): Counts => {
  const s = bySide(items);
  return { both: s.both.length, a: s.a.length, b: s.b.length };
};

/** The numbers at the top of the view. */
export interface CompareSummary {
  industries: Counts;
  products: Counts;
  links: Counts;
}

export function summarize(c: Comparison): CompareSummary {
  return { industries: count(c.industries), products: count(c.products), links: count(c.links) };
}

export const BACKING_KEYS = ["projects", "platforms", "districts", "products"] as const satisfies readonly (keyof CompareBacking)[];
export type BackingKey = (typeof BACKING_KEYS)[number];

/** The largest of each backing count over both plans' industries: the bars' full length. */
export function backingScale(industries: readonly CompareIndustry[]): CompareBacking {
  const max: CompareBacking = { projects: 0, platforms: 0, districts: 0, products: 0 };
  for (const i of industries) for (const side of [i.a, i.b]) if (side) for (const k of BACKING_KEYS) max[k] = Math.max(max[k], side[k]);
  return max;
}

/** A bar's length as a fraction of the scale (0 when the scale is 0); a count above 0 shows at least a sliver. */
export function barFraction(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(0.04, Math.min(1, value / max));
}

/** What the view lists: industries by side, the shared products, the links only one plan has. */
export interface CompareSections {
  industries: BySide<CompareIndustry>;
  sharedProducts: CompareProduct[];
  productsOnly: { a: CompareProduct[]; b: CompareProduct[] };
  /** Chain links one plan has and the other lacks. */
  linksOnly: { a: CompareLink[]; b: CompareLink[] };
  sharedLinks: CompareLink[];
}

export function sections(c: Comparison): CompareSections {
  const industries = bySide(c.industries);
  const products = bySide(c.products);
  const links = bySide(c.links);
  return {
    industries,
    sharedProducts: products.both,
    productsOnly: { a: products.a, b: products.b },
    linksOnly: { a: links.a, b: links.b },
    sharedLinks: links.both,
  };
}

type Named = { name: string; nameEn?: string };

/** A name in the interface language and the language it is in (for `lang=`). */
export function nameIn(item: Named, lang: Lang): { text: string; lang: "zh" | "en" } {
  return lang === "en" && item.nameEn ? { text: item.nameEn, lang: "en" } : { text: item.name, lang: "zh" };
}

/** A link's two ends, each named in the interface language. */
export function linkEnds(l: CompareLink, lang: Lang): { source: { text: string; lang: "zh" | "en" }; target: { text: string; lang: "zh" | "en" } } {
  return {
    source: nameIn({ name: l.sourceName, nameEn: l.sourceNameEn }, lang),
    target: nameIn({ name: l.targetName, nameEn: l.targetNameEn }, lang),
  };
}

/** The CSV download's file name, as the server names it. */
export const compareFileName = (p: PlanPair): string => `compare-${p.a}-${p.b}.csv`;

/** A plan's industries named by id, for a product's "covered by" line. */
export function industryNames(c: Comparison): Map<string, Named> {
  return new Map(c.industries.map((i) => [i.id, { name: i.name, nameEn: i.nameEn }]));
}

/** Choose one side's plan; choosing the other side's plan swaps the two. */
export function choosePlan(pair: PlanPair, side: "a" | "b", id: string): PlanPair {
  if (pair[side] === id) return pair;
  const other = side === "a" ? "b" : "a";
  if (pair[other] === id) return swapPair(pair);
  return { ...pair, [side]: id };
}
