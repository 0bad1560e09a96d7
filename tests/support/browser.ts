/** Debian's Chromium driven by playwright-core, with the flags this closed network needs. */
import { mkdtempSync, rmSync } from "node:fs";
import { execSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync("command -v chromium", { encoding: "utf8", shell: "/bin/sh" }).trim();
  } catch {
    throw new Error("Debian's chromium is not installed: apt-get install -y chromium fonts-noto-cjk");
  }
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** `locale` sets navigator.languages (the app's default language follows it); zh-CN unless given. */
export async function launchBrowser(options: { locale?: string } = {}): Promise<Browser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "chain-atlas-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: FLAGS,
    viewport: { width: 1440, height: 900 },
    locale: options.locale ?? "zh-CN",
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Screenshots go to an ignored folder, to be looked at by people. */
export const artifactsDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "artifacts");
