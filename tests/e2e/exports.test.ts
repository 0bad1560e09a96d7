/**
 * Presenter's journey, exports: the view on screen as a PNG at 1×, 2× and 4× (read back: the PNG
 * signature, IHDR's width = scale × the view's CSS width) and as an SVG whose words are <text>,
 * Chinese included; on the overview's canvas and on the district map. The menu by keyboard, its
 * message on a view with no picture, the PPTX item waiting for a scene, axe-core on the open menu;
 * and a deck built from five pictures the menu saved (five views, both languages).
 * Every picture and deck saved goes to tests/artifacts/exports/ to be looked at.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import path from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDeck, type DeckSlide } from "../../client/src/ui/present/deck.js";
import { artifactsDir } from "../support/browser.js";
import { canvasReady, useJourney } from "../support/journey.js";
import { axeViolations, openAt, VIEWPORTS } from "../support/measure.js";

const j = useJourney();
const out = path.join(artifactsDir, "exports");
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

beforeAll(() => mkdirSync(out, { recursive: true }));

/** Width and height from the PNG's IHDR, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface Saved {
  bytes: Buffer;
  name: string;
  ms: number;
}

/** Opens the menu, picks `testid` (after the size, when given), and reads the file downloaded. */
async function exportFile(page: Page, testid: "export-png" | "export-svg", scale?: 1 | 2 | 4): Promise<Saved> {
  await page.getByTestId("export-open").click();
  if (scale) {
    await page.getByTestId(`export-scale-${scale}`).click();
    await expect.poll(() => page.getByTestId(`export-scale-${scale}`).getAttribute("aria-checked")).toBe("true");
  }
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), page.getByTestId(testid).click()]);
  const status = page.getByTestId("export-status");
  await expect.poll(() => status.getAttribute("data-kind"), { timeout: 30_000 }).toBe("ok");
  const file = await download.path();
  return { bytes: readFileSync(file), name: download.suggestedFilename(), ms: Number(await status.getAttribute("data-ms")) };
}

/** The SVG parsed by the browser: whether it is well-formed, its texts, how many raster images it holds. */
async function readSvg(page: Page, text: string) {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "image/svg+xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      root: doc.documentElement.localName,
      width: Number(doc.documentElement.getAttribute("width")),
      texts: [...doc.querySelectorAll("text")].map((t) => t.textContent ?? ""),
      images: doc.querySelectorAll("image").length,
    };
  }, text);
}

/** The canvas drawn with the view's nodes (a hook's wait: expect.poll belongs to tests). */
async function drawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const c = document.querySelector('[data-testid="graph-canvas"]');
      return c?.getAttribute("data-ready") === "true" && Number(c.getAttribute("data-node-count")) > 0;
    },
    undefined,
    { timeout: 30_000 },
  );
}

const report: string[] = [];

describe("exports of the overview (canvas)", () => {
  let cssWidth = 0;

  beforeAll(async () => {
    await openAt(j.page, `${j.app.url}/?view=overview`, VIEWPORTS.desktop, "zh");
    await drawn(j.page);
    cssWidth = await j.page.evaluate(() => window.__cy!.width());
  });

  it("saves a PNG at 1×, 2× and 4×: scale × the canvas's CSS width, the same layout at every scale", async () => {
    const heights: number[] = [];
    for (const scale of [1, 2, 4] as const) {
      const saved = await exportFile(j.page, "export-png", scale);
      expect(saved.name).toMatch(/^chain-atlas-overview-\d{8}-\d{4}\.png$/);
      const { width, height } = pngSize(saved.bytes);
      expect(width).toBe(scale * cssWidth);
      heights.push(height / scale);
      writeFileSync(path.join(out, `overview-zh-${scale}x.png`), saved.bytes);
      report.push(`overview PNG ${scale}×: ${width}×${height} px, ${saved.bytes.length} bytes, ${saved.ms} ms`);
    }
    // title band + canvas + legend, the same at every scale
    const cssHeight = await j.page.evaluate(() => window.__cy!.height());
    for (const h of heights) {
      expect(Math.abs(h - heights[0])).toBeLessThanOrEqual(1);
      expect(h).toBeGreaterThan(cssHeight + 48);
    }
  });

  it("saves an SVG that parses, draws the canvas as vectors and keeps Chinese names as <text>", async () => {
    const saved = await exportFile(j.page, "export-svg");
    expect(saved.name).toMatch(/^chain-atlas-overview-\d{8}-\d{4}\.svg$/);
    const text = saved.bytes.toString("utf8");
    writeFileSync(path.join(out, "overview-zh.svg"), text);
    const svg = await readSvg(j.page, text);
    expect(svg.error).toBeNull();
    expect(svg.root).toBe("svg");
    expect(svg.width).toBe(cssWidth);
    expect(svg.images).toBe(0);
    expect(svg.texts).toContain("集成电路");
    // the legend's words are text too
    expect(svg.texts).toContain("产业");
    report.push(`overview SVG: ${saved.bytes.length} bytes, ${svg.texts.length} <text>, ${saved.ms} ms`);
  });

  it("opens the menu by keyboard on the chosen size, moves with the arrows, and Esc gives the focus back", async () => {
    const page = j.page;
    await page.getByTestId("export-open").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("export-scale-4");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("export-png");
    await page.keyboard.press("End");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("export-pptx");
    // no scene yet: the PPTX waits, and says why
    await expect.poll(() => page.getByTestId("export-pptx").getAttribute("aria-disabled")).toBe("true");
    expect(await page.getByTestId("export-pptx").textContent()).toContain("请先添加场景");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(out, "menu-open-zh.png") });
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByRole("menu").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("export-open");
    // the size chosen before is kept: back to 2× for the next tests
    await page.keyboard.press("Enter");
    await page.getByTestId("export-scale-2").click();
    await page.keyboard.press("Escape");
  });
});

