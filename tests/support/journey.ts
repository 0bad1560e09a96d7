/** What every browser journey starts from: the app on a free port, Chromium, one page. */
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
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
