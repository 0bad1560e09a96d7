/**
 * Two plans in one store and back, through the command line as a user runs it (memory store):
 * export, add a second plan, export, remove it, export — the first and last exports are the same
 * bytes, and a plan filter on the two-plan store gives back the plan alone.
 */
import { cp, mkdir, mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { serializeGraph } from "../export/formats.js";
import { importPlan } from "../importer/index.js";
import { readSeeds } from "../importer/seeds.js";
import { addPlan, combinePlans, projectPlan, removePlan } from "../plans/planSet.js";
import type { GraphData } from "../../contract/graph.js";
import { fixtureSeedDir, secondPlanFile } from "../../tests/support/twoPlans.js";
import { runExport } from "./export.js";
import { runImport } from "./import.js";

const SEEDS = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../seeds");
const quiet = { out: () => {}, err: () => {} };

describe("two plans in one store, then one again", () => {
  it("removing a plan leaves the other byte for byte as it was in npm run export", { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "roundtrip-"));
    await mkdir(path.join(dir, "plans"));
    await cp(path.join(SEEDS, "plans", "cq-sei-14fyp.txt"), path.join(dir, "plans", "cq-sei-14fyp.txt"));
    await cp(path.join(SEEDS, "curated", "cq-sei-14fyp"), path.join(dir, "curated", "cq-sei-14fyp"), { recursive: true });
    // a second plan: the same text under another id, without curation, so nearly every entity is
    // shared and many of its properties differ (the hardest case for giving the first plan back)
    const other = path.join(await mkdtemp(path.join(os.tmpdir(), "other-")), "other-city.txt");
    await cp(path.join(SEEDS, "plans", "cq-sei-14fyp.txt"), other);
    const env = { SEED_DIR: dir };
    const exportTo = async (name: string, extra: string[] = []) => {
      const file = path.join(dir, name);
      expect(await runExport(["--format", "json", "--out", file, ...extra], env)).toBe(0);
      return readFile(file, "utf8");
    };

    const before = await exportTo("before.json");
    expect(await runImport(["--plan", other], { ...quiet, seedDir: dir })).toBe(0);
    const both = await exportTo("both.json");
    const parsed = JSON.parse(both) as { nodes: { id: string; evidence: { planId?: string }[] }[] };
    expect(parsed.nodes.some((n) => n.id === "plan:other-city")).toBe(true);
    const industry = parsed.nodes.find((n) => n.id === "industry:集成电路")!;
    expect(new Set(industry.evidence.map((e) => e.planId))).toEqual(new Set(["cq-sei-14fyp", "other-city"]));
    expect(both).not.toBe(before);
    // the plan filter gives the first plan exactly as it was alone
    expect(await exportTo("only-cq.json", ["--plan", "cq-sei-14fyp"])).toBe(before);

    expect(await runImport(["--remove", "other-city"], { ...quiet, seedDir: dir })).toBe(0);
    expect(await exportTo("after.json")).toBe(before);
  });
});

/** The real plan and another, merged and taken apart as the Neo4j store does it. */
async function roundTrip(cq: GraphData, otherId: string, other: GraphData): Promise<void> {
  const alone = (planId: string, graph: GraphData) => serializeGraph(combinePlans([{ planId, graph }]), "json");
  const both = addPlan(combinePlans([{ planId: "cq-sei-14fyp", graph: cq }]), other, otherId);
  expect(serializeGraph(removePlan(both, otherId), "json")).toBe(alone("cq-sei-14fyp", cq));
  expect(serializeGraph(removePlan(both, "cq-sei-14fyp"), "json")).toBe(alone(otherId, other));
  expect(serializeGraph(projectPlan(both, "cq-sei-14fyp"), "json")).toBe(alone("cq-sei-14fyp", cq));
  expect(serializeGraph(projectPlan(both, otherId), "json")).toBe(alone(otherId, other));
  // replacing the second plan by itself changes nothing
  expect(serializeGraph(addPlan(both, other, otherId), "json")).toBe(serializeGraph(both, "json"));
}

describe("the real plan and a second one merged and taken apart (what the Neo4j store does)", () => {
  it("gives back either plan exactly, whichever is removed, and projects each exactly: the same text under another id", { timeout: 60_000 }, async () => {
    const cq = importPlan(await readSeeds(SEEDS)).graph;
    const dir = await mkdtemp(path.join(os.tmpdir(), "other-"));
    await mkdir(path.join(dir, "plans"));
    await cp(path.join(SEEDS, "plans", "cq-sei-14fyp.txt"), path.join(dir, "plans", "other-city.txt"));
    await roundTrip(cq, "other-city", importPlan(await readSeeds(dir)).graph);
  });

  it("the same with the synthetic 成都市 plan, which shares industries, products and links with some values of its own", { timeout: 60_000 }, async () => {
    const cq = importPlan(await readSeeds(SEEDS)).graph;
    const cd = importPlan(await readSeeds(fixtureSeedDir, secondPlanFile)).graph;
    const shared = cd.nodes.filter((n) => cq.nodes.some((m) => m.id === n.id));
    expect(shared.map((n) => n.id)).toEqual(expect.arrayContaining(["industry:集成电路", "product:功率半导体"]));
    await roundTrip(cq, "cd-sei-14fyp", cd);
  });
});
