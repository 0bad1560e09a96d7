import { copyFile, mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { GraphData } from "../../contract/graph.js";
import { runImport } from "./import.js";
import type { PlanTarget } from "./planTargets.js";

const SEEDS = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../seeds");

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImport(argv, { out: (s) => out.push(s), err: (s) => err.push(s), seedDir: SEEDS });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("npm run import", () => {
  it("--json prints one JSON object with counts, inferred and warnings", async () => {
    const r = await cli(["--json", "--dry-run"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(Object.keys(report)).toEqual(["plan", "counts", "inferred", "warnings", "lacks"]);
    expect(report.plan).toBe("cq-sei-14fyp");
    expect(report.lacks).toEqual([]);
    expect(report.counts.nodes.Industry).toBe(14);
  });

  it("prints a human report", async () => {
    const r = await cli(["--dry-run"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Industry\s+14/);
    expect(r.out).toMatch(/inferred \(\d+\):/);
    expect(r.out).toMatch(/dry run/);
  });

  it("hands the plan's graph to the store's target unless --dry-run, and --remove ID to it", async () => {
    const calls: string[] = [];
    const target: PlanTarget = {
      put: async (planId: string, g: GraphData) => (calls.push(`put ${planId} ${g.nodes.length > 0}`), "loaded"),
      remove: async (planId: string) => (calls.push(`remove ${planId}`), "removed"),
    };
    const deps = { out: () => {}, err: () => {}, seedDir: SEEDS, target: async () => ({ target }) };
    expect(await runImport(["--json"], deps)).toBe(0);
    expect(await runImport(["--json", "--dry-run"], deps)).toBe(0);
    expect(await runImport(["--remove", "cq-sei-14fyp"], deps)).toBe(0);
    expect(calls).toEqual(["put cq-sei-14fyp true", "remove cq-sei-14fyp"]);
  });

  it("on the memory store, adds a plan to the seeds that npm start loads and removes it again", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "import-seeds-"));
    await mkdir(path.join(dir, "plans"));
    await copyFile(path.join(SEEDS, "plans", "cq-sei-14fyp.txt"), path.join(dir, "plans", "cq-sei-14fyp.txt"));
    const other = path.join(await mkdtemp(path.join(os.tmpdir(), "other-")), "other-city.txt");
    await copyFile(path.join(SEEDS, "plans", "cq-sei-14fyp.txt"), other);
    const run = async (argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runImport(argv, { out: (s) => out.push(s), err: (s) => err.push(s), seedDir: dir });
      return { code, out: out.join("\n"), err: err.join("\n") };
    };
    const added = await run(["--plan", other]);
    expect(added.code).toBe(0);
    // no curation for this plan: the report says so, and the structure is there
    expect(added.out).toMatch(/not curated: products, chains, geography/);
    expect(added.out).toMatch(/Industry\s+14/);
    expect((await readdir(path.join(dir, "plans"))).sort()).toEqual(["cq-sei-14fyp.txt", "other-city.txt"]);
    const removed = await run(["--remove", "other-city"]);
    expect(removed.code).toBe(0);
    expect(await readdir(path.join(dir, "plans"))).toEqual(["cq-sei-14fyp.txt"]);
    const missing = await run(["--remove", "other-city"]);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`error: no plan other-city in ${path.relative(process.cwd(), path.join(dir, "plans"))} (plans: cq-sei-14fyp)`);
    const bad = await run(["--remove", "../x"]);
    expect(bad.code).toBe(1);
    expect(bad.err.split("\n")[0]).toMatch(/^error: --remove takes a plan id/);
  });

  it("exits 1 with one line on a file that is not a plan", async () => {
    const file = path.join(os.tmpdir(), `not-a-plan-${process.pid}.html`);
    await writeFile(file, "<!doctype html><html><body>hi</body></html>");
    const r = await cli(["--plan", file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error: HTML/);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.out).toBe("");
  });

  it("imports a plan cut at half with its curated misses as warnings; --strict exits 1 with one line naming the entry", async () => {
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(path.join(SEEDS, "plans", "cq-sei-14fyp.txt"), "utf8");
    const dir = await mkdtemp(path.join(os.tmpdir(), "chain-atlas-cut-"));
    const file = path.join(dir, "cq-sei-14fyp.txt"); // the seed's id: its curation applies
    await writeFile(file, text.slice(0, Math.floor(text.length / 2)));
    const lenient = await cli(["--plan", file, "--dry-run", "--json"]);
    expect(lenient.code).toBe(0);
    const { warnings } = JSON.parse(lenient.out) as { warnings: string[] };
    expect(warnings.some((w) => w.includes("chains.json") && w.includes("link skipped"))).toBe(true);
    const strict = await cli(["--plan", file, "--dry-run", "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.err.split("\n")).toHaveLength(1);
    expect(strict.err).toMatch(/^error: .*(products|chains)\.json: /);
  });

  it("exits 1 on an unknown option", async () => {
    const r = await cli(["--nope"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error: /);
  });
});
