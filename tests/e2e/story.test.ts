/**
 * A presenter's story built by hand (issue 11): three scenes across three views, renamed,
 * reordered by keyboard and by drag, duplicated and deleted; saved as a file that reads back as a
 * story; bad files refused with a message and the story unchanged; the story link opened in
 * another browser; the story as a PPTX, unzipped and read; the panel in both languages at a
 * desktop's and a phone's size.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readStoryFile } from "../../client/src/core/storyFile.js";
import { artifactsDir, launchBrowser } from "../support/browser.js";
import { canvasReady, useJourney } from "../support/journey.js";
import { VIEWPORTS, axeViolations, overflowing } from "../support/measure.js";

const j = useJourney();
const IC = "industry:集成电路";
const WANZHOU = "district:万州区";
const shots = path.join(artifactsDir, "story");
mkdirSync(shots, { recursive: true });

const NOTES = ["先看全局：集成电路在规划中的位置。", "缺口：**上游材料**仍依赖外地。", "万州区的产业布局。"];

const count = async (page: Page) => Number(await page.getByTestId("scene-list").getAttribute("data-count"));
const items = (page: Page) => page.getByTestId("scene-item");
const titles = (page: Page) => page.getByTestId("scene-title").evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
const ids = (page: Page) => items(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-scene-id") ?? ""));
const message = (page: Page) => page.getByTestId("story-message").textContent();

async function addScene(page: Page, expected: number) {
  await page.getByTestId("scene-add").click();
  await expect.poll(() => count(page), { timeout: 15_000 }).toBe(expected);
  expect(await message(page)).toContain(`已添加场景 ${expected}`);
}

async function openPanel(page: Page) {
  if ((await page.getByTestId("story-panel").count()) === 0) await page.getByTestId("scene-list").click();
  await page.getByTestId("story-panel").waitFor();
}

/** The story as a PPTX through the export menu, by keyboard as the menu button allows: open, End (the PPTX), Enter. */
async function exportPptx(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 120_000 }),
    (async () => {
      await page.getByTestId("export-open").focus();
      await page.keyboard.press("Enter");
      await page.keyboard.press("End");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("export-pptx");
      await page.keyboard.press("Enter");
    })(),
  ]);
  expect(download.suggestedFilename()).toBe("重庆集成电路汇报.pptx");
  return readFileSync((await download.path())!);
}

/** Picks a file through the story-open button, as a person does through the file dialog. */
async function openFile(page: Page, name: string, text: string) {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByTestId("story-open").click()]);
  await chooser.setFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