describe("exports of the chain (canvas with lanes)", () => {
  it("keeps the lanes' bands and titles in the PNG and the SVG, as on screen", async () => {
    await openAt(j.page, `${j.app.url}/?view=chain&industry=${encodeURIComponent("industry:集成电路")}&gaps=1`, VIEWPORTS.desktop, "zh");
    await drawn(j.page);
    const lanes = await j.page.locator(".lane-title").allTextContents();
    expect(lanes.length).toBeGreaterThan(2);
    const png = await exportFile(j.page, "export-png", 2);
    expect(pngSize(png.bytes).width).toBe(2 * (await j.page.evaluate(() => window.__cy!.width())));
    writeFileSync(path.join(out, "chain-zh-2x.png"), png.bytes);
    const saved = await exportFile(j.page, "export-svg");
    writeFileSync(path.join(out, "chain-zh.svg"), saved.bytes);
    const svg = await readSvg(j.page, saved.bytes.toString("utf8"));
    expect(svg.error).toBeNull();
    for (const lane of lanes) expect(svg.texts).toContain(lane.trim());
    expect(svg.texts).toContain("集成电路");
    expect(svg.texts).toContain("缺口");
  });
});

describe("exports of the district map (SVG on screen)", () => {
  beforeAll(async () => {
    await openAt(j.page, `${j.app.url}/?view=districts`, VIEWPORTS.desktop, "zh");
    await j.page.waitForFunction(() => Number(document.querySelector('[data-testid="district-map"]')?.getAttribute("data-district-count")) >= 38, undefined, {
      timeout: 30_000,
    });
  });

  it("saves the map as a PNG at 2× the map's CSS width, and at 1× and 4×", async () => {
    const cssWidth = await j.page.evaluate(() => document.querySelector<SVGSVGElement>('[data-testid="district-map"]')!.clientWidth);
    for (const scale of [2, 1, 4] as const) {
      const saved = await exportFile(j.page, "export-png", scale);
      expect(saved.name).toMatch(/^chain-atlas-districts-\d{8}-\d{4}\.png$/);
      const { width, height } = pngSize(saved.bytes);
      expect(width).toBe(scale * cssWidth);
      writeFileSync(path.join(out, `districts-zh-${scale}x.png`), saved.bytes);
      report.push(`district map PNG ${scale}×: ${width}×${height} px, ${saved.bytes.length} bytes, ${saved.ms} ms`);
    }
  });

  it("saves the map as an SVG with the districts' names and the legend as Chinese text", async () => {
    const saved = await exportFile(j.page, "export-svg");
    const text = saved.bytes.toString("utf8");
    writeFileSync(path.join(out, "districts-zh.svg"), text);
    const svg = await readSvg(j.page, text);
    expect(svg.error).toBeNull();
    expect(svg.texts).toContain("万州区");
    expect(svg.texts.join(" ")).toContain("开发区");
    report.push(`district map SVG: ${saved.bytes.length} bytes, ${svg.texts.length} <text>, ${saved.ms} ms`);
  });

  it("exports in English when the interface is English: the legend and the title follow", async () => {
    await openAt(j.page, `${j.app.url}/?view=overview`, VIEWPORTS.laptop, "en");
    await canvasReady(j.page);
    const saved = await exportFile(j.page, "export-svg");
    const svg = await readSvg(j.page, saved.bytes.toString("utf8"));
    expect(svg.texts).toContain("Industry");
    expect(svg.texts).not.toContain("产业");
    const png = await exportFile(j.page, "export-png", 2);
    expect(pngSize(png.bytes).width).toBe(2 * (await j.page.evaluate(() => window.__cy!.width())));
    writeFileSync(path.join(out, "overview-en-2x.png"), png.bytes);
    await j.page.getByTestId("export-open").click();
    expect(await j.page.getByTestId("export-pptx").textContent()).toContain("Add a scene first");
    await j.page.screenshot({ path: path.join(out, "menu-open-laptop-en.png") });
    await j.page.keyboard.press("Escape");
  });
});

