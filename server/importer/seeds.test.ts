import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CuratedFileError, NotAPlanError } from "./errors.js";
import { importPlan } from "./index.js";
import { decodePlan, readSeeds } from "./seeds.js";
import { PLAN_FILE, SEEDS, planText } from "./testing.js";

describe("readSeeds", () => {
  it("reads the real plan and curated files, and the import merges geography into the plan's districts", async () => {
    const input = await readSeeds(SEEDS);
    expect(input.planId).toBe("cq-sei-14fyp");
    expect(input.text).toBe(planText());
    const { graph } = importPlan(input);
    const d = graph.nodes.find((n) => n.id === "district:沙坪坝区")!;
    expect(d.props).toMatchObject({ kind: "district", adcode: "500106" });
    expect(d.evidence.some((e) => "kind" in e)).toBe(true);
    expect(d.evidence.some((e) => !("kind" in e))).toBe(true);
    const zone = graph.nodes.find((n) => n.id === "district:两江新区")!;
    expect(zone.props.kind).toBe("zone");
    // 38 districts and counties + the 3 zones the plan names.
    expect(graph.nodes.filter((n) => n.type === "District")).toHaveLength(41);
  });

  it("reads an explicit plan file", async () => {
    const input = await readSeeds(SEEDS, PLAN_FILE);
    expect(input.planId).toBe("cq-sei-14fyp");
  });

  it("rejects binary and invalid UTF-8 with NotAPlanError", () => {
    expect(() => decodePlan(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]), "x.txt")).toThrow(NotAPlanError);
    expect(() => decodePlan(new Uint8Array([0xe6, 0x88, 0xff, 0x41]), "x.txt")).toThrow(/UTF-8/);
    expect(() => decodePlan(new Uint8Array([]), "x.txt")).toThrow(/empty/);
    expect(decodePlan(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), "x.txt")).toBe("\uFEFFA");
  });

  it("fails on a malformed curated file naming the file and the entry", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "seeds-"));
    await mkdir(path.join(dir, "plans"), { recursive: true });
    await mkdir(path.join(dir, "curated", "p"), { recursive: true });
    await writeFile(path.join(dir, "plans", "p.txt"), planText());
    await writeFile(path.join(dir, "curated", "p", "chains.json"), JSON.stringify([{ type: "FEEDS", from: "a", to: "b" }]));
    await expect(readSeeds(dir)).rejects.toThrow(CuratedFileError);
    await expect(readSeeds(dir)).rejects.toThrow(/chains\.json: entry 0 \(a→b\) field quote/);
    await writeFile(path.join(dir, "curated", "p", "chains.json"), "[");
    await expect(readSeeds(dir)).rejects.toThrow(/chains\.json: invalid JSON/);
  });

  it("applies a plan's curation to that plan only: another plan's file imports its structure and says what it lacks", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "seeds-"));
    await mkdir(path.join(dir, "plans"), { recursive: true });
    await mkdir(path.join(dir, "curated", "other"), { recursive: true });
    await writeFile(path.join(dir, "plans", "other.txt"), planText());
    // cq-sei-14fyp's curation is not read for the plan "other", even though it is the same text
    const input = await readSeeds(SEEDS, path.join(dir, "plans", "other.txt"));
    expect(input.planId).toBe("other");
    expect(input.curated?.products).toEqual([]);
    expect(input.curated?.lacks).toEqual(["products", "chains", "geography"]);
    const { graph, report } = importPlan(input);
    expect(graph.nodes.filter((n) => n.type === "Industry")).toHaveLength(14);
    expect(graph.nodes.some((n) => n.type === "Product")).toBe(false);
    expect(report.lacks).toEqual(["products", "chains", "geography"]);
  });

  it("rejects a missing plan file", async () => {
    await expect(readSeeds(SEEDS, "/nonexistent/plan.txt")).rejects.toThrow(NotAPlanError);
  });
});
