/**
 * Districts compared by the industries that name them as key districts (KEY_DISTRICT edges).
 * Pure: both stores pass the (district, industry) pairs and get the same matrix and pairs.
 *
 * - districts (rows) and industries (columns) are those of the pairs, sorted by id;
 *   matrix[d][i] = 1 when industry i has district d as a key district.
 * - pairs: every unordered pair of districts (a < b by id) sharing at least one industry, with the
 *   shared industries (sorted) and jaccard = |A∩B| / |A∪B| rounded to 4 decimals; most alike first
 *   (jaccard desc, then more shared industries, then a, then b).
 */
import type { DistrictOverlap } from "../../contract/api.js";
import { compareIds, sortedUnique } from "./ids.js";

export interface KeyDistrict {
  district: string;
  industry: string;
}

export function buildOverlap(keyDistricts: readonly KeyDistrict[]): DistrictOverlap {
  const districts = sortedUnique(keyDistricts.map((k) => k.district));
  const industries = sortedUnique(keyDistricts.map((k) => k.industry));
  const of = new Map<string, Set<string>>(districts.map((d) => [d, new Set<string>()]));
  for (const { district, industry } of keyDistricts) of.get(district)!.add(industry);

  const column = new Map(industries.map((i, y) => [i, y]));
  const matrix = districts.map((d) => {
    const row = new Array<number>(industries.length).fill(0);
    for (const i of of.get(d)!) row[column.get(i)!] = 1;
    return row;
  });

  // Pairs from each industry's districts, not from every pair of districts: the cost follows the
  // pairs that share something (Σ districts per industry, squared), not districts² × industries,
  // which at 100× the plan is billions of steps per answer. Industries in id order: `shared` comes out sorted.
  const index = new Map(districts.map((d, x) => [d, x]));
  const where = new Map<string, Set<number>>(industries.map((i) => [i, new Set<number>()]));
  for (const { district, industry } of keyDistricts) where.get(industry)!.add(index.get(district)!);
  const sharedOf = new Map<number, string[]>();
  for (const industry of industries) {
    const at = [...where.get(industry)!].sort((x, y) => x - y);
    for (let i = 0; i < at.length; i++) {
      for (let j = i + 1; j < at.length; j++) {
        const key = at[i] * districts.length + at[j]; // at is ascending: at[i] < at[j]
        const shared = sharedOf.get(key);
        if (shared) shared.push(industry);
        else sharedOf.set(key, [industry]);
      }
    }
  }
  const pairs: DistrictOverlap["pairs"] = [];
  for (const [key, shared] of sharedOf) {
    const [a, b] = [districts[Math.floor(key / districts.length)], districts[key % districts.length]];
    const union = of.get(a)!.size + of.get(b)!.size - shared.length;
    pairs.push({ a, b, shared, jaccard: round4(shared.length / union) });
  }
  pairs.sort(
    (p, q) =>
      q.jaccard - p.jaccard || q.shared.length - p.shared.length || compareIds(p.a, q.a) || compareIds(p.b, q.b),
  );
  return { districts, industries, matrix, pairs };
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
