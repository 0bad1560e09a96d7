// The built client (dist/client) is made when it is missing or older than its sources: by
// `npm start` (scripts/start.mjs) and by `npm run bench`, which measures it (tests/bench/run.ts).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const built = path.join(root, "dist", "client", "index.html");
const sources = [path.join(root, "client"), path.join(root, "contract")];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the client when needed; false when the build failed (Vite has said why on stderr). */
export function ensureClientBuilt({ say = (line) => console.log(line) } = {}) {
  const stale = !existsSync(built) || sources.some((d) => newestMtime(d) > statSync(built).mtimeMs);
  if (!stale) return true;
  say("Building the client…");
  const r = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  return r.status === 0;
}
