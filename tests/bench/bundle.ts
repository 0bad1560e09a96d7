/**
 * The initial JavaScript a browser fetches on first load: the entry script and module preloads
 * named in dist/client/index.html, plus every chunk they import statically (followed through
 * the chunks' own `import … from "./x.js"`; dynamic `import()` chunks are lazy and not counted),
 * each gzipped at level 9 as a server would. Reads a built client; builds nothing.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { judged, type Result } from "./harness.js";

export const INITIAL_JS_TARGET_KB = 350;

export interface InitialLoad {
  /** Each chunk of the initial load, relative to the client folder, with its sizes in bytes. */
  chunks: { file: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
}

const HTML_JS = /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g;
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.\.?\/[^"']+\.js)["']/g;

/** The files of the initial load of the client built in `clientDir` (throws when it is not built). */
export function measureInitialLoad(clientDir: string): InitialLoad {
  const html = path.join(clientDir, "index.html");
  if (!existsSync(html)) throw new Error(`no built client in ${clientDir}: run \`npm run build\` first`);
  const queue = [...readFileSync(html, "utf8").matchAll(HTML_JS)].map((m) => path.join(clientDir, m[1].replace(/^\//, "")));
  const seen = new Set<string>();
  const chunks: InitialLoad["chunks"] = [];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!existsSync(file)) throw new Error(`${path.relative(clientDir, file)} is named by the build but missing: run \`npm run build\``);
    const code = readFileSync(file);
    chunks.push({ file: path.relative(clientDir, file), bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length });
    for (const m of code.toString("utf8").matchAll(STATIC_IMPORT)) queue.push(path.resolve(path.dirname(file), m[1]));
  }
  return { chunks, gzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0) };
}

/** Kilobytes of 1,000 bytes, as Vite reports them (the stricter reading of the target). */
const kb = (bytes: number) => Math.round(bytes / 100) / 10;

const DIST_CLIENT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../dist/client");

/**
 * The bench entry: initial JavaScript (gzip) of the built client (CLIENT_DIR, else dist/client)
 * against the target. Without a built client it says so and fails.
 */
export function benchBundle(clientDir = process.env.CLIENT_DIR ?? DIST_CLIENT): Result {
  const name = "initial JavaScript (gzip)";
  if (!existsSync(path.join(clientDir, "index.html"))) {
    console.error(`${name}: no built client in ${clientDir}: run \`npm run build\` first`);
    return { ...judged(name, Number.NaN, "KB", "≤", INITIAL_JS_TARGET_KB), detail: { missing: "run `npm run build`" } };
  }
  const load = measureInitialLoad(clientDir);
  return judged(name, kb(load.gzipBytes), "KB", "≤", INITIAL_JS_TARGET_KB, {
    rawKB: kb(load.chunks.reduce((s, c) => s + c.bytes, 0)),
    chunks: load.chunks.length,
  });
}
