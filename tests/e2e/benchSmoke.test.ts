/**
 * A tiny run of `npm run bench -- --json --smoke`, so the bench cannot rot between the times
 * somebody runs it in full: every group runs (Neo4j too when NEO4J_URI is set) and prints results
 * of the documented shape. Smoke figures are not results: targets are judged only in a full run.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/plan.js";

describe("npm run bench -- --json --smoke", () => {
  it("runs every group and prints { results: [{ name, value, unit, target, pass }] }", () => {
    const args = ["--import", "tsx", path.join("tests", "bench", "run.ts"), "--json", "--smoke"];
    if (!process.env.NEO4J_URI) args.push("--no-neo4j");
    const run = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: "utf8", timeout: 240_000 });
    expect(run.status, run.stderr).toBe(0);
    const { results } = JSON.parse(run.stdout) as { results: Record<string, unknown>[] };
    expect(results.length).toBeGreaterThan(5);
    for (const r of results) {
      expect(Object.keys(r).sort()).toEqual(expect.arrayContaining(["name", "pass", "target", "unit", "value"]));
      expect(typeof r.name).toBe("string");
      expect(typeof r.value === "number" && Number.isFinite(r.value), `${String(r.name)}: ${String(r.value)}`).toBe(true);
      expect(typeof r.unit).toBe("string");
      expect(r.target === null || /^[≥≤] \d/.test(String(r.target))).toBe(true);
      expect(typeof r.pass).toBe("boolean");
    }
    const names = results.map((r) => String(r.name)).join("\n");
    for (const part of [/import into memory/i, /initial JavaScript/, /req\/s/i, /canvas/i]) expect(names).toMatch(part);
    if (process.env.NEO4J_URI) expect(names).toMatch(/Neo4j/);
    // the one target a smoke run can judge: the initial load does not depend on the scale
    expect(results.find((r) => r.name === "initial JavaScript (gzip)")?.pass).toBe(true);
  }, 300_000);
});
