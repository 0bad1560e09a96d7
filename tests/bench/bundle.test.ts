import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { benchBundle, measureInitialLoad } from "./bundle.js";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A tiny built client: files relative to the folder, with their contents. */
function fakeDist(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), "bundle-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

describe("measureInitialLoad", () => {
  const entry = 'import{a}from"./shared-1.js";import"./side-2.js";const l=()=>import("./lazy-3.js");a(l);';
  const files = {
    "index.html": '<script type="module" crossorigin src="/assets/index-0.js"></script>\n<link rel="modulepreload" crossorigin href="/assets/runtime-4.js">\n<link rel="stylesheet" href="/assets/index-5.css">',
    "assets/index-0.js": entry,
    "assets/shared-1.js": 'export{b as a}from"./deep-6.js";',
    "assets/deep-6.js": "export const b=1;",
    "assets/side-2.js": "console.log(2);",
    "assets/lazy-3.js": "x".repeat(10_000),
    "assets/runtime-4.js": "export const r=0;",
    "assets/index-5.css": "body{}",
  };

  it("counts the entry, its preloads and static imports (transitively), not lazy chunks or CSS", () => {
    const load = measureInitialLoad(fakeDist(files));
    expect(load.chunks.map((c) => c.file).sort()).toEqual(["assets/deep-6.js", "assets/index-0.js", "assets/runtime-4.js", "assets/shared-1.js", "assets/side-2.js"]);
    const expected = ["assets/deep-6.js", "assets/index-0.js", "assets/runtime-4.js", "assets/shared-1.js", "assets/side-2.js"].reduce(
      (sum, f) => sum + gz(files[f as keyof typeof files]),
      0,
    );
    expect(load.gzipBytes).toBe(expected);
    expect(load.chunks.find((c) => c.file === "assets/index-0.js")?.bytes).toBe(entry.length);
  });

  it("says to build when there is no built client", () => {
    dir = mkdtempSync(path.join(tmpdir(), "bundle-"));
    expect(() => measureInitialLoad(dir)).toThrow(/npm run build/);
    const result = benchBundle(dir);
    expect(result.pass).toBe(false);
    expect(result.detail?.missing).toMatch(/npm run build/);
  });

  it("passes the target for a small client and misses it for a large one", () => {
    expect(benchBundle(fakeDist(files))).toMatchObject({ name: "initial JavaScript (gzip)", unit: "KB", target: "≤ 350", pass: true });
    rmSync(dir, { recursive: true, force: true });
    // 400 KB of incompressible-ish text in the entry chunk
    let big = "";
    for (let i = 0; big.length < 1_600_000; i++) big += `${(i * 2654435761) % 4294967296},`;
    const result = benchBundle(fakeDist({ ...files, "assets/index-0.js": big }));
    expect(result.value).toBeGreaterThan(350);
    expect(result.pass).toBe(false);
  });
});
