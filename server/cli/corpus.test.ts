import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAllSeeds } from "../importer/seeds.js";
import { SEEDS } from "../importer/testing.js";
import { runCorpus } from "./corpus.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "chain-atlas-corpus-cli-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, deps: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) } };
}

describe("npm run corpus", () => {
  it("writes a seeds folder of N synthetic plans that the importer reads", async () => {
    const to = path.join(dir, "two");
    const { out, deps } = io();
    expect(await runCorpus(["--scale", "2", "--seed", "4", "--out", to, "--seeds", SEEDS], deps)).toBe(0);
    expect(out[0]).toMatch(/^wrote a synthetic corpus of 2 plans \(seed 4, \d+ files\) to /);
    expect((await readdir(path.join(to, "plans"))).sort()).toEqual(["syn-0001.txt", "syn-0002.txt"]);
    expect((await readAllSeeds(to)).map((i) => i.planId)).toEqual(["syn-0001", "syn-0002"]);
    // an earlier corpus is replaced
    expect(await runCorpus(["--scale", "1", "--out", to, "--seeds", SEEDS], io().deps)).toBe(0);
    expect(await readdir(path.join(to, "plans"))).toEqual(["syn-0001.txt"]);
  }, 30_000);

  it("refuses a bad scale or a folder holding other files, with one error line and the usage", async () => {
    const bad = io();
    expect(await runCorpus(["--scale", "0", "--out", path.join(dir, "x")], bad.deps)).toBe(1);
    expect(bad.err).toEqual(["error: --scale must be a whole number from 1 to 1000, got 0", expect.stringMatching(/^usage: npm run corpus/)]);
    const other = path.join(dir, "other");
    await mkdir(other);
    await writeFile(path.join(other, "notes.txt"), "mine");
    const busy = io();
    expect(await runCorpus(["--scale", "1", "--out", other, "--seeds", SEEDS], busy.deps)).toBe(1);
    expect(busy.err[0]).toMatch(/holds other files/);
    expect(await readdir(other)).toEqual(["notes.txt"]);
  });
});
