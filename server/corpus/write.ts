/**
 * The I/O edge of the corpus: read the base plan from a seeds folder, write a generated corpus into
 * a folder, and keep one complete folder per (scale, seed) under .cache/corpus/ so that a second
 * start reuses it. A folder counts as complete only once its marker file is written, last.
 */
import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { DEFAULT_PLAN, planIdOf } from "../importer/seeds.js";
import type { BaseSeeds } from "./base.js";
import { generateCorpus } from "./generate.js";

export const CORPUS_MARKER = ".corpus.json";
/** Bump when the generator changes what it writes: older cached folders are then made again. */
export const GENERATOR_VERSION = 1;

/** What the marker of a corpus folder says it holds. */
export function corpusMarker(scale: number, seed: number): Record<string, unknown> {
  return { scale, seed, version: GENERATOR_VERSION };
}

async function readFolder(dir: string, keep: (name: string) => boolean): Promise<Record<string, string>> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter(keep).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n), "utf8")] as const)));
}

/** The base plan (seeds/plans/cq-sei-14fyp.txt), its curated JSON files and the boundaries of geo/. */
export async function readBase(seedDir: string, planFile = DEFAULT_PLAN): Promise<BaseSeeds> {
  const planId = planIdOf(planFile);
  const text = await readFile(path.join(seedDir, "plans", planFile), "utf8");
  return {
    planId,
    text,
    curated: await readFolder(path.join(seedDir, "curated", planId), (n) => n.endsWith(".json")),
    geo: await readFolder(path.join(seedDir, "geo"), (n) => !n.startsWith(".")),
  };
}

/** Write the files (paths relative to `dir`), then the marker saying what the folder holds. */
export async function writeCorpus(dir: string, files: ReadonlyMap<string, string>, marker: Record<string, unknown>): Promise<void> {
  const dirs = new Set([...files.keys()].map((p) => path.dirname(path.join(dir, p))));
  for (const d of dirs) await mkdir(d, { recursive: true });
  for (const [p, text] of files) await writeFile(path.join(dir, p), text);
  await writeFile(path.join(dir, CORPUS_MARKER), `${JSON.stringify(marker)}\n`);
}

export interface CorpusFolder {
  dir: string;
  plans: number;
  /** False when an existing complete folder was reused. */
  generated: boolean;
}

export function corpusDirName(scale: number, seed: number): string {
  return `${scale}x-seed${seed}`;
}

async function markerOf(dir: string): Promise<Record<string, unknown> | undefined> {
  try {
    return JSON.parse(await readFile(path.join(dir, CORPUS_MARKER), "utf8")) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/**
 * The corpus folder for (scale, seed) under `cacheDir` (e.g. .cache/corpus/100x-seed1), generated
 * from `seedDir`'s plan unless a complete one of this generator version is there. Written into a
 * temporary sibling first and renamed, so a start killed half-way leaves no half folder to reuse.
 */
export async function ensureCorpus(opts: { seedDir: string; cacheDir: string; scale: number; seed: number }): Promise<CorpusFolder> {
  const { seedDir, cacheDir, scale, seed } = opts;
  const dir = path.join(cacheDir, corpusDirName(scale, seed));
  const want = corpusMarker(scale, seed);
  const have = await markerOf(dir);
  if (have && have.scale === scale && have.seed === seed && have.version === GENERATOR_VERSION) {
    return { dir, plans: scale, generated: false };
  }
  try {
    await replaceFolder(dir, generateCorpus(await readBase(seedDir), { scale, seed }), want);
  } catch (e) {
    // another process (a parallel test file) put the same corpus in place first: use theirs
    const now = await markerOf(dir);
    if (!now || now.scale !== scale || now.seed !== seed || now.version !== GENERATOR_VERSION) throw e;
  }
  return { dir, plans: scale, generated: true };
}

/** Write the corpus into a temporary sibling, then put it in `dir`'s place (a previous corpus there goes). */
export async function replaceFolder(dir: string, files: ReadonlyMap<string, string>, marker: Record<string, unknown>): Promise<void> {
  const tmp = `${dir}.tmp-${process.pid}-${threadId}-${Math.random().toString(36).slice(2, 8)}`;
  await rm(tmp, { recursive: true, force: true });
  try {
    await writeCorpus(tmp, files, marker);
    await rm(dir, { recursive: true, force: true });
    await rename(tmp, dir);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Whether `dir` can take a corpus: absent, empty, or a corpus written before (it has the marker). */
export async function isCorpusOrEmpty(dir: string): Promise<boolean> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.length === 0 || (await markerOf(dir)) !== undefined;
}
