import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isTextEvidence } from "../../contract/graph.js";
import { importAll } from "../bootstrap.js";
import { importPlan } from "../importer/index.js";
import { readAllSeeds } from "../importer/seeds.js";
import { SEEDS } from "../importer/testing.js";
import type { BaseSeeds } from "./base.js";
import { corpusPlanId, generateCorpus } from "./generate.js";
import { corpusMarker, ensureCorpus, readBase, writeCorpus } from "./write.js";

let base: BaseSeeds;
let dir: string;
beforeAll(async () => {
  base = await readBase(SEEDS);
  dir = await mkdtemp(path.join(os.tmpdir(), "chain-atlas-corpus-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const productTerms = (files: Map<string, string>, id: string): string[] =>
  (JSON.parse(files.get(`curated/${id}/products.json`)!) as { term: string }[]).map((t) => t.term);

describe("the synthetic corpus", () => {
  it("is the same for the same seed, and has other names for another seed", () => {
    const a = generateCorpus(base, { scale: 2, seed: 1 });
    const again = generateCorpus(base, { scale: 2, seed: 1 });
    expect([...a.keys()]).toEqual([...again.keys()]);
    for (const [p, text] of a) expect(again.get(p), p).toBe(text);

    const other = generateCorpus(base, { scale: 2, seed: 2 });
    const id = corpusPlanId(1);
    expect(other.get(`plans/${id}.txt`)).not.toBe(a.get(`plans/${id}.txt`));
    const mine = new Set(productTerms(a, id));
    const theirs = productTerms(other, id);
    // Latin terms (AMOLED, MEMS) keep their names; nearly all Chinese ones differ
    expect(theirs.filter((t) => !mine.has(t)).length).toBeGreaterThan(theirs.length * 0.8);
  });

  it("holds scale plans, each with its own id, title and curation, and the boundaries", () => {
    const files = generateCorpus(base, { scale: 3, seed: 1 });
    expect([...files.keys()].filter((p) => p.startsWith("plans/"))).toEqual(["plans/syn-0001.txt", "plans/syn-0002.txt", "plans/syn-0003.txt"]);
    expect(JSON.parse(files.get("curated/syn-0003/plan.json")!)).toMatchObject({ title: expect.stringContaining("合成样本 3"), region: "重庆市", regionCode: "500000" });
    expect(files.get("geo/chongqing.geojson")).toBe(base.geo["chongqing.geojson"]);
    // the districts stay Chongqing's own
    expect(files.get("curated/syn-0002/districts.json")).toBe(base.curated["districts.json"]);
  });

  it("renames in the plans the industries, products and platforms the base plan names, and shares a part of them", () => {
    const files = generateCorpus(base, { scale: 2, seed: 1 });
    const one = files.get(`plans/${corpusPlanId(1)}.txt`)!;
    for (const word of ["集成电路", "功率半导体", "西永实验室", "动力电池"]) {
      expect(base.text).toContain(word);
      expect(one).not.toContain(word);
    }
    expect(one).toContain("沙坪坝区");
    const a = new Set(productTerms(files, corpusPlanId(1)));
    const b = productTerms(files, corpusPlanId(2));
    // each plan takes a word's common name one time in five: two plans share about 1/25 of their
    // names, plus the Latin terms every plan keeps
    const shared = b.filter((t) => a.has(t)).length / b.length;
    expect(shared).toBeGreaterThan(0.04);
    expect(shared).toBeLessThan(0.3);
  });

  it("imports at 1× to a graph the size of the real plan's, with chain links, each fact with its evidence in the text", async () => {
    const folder = path.join(dir, "1x");
    await writeCorpus(folder, generateCorpus(base, { scale: 1, seed: 1 }), corpusMarker(1, 1));
    const [input] = await readAllSeeds(folder);
    const { graph, report } = importPlan(input);
    const count = (type: string) => graph.nodes.filter((n) => n.type === type).length + graph.edges.filter((e) => e.type === type).length;
    expect(count("Plan")).toBe(1);
    expect(count("Industry")).toBe(14);
    expect(count("Product")).toBeGreaterThan(250);
    expect(count("Project")).toBeGreaterThan(100);
    expect(count("Platform")).toBeGreaterThan(50);
    expect(count("District")).toBeGreaterThan(30);
    expect(count("Direction")).toBeGreaterThan(20);
    expect(count("FEEDS")).toBeGreaterThan(100);
    expect(count("SUPPLIES")).toBeGreaterThan(20);
    expect(count("KEY_DISTRICT")).toBeGreaterThan(30);
    expect(graph.nodes.length).toBeGreaterThan(550);
    expect(graph.edges.length).toBeGreaterThan(1000);
    // nothing the importer warns of beyond what it warns of for the real plan (curated quotes all found)
    expect(report.warnings.filter((w) => /not found|does not occur|is not a/.test(w))).toEqual([]);
    let quotes = 0;
    for (const item of [...graph.nodes, ...graph.edges]) {
      expect(item.evidence.length, item.id).toBeGreaterThan(0);
      for (const ev of item.evidence) {
        if (!isTextEvidence(ev)) continue;
        quotes++;
        expect(input.text.slice(ev.start, ev.end), item.id).toBe(ev.quote);
      }
    }
    expect(quotes).toBeGreaterThan(1000);
  });

  it("is written once per scale and seed, and reused while its marker says it is complete", async () => {
    const cacheDir = path.join(dir, "cache");
    const first = await ensureCorpus({ seedDir: SEEDS, cacheDir, scale: 2, seed: 5 });
    expect(first).toMatchObject({ plans: 2, generated: true });
    expect(path.basename(first.dir)).toBe("2x-seed5");
    expect(await ensureCorpus({ seedDir: SEEDS, cacheDir, scale: 2, seed: 5 })).toMatchObject({ generated: false });
    // two plans in one graph: the shared entities are one node each
    const { graph, reports } = importAll(await readAllSeeds(first.dir));
    expect(reports.map((r) => r.planId)).toEqual(["syn-0001", "syn-0002"]);
    expect(graph.nodes.filter((n) => n.type === "District").length).toBeLessThan(50);
    await rm(path.join(first.dir, ".corpus.json"));
    expect(await ensureCorpus({ seedDir: SEEDS, cacheDir, scale: 2, seed: 5 })).toMatchObject({ generated: true });
  });
});
