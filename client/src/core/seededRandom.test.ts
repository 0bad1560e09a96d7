import { describe, expect, it } from "vitest";
import { mulberry32, seedOf, withSeededRandom } from "./seededRandom.js";

describe("seeded randomness for layouts", () => {
  it("repeats a sequence for a seed, and differs between seeds", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });

  it("seeds from a set of ids whatever their order", () => {
    expect(seedOf(["b", "a", "c"])).toBe(seedOf(["c", "b", "a"]));
    expect(seedOf(["a", "b"])).not.toBe(seedOf(["a", "c"]));
  });

  it("replaces Math.random only while the work runs, also when it throws", () => {
    const original = Math.random;
    const first = withSeededRandom(7, () => [Math.random(), Math.random()]);
    expect(withSeededRandom(7, () => [Math.random(), Math.random()])).toEqual(first);
    expect(Math.random).toBe(original);
    expect(() =>
      withSeededRandom(7, () => {
        throw new Error("layout failed");
      }),
    ).toThrow("layout failed");
    expect(Math.random).toBe(original);
  });
});
