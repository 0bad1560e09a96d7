import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareIds } from "./ids.js";
import { buildOverlap } from "./overlap.js";

const kd = (industry: string, ...districts: string[]) => districts.map((district) => ({ district, industry }));

describe("buildOverlap", () => {
  // i1: A B C   i2: A B   i3: C D   (and a duplicate pair that must not count twice)
  const result = buildOverlap([...kd("i2", "B", "A"), ...kd("i1", "C", "A", "B"), ...kd("i3", "D", "C"), ...kd("i1", "A")]);

  it("sorts districts and industries by id and fills the 0/1 matrix", () => {
    expect(result.districts).toEqual(["A", "B", "C", "D"]);
    expect(result.industries).toEqual(["i1", "i2", "i3"]);
    expect(result.matrix).toEqual([
      [1, 1, 0],
      [1, 1, 0],
      [1, 0, 1],
      [0, 0, 1],
    ]);
  });

  it("lists every pair sharing an industry, most alike first, with Jaccard to 4 decimals", () => {
    expect(result.pairs).toEqual([
      { a: "A", b: "B", shared: ["i1", "i2"], jaccard: 1 },
      { a: "C", b: "D", shared: ["i3"], jaccard: 0.5 },
      { a: "A", b: "C", shared: ["i1"], jaccard: 0.3333 },
      { a: "B", b: "C", shared: ["i1"], jaccard: 0.3333 },
    ]);
  });

  it("breaks equal Jaccard by the number of shared industries", () => {
    // X,Y share 2 of 4 (0.5); Z,W share 1 of 2 (0.5): the pair sharing more comes first.
    const { pairs } = buildOverlap([
      ...kd("a", "Z", "W"),
      ...kd("b", "Z"),
      ...kd("p", "X", "Y"),
      ...kd("q", "X", "Y"),
      ...kd("r", "X"),
      ...kd("s", "Y"),
    ]);
    expect(pairs.map((p) => [p.a, p.b, p.jaccard])).toEqual([
      ["X", "Y", 0.5],
      ["W", "Z", 0.5],
    ]);
  });

  it("is empty for no key districts", () => {
    expect(buildOverlap([])).toEqual({ districts: [], industries: [], matrix: [], pairs: [] });
  });
});

/** The definition, pair by pair: what buildOverlap must equal, however it gets there. */
function overlapByDefinition(keyDistricts: readonly { district: string; industry: string }[]) {
  const { districts, industries } = buildOverlap(keyDistricts);
  const of = (d: string) => new Set(keyDistricts.filter((k) => k.district === d).map((k) => k.industry));
  const pairs = [];
  for (let x = 0; x < districts.length; x++) {
    for (let y = x + 1; y < districts.length; y++) {
      const [A, B] = [of(districts[x]), of(districts[y])];
      const shared = industries.filter((i) => A.has(i) && B.has(i));
      if (shared.length) pairs.push({ a: districts[x], b: districts[y], shared, jaccard: Math.round((shared.length / (A.size + B.size - shared.length)) * 10_000) / 10_000 });
    }
  }
  return pairs.sort((p, q) => q.jaccard - p.jaccard || q.shared.length - p.shared.length || compareIds(p.a, q.a) || compareIds(p.b, q.b));
}

describe("buildOverlap at scale", () => {
  it("lists the same pairs as the pair-by-pair definition", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ district: fc.constantFrom("d:a", "d:b", "d:c", "d:d", "d:e", "d:f"), industry: fc.constantFrom("i:1", "i:2", "i:3", "i:4") }), { maxLength: 30 }),
        (kd) => {
          expect(buildOverlap(kd).pairs).toEqual(overlapByDefinition(kd));
        },
      ),
    );
  });

  it("answers for 25 copies of a plan's districts within a second", () => {
    const kd = [];
    for (let c = 0; c < 25; c++) {
      for (let d = 0; d < 40; d++) for (let i = 0; i < 14; i++) if ((d + i) % 3 === 0) kd.push({ district: `d:${c}/${d}`, industry: `i:${c}/${i}` });
    }
    const t0 = performance.now();
    const { pairs, districts } = buildOverlap(kd);
    expect(districts).toHaveLength(1000);
    expect(pairs.length).toBeGreaterThan(0);
    // pair by pair it is 500,000 pairs × 350 industries, seconds; by industry a few milliseconds
    expect(performance.now() - t0).toBeLessThan(1_000);
  });
});
