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

  const matrix = districts.map((d) => industries.map((i) => (of.get(d)!.has(i) ? 1 : 0)));

  const pairs: DistrictOverlap["pairs"] = [];
  for (let x = 0; x < districts.length; x++) {
    for (let y = x + 1; y < districts.length; y++) {
      const [a, b] = [districts[x], districts[y]];
      const A = of.get(a)!;
      const B = of.get(b)!;
      const shared = industries.filter((i) => A.has(i) && B.has(i));
      if (shared.length === 0) continue;
      const union = A.size + B.size - shared.length;
      pairs.push({ a, b, shared, jaccard: round4(shared.length / union) });
    }
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
