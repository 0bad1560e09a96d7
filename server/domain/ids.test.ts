import { describe, expect, it } from "vitest";
import { compareIds, sortedUnique } from "./ids.js";

describe("compareIds", () => {
  it("orders by code unit, not by locale", () => {
    expect(["b", "B", "a", "集", "两"].sort(compareIds)).toEqual(["B", "a", "b", "两", "集"]);
    expect(compareIds("x", "x")).toBe(0);
  });

  it("sortedUnique drops duplicates and sorts", () => {
    expect(sortedUnique(["district:b", "district:a", "district:b"])).toEqual(["district:a", "district:b"]);
  });
});