describe("a presenter's story", () => {
  let link = "";
  let savedIds: string[] = [];

  it("captures three scenes across three views, with titles from what they show", async () => {
    const { page } = j;
    await page.goto(`${j.app.url}/?lang=zh`);
    await canvasReady(page);
    expect(await page.getByTestId("present-start").isDisabled()).toBe(true);

    // 1. The overview with 集成电路 selected.
    await page.evaluate((id) => (window as unknown as { __cy: { $id(id: string): { emit(e: string): void } } }).__cy.$id(id).emit("tap"), IC);
    await expect.poll(() => page.getByTestId("graph-canvas").getAttribute("data-selected")).toBe(IC);
    await canvasReady(page);
    await addScene(page, 1);

    // 2. The chain of 集成电路 with a gap chosen.
    await page.getByTestId("view-chain").click();
    await page.getByTestId("chain-industry").selectOption(IC);
    await canvasReady(page);
    const gap = page.getByTestId("chain-gap").first();
    const gapId = await gap.getAttribute("data-edge-id");
    await gap.click();
    await expect.poll(() => new URL(page.url()).searchParams.get("gap")).toBe(gapId);
    await canvasReady(page);
    await addScene(page, 2);

    // 3. The district map with 万州区 chosen.
    await page.getByTestId("view-districts").click();
    await page.locator(`[data-testid=district-label][data-id="${WANZHOU}"]`).click();
    await expect.poll(() => page.getByTestId("district-panel").getAttribute("data-district")).toBe(WANZHOU);
    await addScene(page, 3);
    await page.screenshot({ path: path.join(shots, "scene-added-zh.png") });
    expect(await page.getByTestId("present-start").isDisabled()).toBe(false);

    await openPanel(page);
    expect(await titles(page)).toEqual(["概览 · 集成电路", "产业链 · 集成电路", "区县 · 万州区"]);
    // Each scene keeps its own query with its language written in it.
    const stored = await page.evaluate(() => localStorage.getItem("chain-atlas:story") ?? "");
    const read = readStoryFile(stored);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.story.scenes.map((s) => s.lang)).toEqual(["zh", "zh", "zh"]);
    expect(read.story.scenes[1]!.query).toContain(`gap=${encodeURIComponent(gapId!).replace(/%3A/gi, ":").replace(/%2C/gi, ",")}`);
    expect(read.story.scenes[2]!.query).toMatch(/view=districts.*district=district:/);
    expect(read.story.scenes.every((s) => /lang=zh/.test(s.query))).toBe(true);
    const thumbs = read.story.scenes.filter((s) => s.thumbnail).length;
    console.log(`[story] 3 scenes captured, ${thumbs} with a thumbnail; stored ${stored.length} characters`);
    for (const s of read.story.scenes) console.log(`[story] scene "${s.title}": ${s.query.length} characters of query, ${s.thumbnail?.length ?? 0} of thumbnail`);
  }, 120_000);

  it("renames, notes, reorders by keyboard and by drag, duplicates and deletes", async () => {
    const { page } = j;
    await openPanel(page);
    await page.getByTestId("story-title").fill("重庆集成电路汇报");
    await page.getByTestId("scene-title").nth(2).fill("万州区：产业布局");
    for (const [i, note] of NOTES.entries()) await page.getByTestId("scene-note").nth(i).fill(note);
    const start = await ids(page);

    // Keyboard: Alt+↑ on the third scene, then again (the focus follows the scene), then back down.
    await items(page).nth(2).focus();
    await page.keyboard.press("Alt+ArrowUp");
    await expect.poll(() => ids(page)).toEqual([start[0], start[2], start[1]]);
    expect(await message(page)).toContain("已移到第 2 位");
    await page.keyboard.press("Alt+ArrowUp");
    await expect.poll(() => ids(page)).toEqual([start[2], start[0], start[1]]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-scene-id"))).toBe(start[2]);
    await page.keyboard.press("Alt+ArrowDown");
    await page.keyboard.press("Alt+ArrowDown");
    await expect.poll(() => ids(page)).toEqual(start);

    // Drag: the first scene dropped below the last, then the last dragged back to the top.
    await items(page).nth(0).dragTo(items(page).nth(2), { targetPosition: { x: 20, y: 70 } });
    await expect.poll(() => ids(page)).toEqual([start[1], start[2], start[0]]);
    await items(page).nth(2).dragTo(items(page).nth(0), { targetPosition: { x: 20, y: 4 } });
    await expect.poll(() => ids(page)).toEqual(start);

    // Duplicate the first: the copy comes right after it. Delete it, undo, delete again.
    await page.getByTestId("scene-duplicate").nth(0).click();
    await expect.poll(() => count(page)).toBe(4);
    expect(await titles(page)).toEqual(["概览 · 集成电路", "概览 · 集成电路", "产业链 · 集成电路", "万州区：产业布局"]);
    const copy = (await ids(page))[1];
    await page.getByTestId("scene-delete").nth(1).click();
    await expect.poll(() => count(page)).toBe(3);
    await page.getByTestId("story-undo").click();
    await expect.poll(() => ids(page)).toEqual([start[0], copy, start[1], start[2]]);
    await page.getByTestId("scene-delete").nth(1).click();
    await expect.poll(() => ids(page)).toEqual(start);
    savedIds = start;
    expect(await titles(page)).toEqual(["概览 · 集成电路", "产业链 · 集成电路", "万州区：产业布局"]);
  });

  it("saves the story as a file that reads back as a story of 3 scenes", async () => {
    const { page } = j;
    await openPanel(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("story-save").click()]);
    expect(download.suggestedFilename()).toBe("重庆集成电路汇报.chain-atlas.json");
    const text = readFileSync((await download.path())!, "utf8");
    const read = readStoryFile(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.story.title).toBe("重庆集成电路汇报");
    expect(read.story.scenes.map((s) => s.id)).toEqual(savedIds);
    expect(read.story.scenes.map((s) => s.note)).toEqual(NOTES);
    console.log(`[story] saved file: ${Buffer.byteLength(text)} bytes for 3 scenes`);
  });

  it("refuses a file that is not a story, or of a newer version, and keeps the story", async () => {
    const { page } = j;
    await openPanel(page);
    await openFile(page, "graph.json", JSON.stringify({ nodes: [], edges: [] }));
    await expect.poll(() => message(page)).toContain("不是 Chain Atlas 故事");
    expect(await ids(page)).toEqual(savedIds);

    const newer = { format: "chain-atlas-story", version: 99, title: "未来", scenes: [] };
    await openFile(page, "future.chain-atlas.json", JSON.stringify(newer));
    await expect.poll(() => message(page)).toContain("版本 99");
    expect(await message(page)).toContain("最高只能读取版本 1");
    expect(await ids(page)).toEqual(savedIds);
    expect(await page.getByTestId("story-title").inputValue()).toBe("重庆集成电路汇报");
  });

  it("travels as one link: another browser opens the same 3 scenes and shows the first", async () => {
    const { page } = j;
    await openPanel(page);
    await page.getByTestId("story-link").click();
    await expect.poll(() => page.getByTestId("story-link").getAttribute("data-link")).toMatch(/\?story=/);
    link = (await page.getByTestId("story-link").getAttribute("data-link"))!;
    console.log(`[story] story link: ${link.length} characters for 3 scenes`);

    const other = await launchBrowser();
    try {
      const p2 = await other.context.newPage();
      await p2.goto(link);
      await expect.poll(() => count(p2), { timeout: 15_000 }).toBe(3);
      await canvasReady(p2);
      expect(await p2.getByTestId("graph-canvas").getAttribute("data-selected")).toBe(IC);
      expect(p2.url()).not.toContain("story=");
      expect(new URL(p2.url()).searchParams.get("node")).toBe(IC);
      await openPanel(p2);
      expect(await titles(p2)).toEqual(["概览 · 集成电路", "产业链 · 集成电路", "万州区：产业布局"]);
      expect(await p2.getByTestId("story-title").inputValue()).toBe("重庆集成电路汇报");
      // Shown from the panel: the second scene is the chain with its gap.
      await p2.getByTestId("scene-show").nth(1).click();
      await expect.poll(() => new URL(p2.url()).searchParams.get("view")).toBe("chain");
      expect(new URL(p2.url()).searchParams.get("gap")).toBeTruthy();
    } finally {
      await other.close();
    }

    // Here the story has scenes: a story link asks before it replaces them.
    const asked: string[] = [];
    page.once("dialog", (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page.goto(link);
    await expect.poll(() => message(page)).toContain("已保留当前故事");
    expect(asked[0]).toContain("替换当前故事（3 个场景）");
    expect(page.url()).not.toContain("story=");
    expect(await count(page)).toBe(3);
  });

  it("exports the story as a PPTX: a title slide, one per scene with its picture and its note", async () => {
    const { page } = j;
    await page.keyboard.press("Escape");
    const before = page.url();
    const bytes = await exportPptx(page);
    // Kept for a person to open (LibreOffice, PowerPoint, WPS).
    writeFileSync(path.join(shots, "story.pptx"), bytes);
    console.log(`[story] PPTX of 3 scenes: ${bytes.length} bytes`);
    const zip = await JSZip.loadAsync(bytes);
    const files = Object.keys(zip.files);
    const slides = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides.length).toBe(4);
    expect(files.filter((f) => f.startsWith("ppt/media/")).length).toBeGreaterThanOrEqual(3);
    // Slide 1 is the title; scene i is slide i + 2, its note in that slide's notes.
    const plain = (s: string) => s.replace(/\*\*/g, "");
    for (const [i, note] of NOTES.entries()) {
      const xml = await zip.file(`ppt/notesSlides/notesSlide${i + 2}.xml`)?.async("string");
      expect(xml, `notes of slide ${i + 2}`).toContain(plain(note));
    }
    expect(await zip.file("ppt/slides/slide4.xml")!.async("string")).toContain("万州区：产业布局");
    // The view on screen before the export comes back (its camera may now be written out: compare the rest).
    const essentials = (url: string) => {
      const q = new URL(url).searchParams;
      return ["view", "node", "industry", "gap", "district", "lang"].map((k) => q.get(k));
    };
    await expect.poll(() => essentials(page.url()), { timeout: 30_000 }).toEqual(essentials(before));

    // The size of a five-scene deck, for the record: two scenes duplicated, exported, then removed.
    await openPanel(page);
    await page.getByTestId("scene-duplicate").nth(1).click();
    await page.getByTestId("scene-duplicate").nth(3).click();
    await expect.poll(() => count(page)).toBe(5);
    await page.keyboard.press("Escape");
    const five = await exportPptx(page);
    const fiveSlides = Object.keys((await JSZip.loadAsync(five)).files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(fiveSlides.length).toBe(6);
    console.log(`[story] PPTX of 5 scenes: ${five.length} bytes`);
    await openPanel(page);
    await page.getByTestId("scene-delete").nth(4).click();
    await page.getByTestId("scene-delete").nth(2).click();
    await expect.poll(() => ids(page)).toEqual(savedIds);
    await page.keyboard.press("Escape");
  }, 180_000);

  it("shows the panel in both languages at 1440×900, 1280×720 and 390×844, axe clean", async () => {
    const { page } = j;
    for (const lang of ["zh", "en"] as const) {
      for (const [name, size] of [["desktop", VIEWPORTS.desktop], ["laptop", VIEWPORTS.laptop], ["phone", VIEWPORTS.phone]] as const) {
        await page.setViewportSize(size);
        await page.goto(`${j.app.url}/?view=chain&industry=${encodeURIComponent(IC)}&lang=${lang}`);
        await canvasReady(page);
        await openPanel(page);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const file = path.join(shots, `panel-${lang}-${name}.png`);
        await page.screenshot({ path: file });
        expect(await axeViolations(page)).toEqual([]);
        expect((await overflowing(page)).wide).toEqual([]);
        if (lang === "en") expect(await page.getByTestId("scene-list").textContent()).toContain("Story");
        await page.keyboard.press("Escape");
        await expect.poll(() => page.getByTestId("story-panel").count()).toBe(0);
        expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("scene-list");
      }
    }
  }, 120_000);
});
