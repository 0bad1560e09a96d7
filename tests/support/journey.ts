/** What every browser journey starts from: the app on a free port, Chromium, one page. */
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { artifactsDir, launchBrowser, type Browser } from "./browser.js";
import { startApp, type RunningApp } from "./server.js";

export interface Journey {
  app: RunningApp;
  browser: Browser;
  page: Page;
}

export async function openJourney(): Promise<Journey> {
  mkdirSync(artifactsDir, { recursive: true });
  const app = await startApp();
  const browser = await launchBrowser();
  return { app, browser, page: await browser.context.newPage() };
}

export async function closeJourney(j: Partial<Journey>): Promise<void> {
  await j.browser?.close();
  await j.app?.close();
}

/** One journey per test file: opened before its tests, closed after; read `j.page`, `j.app.url`. */
export function useJourney(): Journey {
  const j = {} as Journey;
  beforeAll(async () => Object.assign(j, await openJourney()));
  afterAll(() => closeJourney(j));
  return j;
}

/** Where a node of the current canvas (`window.__cy`) is drawn on the page, in page pixels. */
export async function nodeOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  const pos = await page.evaluate((nodeId) => {
    const cy = (window as unknown as { __cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } }).__cy;
    return cy.getElementById(nodeId).renderedPosition();
  }, id);
  const box = await page.getByTestId("graph-canvas").boundingBox();
  if (!box) throw new Error("graph canvas has no box");
  return { x: box.x + pos.x, y: box.y + pos.y };
}

/** The overview canvas's node (or edge) count, as it says on `graph-canvas`. */
export async function drawnCount(page: Page, attr = "data-node-count"): Promise<number> {
  return Number(await page.getByTestId("graph-canvas").getAttribute(attr));
}

/** Laid out and drawn: ready, with the nodes of the view's data (not the empty canvas before it arrives). */
export async function canvasReady(page: Page): Promise<void> {
  const canvas = page.getByTestId("graph-canvas");
  await expect
    .poll(async () => (await canvas.getAttribute("data-ready")) === "true" && (await drawnCount(page)) > 0, { timeout: 30_000 })
    .toBe(true);
}
