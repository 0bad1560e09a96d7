import { describe, expect, it } from "vitest";
import { benchImportScale, judge, plan } from "./importScale.js";

describe("benchImportScale", () => {
  it("smoke: imports the corpus at 1× and 2×, one run each, and judges the cost per row", async () => {
    expect(plan({ smoke: true })).toEqual([
      { scale: 1, warmup: 0, runs: 1 },
      { scale: 2, warmup: 0, runs: 1 },
    ]);
    const results = await benchImportScale({ smoke: true });
    expect(results.map((r) => r.name)).toEqual([
      "import into memory at 1×: time per row",
      "import into memory at 2×: time per row",
      "import into memory: cost per row at 2× over 1×",
    ]);
    const [one, two, ratio] = results;
    expect(one.detail).toMatchObject({ plans: 1, runs: 1 });
    // the 1× corpus is one plan the size of the real one (634 nodes, 1169 edges)
    expect(Number(one.detail?.importedRows)).toBeGreaterThan(1700);
    expect(Number(two.detail?.importedRows)).toBe(2 * Number(one.detail?.importedRows));
    // two plans share some entities: their graph has fewer rows than they state
    expect(Number(two.detail?.graphRows)).toBeLessThan(Number(two.detail?.importedRows));
    for (const r of [one, two]) expect(r.value).toBeGreaterThan(0);
    expect(ratio).toMatchObject({ unit: "×", target: "≤ 1.5" });
    expect(ratio.value).toBeGreaterThan(0);
  }, 60_000);

  it("passes a cost per row that stays flat and misses one that grows with the plans", () => {
    const run = (scale: number, ms: number) => ({ scale, importedRows: 1800 * scale, graphRows: 1700 * scale, samples: [ms * 1.2, ms] });
    const flat = judge([run(1, 100), run(10, 1000), run(100, 12_000)]);
    expect(flat.at(-1)).toMatchObject({ name: "import into memory: cost per row at 100× over 1×", value: 1.2, pass: true });
    // quadratic: 100 plans cost 100 times more per row
    const quadratic = judge([run(1, 100), run(10, 10_000), run(100, 1_000_000)]);
    expect(quadratic.at(-1)).toMatchObject({ value: 100, pass: false });
    // the best run counts: 100 ms over 1800 rows
    expect(flat[0]).toMatchObject({ value: 55.56, unit: "µs", target: null });
  });
});
