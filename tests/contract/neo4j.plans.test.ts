/**
 * Several plans in Neo4j through `npm run import`'s Neo4j target: a second plan joins the graph in
 * one transaction and leaves the first as it was; removing either plan gives back exactly the other
 * (the export, sorted by id, byte for byte).
 */
import { cp, mkdir, mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { GraphData } from "../../contract/graph.js";
import { neo4jTarget } from "../../server/cli/planTargets.js";
import { serializeGraph } from "../../server/export/formats.js";
import { importPlan } from "../../server/importer/index.js";
import { readSeeds } from "../../server/importer/seeds.js";
import { combinePlans } from "../../server/plans/planSet.js";
import { createNeo4jStore, type Neo4jStore } from "../../server/store/neo4j/index.js";
import { describeNeo4j, neo4jConfig } from "../support/neo4j.js";
import { loadPlan, seedDir } from "../support/plan.js";

describeNeo4j("several plans in Neo4j", () => {
  let store: Neo4jStore;
  let cq: GraphData;
  let other: GraphData;
  const alone = (planId: string, graph: GraphData) => serializeGraph(combinePlans([{ planId, graph }]), "json");
  const exported = async () => serializeGraph(await store.graph(), "json");

  beforeAll(async () => {
    store = createNeo4jStore(neo4jConfig!);
    cq = (await loadPlan()).graph;
    const dir = await mkdtemp(path.join(os.tmpdir(), "neo4j-plans-"));
    await mkdir(path.join(dir, "plans"));
    await cp(path.join(seedDir, "plans", "cq-sei-14fyp.txt"), path.join(dir, "plans", "other-city.txt"));
    other = importPlan(await readSeeds(dir)).graph;
  });

  afterAll(async () => {
    // leave the database as the other suites expect it: the first plan alone
    await store.load(combinePlans([{ planId: "cq-sei-14fyp", graph: cq }]));
    await store.close();
  });

  it("adds a plan, lists both, and removing either gives back the other byte for byte", async () => {
    const texts = await mkdtemp(path.join(os.tmpdir(), "neo4j-plan-texts-"));
    await mkdir(path.join(texts, "plans"));
    const target = neo4jTarget(store, "the test database", texts);
    const otherFile = path.join(await mkdtemp(path.join(os.tmpdir(), "other-file-")), "other-city.txt");
    await cp(path.join(seedDir, "plans", "cq-sei-14fyp.txt"), otherFile);
    await store.load(combinePlans([{ planId: "cq-sei-14fyp", graph: cq }]));
    const before = await exported();
    expect(before).toBe(alone("cq-sei-14fyp", cq));

    expect(await target.put("other-city", other, otherFile)).toMatch(/loaded plan other-city .* with cq-sei-14fyp/);
    // the plan's text is kept in the seeds, where the server reads the texts the reader shows
    expect(await readdir(path.join(texts, "plans"))).toEqual(["other-city.txt"]);
    expect((await store.plans()).map((p) => p.id)).toEqual(["cq-sei-14fyp", "other-city"]);
    const both = await exported();
    expect(both).not.toBe(before);
    // importing the same plan again changes nothing
    await target.put("other-city", other, otherFile);
    expect(await exported()).toBe(both);

    expect(await target.remove("other-city")).toMatch(/removed plan other-city/);
    expect(await exported()).toBe(before);
    expect(await readdir(path.join(texts, "plans"))).toEqual([]);

    await target.put("other-city", other, otherFile);
    await target.remove("cq-sei-14fyp");
    expect(await exported()).toBe(alone("other-city", other));
    await expect(target.remove("cq-sei-14fyp")).rejects.toThrow("no plan cq-sei-14fyp in the test database (plans: other-city)");
  });
});
