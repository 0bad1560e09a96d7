/**
 * Import time linear in the input (issue 14, item 6): the plan repeated 1, 2, 4, 8 and 16 times
 * imports at about the same cost per character. Before, 1.45 MB took 6.3 s and 5.8 MB 106 s
 * (projects looked up by a scan per product mention; evidence merged by rebuilding the item's
 * whole list at each statement): the plan 16 times cost 4× per character what it cost twice.
 * Ratios in one run, medians of three, after a warm-up: absolute times move with the machine.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { importPlan, type ImportInput } from "./index.js";
import { readSeeds } from "./seeds.js";
import { SEEDS } from "./testing.js";

let base: ImportInput;

beforeAll(async () => {
  base = await readSeeds(SEEDS);
});

function msPerChar(times: number): number {
  const text = Array.from({ length: times }, () => base.text).join("\n");
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    importPlan({ ...base, text });
    runs.push(performance.now() - started);
  }
  return runs.sort((a, b) => a - b)[1] / text.length;
}

describe("import time", () => {
  it("grows linearly with the input, 1× to 16×", () => {
    msPerChar(2); // warm-up: the first imports also compile
    const cost = new Map([1, 2, 4, 8, 16].map((k) => [k, msPerChar(k)]));
    const ratios = [2, 4, 8, 16].map((k) => cost.get(k)! / cost.get(1)!);
    console.info(`import cost per character relative to 1×, at 2/4/8/16×: ${ratios.map((r) => r.toFixed(2)).join(" / ")}`);
    for (const r of ratios) expect(r).toBeLessThan(2);
  }, 120_000);
});
