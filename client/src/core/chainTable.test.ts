import { describe, expect, it } from "vitest";
import type { Chain } from "../../../contract/api.js";
import chain from "./__fixtures__/chain-ic.json";
import { nextSort, sortRows, tableCells, tableCsv, tableRows, toTsv } from "./chainTable.js";
import { nameFromId } from "./names.js";

const ic = chain as unknown as Chain;

describe("the chain table", () => {
  it("has one row per link, in chain order, gaps flagged", () => {
    const rows = tableRows(ic);
    expect(rows.length).toBe(ic.upstream.length + ic.internal.length + ic.downstream.length);
    expect(rows[0].side).toBe("upstream");
    expect(rows[rows.length - 1].side).toBe("downstream");
    expect(rows.filter((r) => r.gap).map((r) => r.edgeId).sort()).toEqual(ic.gaps.map((g) => g.edgeId).sort());
  });

  it("sorts by any column, stably, and reverses on a second click", () => {
    const rows = tableRows(ic);
    const gapsFirst = sortRows(rows, { col: "gap", desc: false }, nameFromId, "zh");
    expect(gapsFirst.slice(0, ic.gaps.length).every((r) => r.gap)).toBe(true);
    const byProjects = sortRows(rows, { col: "projects", desc: true }, nameFromId, "zh");
    const counts = byProjects.map((r) => r.projects.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const bySide = sortRows(rows, { col: "side", desc: false }, nameFromId, "zh");
    expect(bySide.map((r) => r.edgeId)).toEqual(rows.map((r) => r.edgeId));
    expect(nextSort(null, "from")).toEqual({ col: "from", desc: false });
    expect(nextSort({ col: "from", desc: false }, "from")).toEqual({ col: "from", desc: true });
    expect(nextSort({ col: "from", desc: true }, "to")).toEqual({ col: "to", desc: false });
  });

  it("copies as TSV and downloads as CSV with a BOM, headers in the interface language", () => {
    const rows = tableRows(ic).slice(0, 2);
    const zh = tableCells(rows, nameFromId, "zh");
    expect(zh[0].slice(0, 4)).toEqual(["位置", "层级", "起点", "终点"]);
    expect(tableCells(rows, nameFromId, "en")[0].slice(0, 4)).toEqual(["Side", "Level", "From", "To"]);
    const tsv = toTsv([["a\tb", "c\nd"], ["甲", "乙"]]);
    expect(tsv).toBe("a b\tc d\n甲\t乙\n");
    const csv = tableCsv(zh);
    expect(csv.startsWith("\uFEFF\"位置\"")).toBe(true);
    expect(csv.split("\r\n").length).toBe(zh.length + 1);
  });
});
