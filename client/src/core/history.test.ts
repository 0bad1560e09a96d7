import { describe, expect, it } from "vitest";
import { canRedo, canUndo, createHistory, record, redo, undo } from "./history.js";

describe("history", () => {
  it("records, undoes and redoes", () => {
    let h = createHistory(1);
    expect(canUndo(h)).toBe(false);
    h = record(h, 2);
    h = record(h, 3);
    expect(h).toEqual({ past: [1, 2], present: 3, future: [] });
    h = undo(h);
    expect(h).toEqual({ past: [1], present: 2, future: [3] });
    h = undo(h);
    expect(h.present).toBe(1);
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h).toEqual({ past: [1], present: 2, future: [3] });
    expect(canRedo(h)).toBe(true);
  });

  it("drops the future on a new record, and ignores an equal one", () => {
    let h = record(record(createHistory("a"), "b"), "c");
    h = undo(h);
    const same = record(h, "b");
    expect(same).toBe(h);
    h = record(h, "d");
    expect(h).toEqual({ past: ["a", "b"], present: "d", future: [] });
    expect(redo(h)).toBe(h);
  });

  it("compares with the given equality and keeps at most `limit` steps", () => {
    const eq = (a: number[], b: number[]) => a.join() === b.join();
    const h = record(createHistory([1]), [1], eq);
    expect(h.past).toHaveLength(0);
    let g = createHistory(0);
    for (let i = 1; i <= 10; i++) g = record(g, i, Object.is, 3);
    expect(g.past).toEqual([7, 8, 9]);
  });
});