describe("a view with no picture, and the phone", () => {
  it("says why there is nothing to export on the district matrix (a table), and downloads nothing", async () => {
    await openAt(j.page, `${j.app.url}/?view=districts&mode=matrix`, VIEWPORTS.desktop, "zh");
    await j.page.getByTestId("district-matrix").waitFor();
    let downloads = 0;
    j.page.on("download", () => downloads++);
    await j.page.getByTestId("export-open").click();
    await j.page.getByTestId("export-png").click();
    const status = j.page.getByTestId("export-status");
    await expect.poll(() => status.getAttribute("data-kind")).toBe("error");
    expect(await status.textContent()).toContain("没有可导出的图");
    expect(downloads).toBe(0);
    await j.page.screenshot({ path: path.join(out, "matrix-no-picture-zh.png") });
  });

  it("keeps the open menu on a phone's screen", async () => {
    await openAt(j.page, `${j.app.url}/?view=overview`, VIEWPORTS.phone, "zh");
    await canvasReady(j.page);
    await j.page.getByTestId("export-open").click();
    const box = await j.page.getByRole("menu").boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await j.page.screenshot({ path: path.join(out, "menu-open-phone-zh.png") });
    await j.page.keyboard.press("Escape");
    const saved = await exportFile(j.page, "export-png", 2);
    expect(pngSize(saved.bytes).width).toBe(2 * (await j.page.evaluate(() => window.__cy!.width())));
    writeFileSync(path.join(out, "overview-phone-zh-2x.png"), saved.bytes);
  });
});

describe("a deck from the pictures the menu saves", () => {
  const IC = encodeURIComponent("industry:集成电路");
  const NEV = encodeURIComponent("industry:新能源汽车和智能网联汽车");
  const SCENES: { query: string; lang: "zh" | "en"; title: string; note: string }[] = [
    { query: "view=overview", lang: "zh", title: "十四个战略性新兴产业", note: "先看**全貌**：十四个产业与重点区县。" },
    { query: `view=chain&industry=${IC}&gaps=1`, lang: "zh", title: "集成电路产业链的缺口", note: "- 上游：材料与设备\n- 下游：终端应用\n\n虚线为缺口。" },
    { query: `view=path&from=${IC}&to=${NEV}`, lang: "zh", title: "集成电路如何连到新能源汽车", note: "三条最短路径。" },
    { query: "view=districts", lang: "zh", title: "重点区县分布", note: "颜色越深，把该区县列为重点区县的产业越多。" },
    { query: "view=overview", lang: "en", title: "The fourteen industries", note: "The same picture, in English." },
  ];

  it("builds 3- and 5-scene decks with one picture per slide and the notes", async () => {
    const slides: DeckSlide[] = [];
    for (const scene of SCENES) {
      await openAt(j.page, `${j.app.url}/?${scene.query}`, VIEWPORTS.desktop, scene.lang);
      if (scene.query === "view=districts") {
        await j.page.waitForFunction(() => Number(document.querySelector('[data-testid="district-map"]')?.getAttribute("data-district-count")) >= 38);
      } else await drawn(j.page);
      const saved = await exportFile(j.page, "export-png", 2);
      const { width, height } = pngSize(saved.bytes);
      slides.push({ title: scene.title, note: scene.note, lang: scene.lang, png: new Blob([new Uint8Array(saved.bytes)], { type: "image/png" }), width, height });
    }
    for (const n of [3, 5]) {
      const deck = await buildDeck({ title: "重庆集成电路产业汇报", subtitle: "重庆市战略性新兴产业发展“十四五”规划", lang: "zh", slides: slides.slice(0, n) });
      const bytes = Buffer.from(await deck.arrayBuffer());
      writeFileSync(path.join(out, `story-${n}.pptx`), bytes);
      const zip = await JSZip.loadAsync(bytes);
      expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(n + 1);
      expect(Object.keys(zip.files).filter((f) => f.startsWith("ppt/media/") && !f.endsWith("/"))).toHaveLength(n);
      expect(await zip.file("ppt/notesSlides/notesSlide3.xml")!.async("string")).toContain("• 上游：材料与设备");
      report.push(`deck of ${n} scenes (2× PNGs at 1440×900): ${bytes.length} bytes`);
    }
  });

  it("builds the deck in the browser once the story has a scene: the PPTX item downloads it", async () => {
    const page = j.page;
    await openAt(page, `${j.app.url}/?view=overview`, VIEWPORTS.desktop, "zh");
    await drawn(page);
    await page.getByTestId("scene-add").click();
    await expect.poll(() => page.getByTestId("scene-list").getAttribute("data-count")).toBe("1");
    await page.getByTestId("export-open").click();
    await expect.poll(() => page.getByTestId("export-pptx").getAttribute("aria-disabled")).toBe("false");
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByTestId("export-pptx").click()]);
    const bytes = readFileSync(await download.path());
    report.push(`deck of 1 scene built in the browser: ${bytes.length} bytes, ${Date.now() - started} ms`);
    expect(download.suggestedFilename()).toMatch(/\.pptx$/);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(2);
    expect(Object.keys(zip.files).filter((f) => f.startsWith("ppt/media/") && !f.endsWith("/"))).toHaveLength(1);
    writeFileSync(path.join(out, "story-browser.pptx"), bytes);
    console.log(`exports:\n  ${report.join("\n  ")}`);
  });
});
