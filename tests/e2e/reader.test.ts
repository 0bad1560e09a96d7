/** Journey: search in Chinese → the node's details → an evidence quote → the reader at that span. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { artifactsDir } from "../support/browser.js";
import { useJourney } from "../support/journey.js";

const j = useJourney();

const canvas = () => j.page.getByTestId("graph-canvas");
const readerText = () => j.page.getByTestId("reader-text");

describe("search → details → evidence → reader journey", () => {
  it("finds 集成电路 from the header box, grouped by type, and selects it with the keyboard", async () => {
    await j.page.goto(j.app.url);
    await expect.poll(() => canvas().getAttribute("data-ready"), { timeout: 30_000 }).toBe("true");
    await j.page.keyboard.press("/");
    await j.page.keyboard.type("集成电路");
    const results = j.page.getByTestId("search-result");
    await expect.poll(() => results.count()).toBeGreaterThan(1);
    expect(await results.first().getAttribute("data-node-id")).toBe("industry:集成电路");
    expect(await j.page.getByTestId("search-input").getAttribute("aria-expanded")).toBe("true");
    await j.page.screenshot({ path: path.join(artifactsDir, "search.png") });
    await j.page.keyboard.press("Enter");
    await expect.poll(() => canvas().getAttribute("data-selected")).toBe("industry:集成电路");
    expect(decodeURIComponent(j.page.url())).toContain("node=industry:集成电路");
    await expect.poll(() => j.page.getByTestId("evidence-quote").count()).toBeGreaterThan(0);
  });

  it("finds by pinyin initials: xny → 新能源…, and jcdl → 集成电路 first", async () => {
    const input = j.page.getByTestId("search-input");
    await input.fill("xny");
    const results = j.page.getByTestId("search-result");
    // the earlier query's results stay until the new ones arrive
    await expect
      .poll(async () => {
        const names = await results.allInnerTexts();
        return names.length > 1 && names.every((n) => n.includes("新能源"));
      })
      .toBe(true);
    await input.fill("jcdl");
    await expect.poll(() => results.first().getAttribute("data-node-id")).toBe("industry:集成电路");
    await j.page.screenshot({ path: path.join(artifactsDir, "search-pinyin.png") });
    await input.press("Escape");
    await input.press("Escape");
  });

  it("says so when nothing matches", async () => {
    await j.page.getByTestId("search-input").fill("没有这个词zzq");
    await expect.poll(() => j.page.getByTestId("search-empty").isVisible()).toBe(true);
    await j.page.getByTestId("search-input").press("Escape");
    await j.page.getByTestId("search-input").press("Escape");
    expect(await j.page.getByTestId("search-input").inputValue()).toBe("");
    expect(await canvas().getAttribute("data-selected")).toBe("industry:集成电路");
  });

  it("opens the reader at an evidence quote, flashing exactly its span", async () => {
    const quote = j.page.getByTestId("evidence-quote").first();
    const text = await quote.innerText();
    await quote.click();
    await expect.poll(() => readerText().getAttribute("data-at"), { timeout: 30_000 }).toMatch(/^\d+-\d+$/);
    expect(j.page.url()).toMatch(/view=reader.*at=\d+-\d+/);
    const shown = await j.page.$$eval("[data-at-part]", (els) => els.map((e) => e.textContent).join(""));
    expect(shown).toBe(text);
    // Its mentions are lit; the canvas beside shows the same selection.
    await expect.poll(async () => Number(await readerText().getAttribute("data-mention-count"))).toBeGreaterThan(0);
    expect(await j.page.locator(".mention.lit").count()).toBeGreaterThan(0);
    await expect.poll(() => canvas().getAttribute("data-selected"), { timeout: 30_000 }).toBe("industry:集成电路");
    await j.page.screenshot({ path: path.join(artifactsDir, "reader.png") });
  });

  it("selects a mention's node when it is clicked in the text", async () => {
    const mention = j.page.locator('[data-testid="reader-mention"]:not(.lit)').first();
    await mention.click();
    await expect.poll(() => readerText().getAttribute("data-selected")).not.toBe("industry:集成电路");
    const selected = await readerText().getAttribute("data-selected");
    await expect.poll(() => canvas().getAttribute("data-selected")).toBe(selected);
    await expect.poll(() => j.page.getByTestId("details-panel").isVisible()).toBe(true);
  });

  it("reopens the same place from a copied URL", async () => {
    const url = `${j.app.url}/?view=reader&node=${encodeURIComponent("industry:集成电路")}&at=`;
    const shared = await j.browser.context.newPage();
    // A span from the node's own evidence, as the details panel would put it in the URL.
    const res = await fetch(`${j.app.url}/api/nodes/${encodeURIComponent("industry:集成电路")}`);
    const ev = ((await res.json()) as { node: { evidence: { start: number; end: number; quote: string }[] } }).node.evidence[0];
    await shared.goto(`${url}${ev.start}-${ev.end}`);
    await expect.poll(() => shared.getByTestId("reader-text").getAttribute("data-at"), { timeout: 30_000 }).toBe(`${ev.start}-${ev.end}`);
    await expect.poll(() => shared.$$eval("[data-at-part]", (els) => els.map((e) => e.textContent).join(""))).toBe(ev.quote);
    await shared.close();
  });

  for (const [lang, count, hint] of [
    ["en", /^1 \/ \d+ mentions$/, /Previous mention/],
    ["zh", /^第 1 \/ \d+ 处提及$/, /上一处提及/],
  ] as const)
    it(`speaks ${lang}: the toolbar, its buttons and the page language`, async () => {
      const page = await j.browser.context.newPage();
      await page.goto(`${j.app.url}/?view=reader&node=${encodeURIComponent("industry:集成电路")}&lang=${lang}`);
      const mentions = page.getByTestId("reader-mention-count");
      await expect.poll(() => mentions.innerText(), { timeout: 30_000 }).toMatch(count);
      expect(await page.getByTestId("reader-prev").getAttribute("aria-label")).toMatch(hint);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      // the plan text is Chinese whatever the interface language, and says so
      expect(await page.getByTestId("reader-text").getAttribute("lang")).toBe("zh");
      await page.close();
    });
});
