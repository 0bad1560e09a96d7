import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runImport } from "./import.js";

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
    expect(Object.keys(report)).toEqual(["counts", "inferred", "warnings"]);
    expect(report.counts.nodes.Industry).toBe(14);
  });

  it("prints a human report", async () => {
    const r = await cli(["--dry-run"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Industry\s+14/);
    expect(r.out).toMatch(/inferred \(\d+\):/);
    expect(r.out).toMatch(/dry run/);
  });

  it("hands the graph to the load hook unless --dry-run", async () => {
    let loaded = 0;
    const load = async (g: { nodes: unknown[] }) => {
      loaded = g.nodes.length;
      return "loaded";
    };
    expect(await runImport(["--json"], { out: () => {}, err: () => {}, seedDir: SEEDS, load })).toBe(0);
    expect(loaded).toBeGreaterThan(0);
    loaded = 0;
    expect(await runImport(["--json", "--dry-run"], { out: () => {}, err: () => {}, seedDir: SEEDS, load })).toBe(0);
    expect(loaded).toBe(0);
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

  it("exits 1 on an unknown option", async () => {
    const r = await cli(["--nope"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error: /);
  });
});
