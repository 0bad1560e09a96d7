import { describe, expect, it } from "vitest";
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
