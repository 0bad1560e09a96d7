/** Test helpers: the real plan and the real curated files, read once. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SEEDS = path.join(REPO, "seeds");
export const PLAN_FILE = path.join(SEEDS, "plans", "cq-sei-14fyp.txt");

let cached: string | undefined;
export function planText(): string {
  cached ??= readFileSync(PLAN_FILE, "utf8");
  return cached;
}
