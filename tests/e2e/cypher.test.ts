/** Journey: the read-only Cypher console, explained on the memory store, answering on Neo4j. */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNeo4jStore, type Neo4jStore } from "../../server/store/neo4j/index.js";
import { artifactsDir, launchBrowser, type Browser } from "../support/browser.js";
import { describeNeo4j, neo4jConfig } from "../support/neo4j.js";
import { loadPlanGraph } from "../support/plan.js";
import { startApp, type RunningApp } from "../support/server.js";

let browser: Browser;

beforeAll(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function runQuery(page: Page, query: string): Promise<void> {
  await page.getByTestId("cypher-input").fill(query);
  await page.getByTestId("cypher-run").click();
}

describe("Cypher console on the memory store", () => {
  let app: RunningApp;
  beforeAll(async () => (app = await startApp()));
  afterAll(async () => app?.close());

  for (const [lang, heading] of [
    ["zh", "Cypher 控制台需要 Neo4j 存储"],
    ["en", "The Cypher console needs the Neo4j store"],
  ] as const)
    it(`explains that the console needs Neo4j (${lang})`, async () => {
      const page = await browser.context.newPage();
      await page.goto(`${app.url}/?view=cypher&lang=${lang}`);
      await runQuery(page, "MATCH (n) RETURN n LIMIT 1");
      const error = page.getByTestId("cypher-error");
      await expect.poll(() => error.getAttribute("data-error-kind"), { timeout: 30_000 }).toBe("needs-neo4j");
      expect(await error.innerText()).toContain("NEO4J_URI");
      expect(await error.getByRole("heading").innerText()).toBe(heading);
      await page.close();
    });
});

describeNeo4j("Cypher console on Neo4j", () => {
  let app: RunningApp;
  let store: Neo4jStore;
  beforeAll(async () => {
    store = createNeo4jStore(neo4jConfig!);
    await store.load(await loadPlanGraph());
    app = await startApp({ store });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it("shows the rows as a table and the nodes on the canvas", async () => {
    const graph = await loadPlanGraph();
    const industries = graph.edges.filter((e) => e.type === "KEY_DISTRICT" && e.target === "district:两江新区").length;
    const page = await browser.context.newPage();
    await page.goto(`${app.url}/?view=cypher`);
    await runQuery(page, "MATCH (i:Industry)-[r:KEY_DISTRICT]->(d:District {name: '两江新区'}) RETURN i, r, d");
    const table = page.getByTestId("cypher-result");
    await expect.poll(() => table.getAttribute("data-row-count"), { timeout: 30_000 }).toBe(String(industries));
    const canvas = page.getByTestId("graph-canvas");
    await expect.poll(() => canvas.getAttribute("data-node-count"), { timeout: 30_000 }).toBe(String(industries + 1));
    expect(await canvas.getAttribute("data-edge-count")).toBe(String(industries));
    await page.screenshot({ path: path.join(artifactsDir, "cypher-neo4j.png") });

    await runQuery(page, "CREATE (n:Industry {name: 'x'}) RETURN n");
    const error = page.getByTestId("cypher-error");
    await expect.poll(() => error.getAttribute("data-error-kind")).toBe("bad-query");
    expect(await error.innerText()).toMatch(/read-only/);
    await page.close();
  });
});
