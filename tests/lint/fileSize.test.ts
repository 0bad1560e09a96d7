/**
 * Small files: no source or stylesheet under client/src or server grows past 400 lines, so a
 * newcomer can read any one of them at a sitting. Test fixtures and snapshots are data, not code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const MAX_LINES = 400;
const root = fileURLToPath(new URL("../..", import.meta.url));
const CHECKED = /\.(ts|tsx|js|mjs|css)$/;
const DATA_DIRS = new Set(["__fixtures__", "__snapshots__"]);

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!DATA_DIRS.has(entry.name)) yield* sources(path);
    } else if (CHECKED.test(entry.name)) {
      yield path;
    }
  }
}

function lineCount(text: string): number {
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

describe("file size", () => {
  it.each(["client/src", "server"])(`keeps every file under %s within ${MAX_LINES} lines`, (folder) => {
    const files = [...sources(join(root, folder))];
    expect(files.length).toBeGreaterThan(0);
    const over = files
      .map((path) => ({ file: relative(root, path), lines: lineCount(readFileSync(path, "utf8")) }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(over).toEqual([]);
  });
});
