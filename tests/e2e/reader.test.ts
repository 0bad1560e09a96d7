/** Journey: search in Chinese → the node's details → an evidence quote → the reader at that span. */
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactsDir, type Browser } from "../support/browser.js";
import { closeJourney, openJourney } from "../support/journey.js";
import type { RunningApp } from "../support/server.js";

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ app, browser, page } = await openJourney());
});
afterAll(() => closeJourney({ app, browser }));

const canvas = () => page.getByTestId("graph-canvas");
const readerText = () => page.getByTestId("reader-text");

describe("search → details → evidence → reader journey", () => {
  it("finds 集成电路 from the header box, grouped by type, and selects it with the keyboard", async () => {
    await page.goto(app.url);
    await expect.poll(() => canvas().getAttribute("data-ready"), { timeout: 30_000 }).toBe("true");
    await page.keyboard.press("/");
    await page.keyboard.type("集成电路");
    const results = page.getByTestId("search-result");
    await expect.poll(() => results.count()).toBeGreaterThan(1);
    expect(await results.first().getAttribute("data-node-id")).toBe("industry:集成电路");
    expect(await page.getByTestId("search-input").getAttribute("aria-expanded")).toBe("true");
    await page.screenshot({ path: path.join(artifactsDir, "search.png") });
    await page.keyboard.press("Enter");
    await expect.poll(() => canvas().getAttribute("data-selected")).toBe("industry:集成电路");
    expect(decodeURIComponent(page.url())).toContain("node=industry:集成电路");
    await expect.poll(() => page.getByTestId("evidence-quote").count()).toBeGreaterThan(0);
  });

  it("finds by pinyin initials: xny → 新能源…, and jcdl → 集成电路 first", async () => {
    const input = page.getByTestId("search-input");
    await input.fill("xny");
    const results = page.getByTestId("search-result");
    // the earlier query's results stay until the new ones arrive
    await expect
      .poll(async () => {
        const names = await results.allInnerTexts();
        return names.length > 1 && names.every((n) => n.includes("新能源"));
      })
      .toBe(true);
    await input.fill("jcdl");
    await expect.poll(() => results.first().getAttribute("data-node-id")).toBe("industry:集成电路");
    await page.screenshot({ path: path.join(artifactsDir, "search-pinyin.png") });
    await input.press("Escape");
    await input.press("Escape");
  });

  it("says so when nothing matches", async () => {
    await page.getByTestId("search-input").fill("没有这个词zzq");
    await expect.poll(() => page.getByTestId("search-empty").isVisible()).toBe(true);
    await page.getByTestId("search-input").press("Escape");
    await page.getByTestId("search-input").press("Escape");
    expect(await page.getByTestId("search-input").inputValue()).toBe("");
    expect(await canvas().getAttribute("data-selected")).toBe("industry:集成电路");
  });

  it("opens the reader at an evidence quote, flashing exactly its span", async () => {
    const quote = page.getByTestId("evidence-quote").first();
    const text = await quote.innerText();
    await quote.click();
    await expect.poll(() => readerText().getAttribute("data-at"), { timeout: 30_000 }).toMatch(/^\d+-\d+$/);
    expect(page.url()).toMatch(/view=reader.*at=\d+-\d+/);
    const shown = await page.$$eval("[data-at-part]", (els) => els.map((e) => e.textContent).join(""));
    expect(shown).toBe(text);
    // Its mentions are lit; the canvas beside shows the same selection.
    await expect.poll(async () => Number(await readerText().getAttribute("data-mention-count"))).toBeGreaterThan(0);
    expect(await page.locator(".mention.lit").count()).toBeGreaterThan(0);
    await expect.poll(() => canvas().getAttribute("data-selected"), { timeout: 30_000 }).toBe("industry:集成电路");
    await page.screenshot({ path: path.join(artifactsDir, "reader.png") });
  });

  it("selects a mention's node when it is clicked in the text", async () => {
    const mention = page.locator('[data-testid="reader-mention"]:not(.lit)').first();
    await mention.click();
    await expect.poll(() => readerText().getAttribute("data-selected")).not.toBe("industry:集成电路");
    const selected = await readerText().getAttribute("data-selected");
    await expect.poll(() => canvas().getAttribute("data-selected")).toBe(selected);
    await expect.poll(() => page.getByTestId("details-panel").isVisible()).toBe(true);
  });

  it("reopens the same place from a copied URL", async () => {
    const url = `${app.url}/?view=reader&node=${encodeURIComponent("industry:集成电路")}&at=`;
    const shared = await browser.context.newPage();
    // A span from the node's own evidence, as the details panel would put it in the URL.
    const res = await fetch(`${app.url}/api/nodes/${encodeURIComponent("industry:集成电路")}`);
    const ev = ((await res.json()) as { node: { evidence: { start: number; end: number; quote: string }[] } }).node.evidence[0];
    await shared.goto(`${url}${ev.start}-${ev.end}`);
    await expect.poll(() => shared.getByTestId("reader-text").getAttribute("data-at"), { timeout: 30_000 }).toBe(`${ev.start}-${ev.end}`);
    await expect.poll(() => shared.$$eval("[data-at-part]", (els) => els.map((e) => e.textContent).join(""))).toBe(ev.quote);
    await shared.close();
  });
});
