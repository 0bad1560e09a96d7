import { describe, expect, it } from "vitest";
import type { Chain } from "../../../contract/api.js";
import { rowHeight } from "./chainModel.js";
import { createPlacer, mean, sortBy } from "./chainPlace.js";

describe("chain placing", () => {
  it("orders by a key, missing keys last, ties by id", () => {
    const key = { b: 1, a: 1, c: 0, d: NaN } as Record<string, number>;
    expect(sortBy(["d", "b", "a", "c"], (id) => key[id])).toEqual(["c", "a", "b", "d"]);
    expect(mean([])).toBeNaN();
    expect(mean([1, 2, 6])).toBe(3);
  });

  it("stacks rows as tall as their labels, or as near a wanted y as the rows above allow", () => {
    const input = { chain: { industry: "industry:I" } as Chain, typeOf: () => "Product" as const };
    const p = createPlacer(input, (id) => (id === "two" ? 2 : 1));
    const bottom = p.stack(["one", "two"], 10, 0);
    expect(p.pos.get("one")).toEqual({ x: 10, y: 9 });
    expect(p.pos.get("two")).toEqual({ x: 10, y: rowHeight(18, 1) + 9 });
    expect(bottom).toBe(rowHeight(18, 1) + rowHeight(18, 2));
    p.stackNear(["far", "blocked"], 50, 0, (id) => (id === "far" ? 200 : 0));
    expect(p.yOf("far")).toBe(200);
    expect(p.yOf("blocked")).toBe(200 - 9 + rowHeight(18, 1) + 9);
    expect(p.yOf("nowhere")).toBeNaN();
  });
});
