/** What every browser journey starts from: the app on a free port, Chromium, one page. */
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
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
