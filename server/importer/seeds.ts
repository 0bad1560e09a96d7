/**
 * The I/O edge of the importer: read the plan (strict UTF-8), the curated files and the GB/T 2260
 * divisions reference (reference.ts) into an ImportInput. Missing curated files mean "none";
 * malformed ones fail with CuratedFileError.
 */
import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { decodeText } from "./decode.js";
import { CuratedFileError, NotAPlanError } from "./errors.js";
import { type CuratedInputs, ChainsFile, ProductsFile, describeChain, describeTerm, parseCurated } from "./curated.js";
import { DirectionNamesFile } from "./englishNames.js";
import { GeographyData } from "./geography.js";
import { PlacesFile } from "./places.js";
import { PlanMeta } from "./plan.js";
import { loadDivisions } from "./reference.js";
import type { ImportInput } from "./index.js";

export const DEFAULT_PLAN = "cq-sei-14fyp.txt";

/** A plan file's size at most: the largest plans are a few hundred kB (Chongqing's is 91 kB). */
export const MAX_PLAN_BYTES = 20_000_000;

/** The plan's text (./decode.ts: any of the encodings and line ends plans are saved with). */
export function decodePlan(bytes: Uint8Array, file: string): string {
  return decodeText(bytes, file).text;
}

export function planIdOf(file: string): string {
  return path.basename(file).replace(/\.txt$/i, "");
}

/** A curated JSON file's data; undefined when the file does not exist. */
export async function readOptionalJson(file: string): Promise<unknown | undefined> {
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new CuratedFileError(`${file}: cannot read (${(e as Error).message})`);
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new CuratedFileError(`${file}: invalid JSON (${(e as Error).message.split("\n")[0]})`);
  }
}

/** The curated layers a plan can have; the report names those a plan lacks. */
export const CURATED_LAYERS = ["products", "chains", "geography"] as const;

/** File names as messages show them: relative to the working folder when inside it (seeds/curated/…). */
function shownFiles<T extends Record<string, string>>(paths: T): T {
  const shown = (file: string) => {
    const rel = path.relative(process.cwd(), file);
    return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
  };
  return Object.fromEntries(Object.entries(paths).map(([k, v]) => [k, shown(v)])) as T;
}

export async function readCurated(curatedDir: string): Promise<CuratedInputs> {
  const paths = {
    products: path.join(curatedDir, "products.json"),
    chains: path.join(curatedDir, "chains.json"),
    geography: path.join(curatedDir, "districts.json"),
    places: path.join(curatedDir, "places.json"),
    plan: path.join(curatedDir, "plan.json"),
    directions: path.join(curatedDir, "directions.json"),
  };
  const [products, chains, geography, places, plan, directions] = await Promise.all([
    readOptionalJson(paths.products),
    readOptionalJson(paths.chains),
    readOptionalJson(paths.geography),
    readOptionalJson(paths.places),
    readOptionalJson(paths.plan),
    readOptionalJson(paths.directions),
  ]);
  const present = { products: products !== undefined, chains: chains !== undefined, geography: geography !== undefined };
  const files = shownFiles(paths);
  return {
    products: products === undefined ? [] : parseCurated(ProductsFile, products, files.products, describeTerm),
    chains: chains === undefined ? [] : parseCurated(ChainsFile, chains, files.chains, describeChain),
    geography: geography === undefined ? undefined : parseCurated(GeographyData, geography, files.geography),
    places: places === undefined ? [] : parseCurated(PlacesFile, places, files.places),
    plan: plan === undefined ? undefined : parseCurated(PlanMeta, plan, files.plan),
    directions: directions === undefined ? undefined : parseCurated(DirectionNamesFile, directions, files.directions),
    lacks: CURATED_LAYERS.filter((layer) => !present[layer]),
    files,
  };
}

/** A plan's curation lives in `<seedDir>/curated/<planId>/` and applies to that plan only. */
export function curatedDirOf(seedDir: string, planId: string): string {
  return path.join(seedDir, "curated", planId);
}

/**
 * One plan file with its own curation. `seedDir` holds plans/ and curated/<planId>/. `planFile` (a
 * path, absolute or relative to the working directory) defaults to plans/cq-sei-14fyp.txt, or the
 * first .txt in plans/.
 */
export async function readSeeds(seedDir: string, planFile?: string): Promise<ImportInput> {
  const file = planFile ?? (await defaultPlan(seedDir));
  let bytes: Uint8Array;
  try {
    // the size first: a file far larger than any plan is refused before it is read
    const { size } = await stat(file);
    if (size > MAX_PLAN_BYTES) {
      throw new NotAPlanError(`too large for a plan: ${file} is ${(size / 1e6).toFixed(1)} MB; plans are at most ${MAX_PLAN_BYTES / 1e6} MB`);
    }
    bytes = await readFile(file);
  } catch (e) {
    if (e instanceof NotAPlanError) throw e;
    throw new NotAPlanError(`cannot read plan ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const { text, notes } = decodeText(bytes, file);
  const planId = planIdOf(file);
  const [curated, divisions] = await Promise.all([readCurated(curatedDirOf(seedDir, planId)), loadDivisions()]);
  return { text, planId, sourceFile: path.relative(process.cwd(), file) || file, curated, divisions, notes };
}

/** Every plan in `<seedDir>/plans/`: this project's first plan first, then by file name. */
export async function readAllSeeds(seedDir: string): Promise<ImportInput[]> {
  const files = await planFiles(seedDir);
  if (!files.length) throw new NotAPlanError(`no plan: ${path.join(seedDir, "plans")} has no .txt file`);
  const out: ImportInput[] = [];
  for (const file of files) out.push(await readSeeds(seedDir, file));
  return out;
}

async function planFiles(seedDir: string): Promise<string[]> {
  const dir = path.join(seedDir, "plans");
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(".txt")).sort();
  const ordered = names.includes(DEFAULT_PLAN) ? [DEFAULT_PLAN, ...names.filter((n) => n !== DEFAULT_PLAN)] : names;
  return ordered.map((n) => path.join(dir, n));
}

async function defaultPlan(seedDir: string): Promise<string> {
  const [first] = await planFiles(seedDir);
  if (!first) throw new NotAPlanError(`no plan: ${path.join(seedDir, "plans")} has no .txt file`);
  return first;
}
