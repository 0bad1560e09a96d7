/**
 * `npm run curate -- [--plan FILE] [--seeds DIR] [--out review.tsv]`: propose products and chain
 * links for the plan (its curated products visible) and write the ones not yet decided into a
 * review file (server/curate/review.ts documents it; stdout without --out).
 * `--apply review.tsv`: append the accepted lines to seeds/curated/<planId>/products.json and
 * chains.json, the rejected ones to rejections.json, after checking every line and importing the
 * plan with the result; a bad line fails naming it and nothing is written.
 * `--measure [--json]`: recall and precision of the proposer with the plan's curation hidden.
 * Bad input → one line on stderr, exit 1.
 */
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { cliIo, parseCli, seedDirOf } from "./args.js";
import type { z } from "zod";
import { type Curation, applyReview } from "../curate/apply.js";
import { undecidedLinks, undecidedProducts } from "../curate/coverage.js";
import { measureLinks, measureProducts } from "../curate/measure.js";
import { propose } from "../curate/propose.js";
import { ReviewFileError, formatReview, parseReview } from "../curate/review.js";
import { LinksFile, ProductsFile, RejectionsFile } from "../curate/schema.js";
import { parseCurated } from "../importer/curated.js";
import { CuratedFileError, NotAPlanError } from "../importer/errors.js";
import { importPlan } from "../importer/index.js";
import { findIndustries } from "../importer/industries.js";
import { parseOutline } from "../importer/sections.js";
import { curatedDirOf, readOptionalJson, readSeeds } from "../importer/seeds.js";
import { makeView } from "../importer/text.js";

export interface CurateCliDeps {
  out?: (line: string) => void;
  err?: (line: string) => void;
  seedDir?: string;
}

const USAGE = "usage: npm run curate -- [--plan FILE] [--seeds DIR] [--out review.tsv] | --apply review.tsv | --measure [--json]";

class UsageError extends Error {}

async function readJson<T>(file: string, schema: z.ZodType<T>, empty: T): Promise<T> {
  const data = await readOptionalJson(file);
  return data === undefined ? empty : parseCurated(schema, data, file);
}

/** Write every file aside, then rename each into place: no file is ever half-written. */
async function writeAll(files: [string, string][]): Promise<void> {
  const tmp = files.map(([file]) => `${file}.${process.pid}.tmp`);
  try {
    for (const [i, [, text]] of files.entries()) await writeFile(tmp[i], text);
    for (const [i, [file]] of files.entries()) await rename(tmp[i], file);
  } finally {
    await Promise.all(tmp.map((t) => rm(t, { force: true })));
  }
}

const json = (data: unknown) => JSON.stringify(data, null, 2) + "\n";
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export async function runCurate(argv: string[], deps: CurateCliDeps = {}): Promise<number> {
  const io = cliIo(deps);
  const { out, err } = io;
  const values = parseCli(() => {
    const { values: v } = parseArgs({
      args: argv,
      options: {
        plan: { type: "string" },
        seeds: { type: "string" },
        out: { type: "string" },
        apply: { type: "string" },
        measure: { type: "boolean" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    });
    if ([v.out !== undefined, v.apply !== undefined, v.measure].filter(Boolean).length > 1) {
      throw new UsageError("--out, --apply and --measure do not go together");
    }
    return v as { plan?: string; seeds?: string; out?: string; apply?: string; measure?: boolean; json?: boolean; help?: boolean };
  }, USAGE, io);
  if (!values) return 1;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const seedDir = seedDirOf(values.seeds, deps.seedDir);
  try {
    const input = await readSeeds(seedDir, values.plan ? path.resolve(values.plan) : undefined);
    const dir = curatedDirOf(seedDir, input.planId);
    const files = { products: path.join(dir, "products.json"), chains: path.join(dir, "chains.json"), rejections: path.join(dir, "rejections.json") };
    const curation: Curation = {
      products: await readJson(files.products, ProductsFile, []),
      chains: await readJson(files.chains, LinksFile, []),
      rejections: await readJson(files.rejections, RejectionsFile, []),
    };

    if (values.measure) {
      const hidden = propose(input.text, []);
      const products = measureProducts(hidden.products, curation.products);
      const links = measureLinks(hidden.links, curation.chains, curation.products);
      if (values.json) {
        const brief = (s: typeof products) => ({ curated: s.curated, recalled: s.recalled, proposed: s.proposed, matched: s.matched, recall: s.recall, precision: s.precision });
        out(JSON.stringify({ plan: input.planId, products: brief(products), links: brief(links) }));
      } else {
        out(`plan ${input.planId}: the proposer with the curation hidden, against the entries curated by hand`);
        out(`products: recall ${pct(products.recall)} (${products.recalled} of ${products.curated}), precision ${pct(products.precision)} (${products.matched} of ${products.proposed} proposed)`);
        out(`links:    recall ${pct(links.recall)} (${links.recalled} of ${links.curated}), precision ${pct(links.precision)} (${links.matched} of ${links.proposed} proposed)`);
      }
      return 0;
    }

    if (values.apply !== undefined) {
      const reviewFile = path.resolve(values.apply);
      let text: string;
      try {
        text = await readFile(reviewFile, "utf8");
      } catch (e) {
        throw new ReviewFileError(`cannot read ${values.apply}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      const lines = parseReview(text, values.apply);
      const view = makeView(input.text);
      const industries = findIndustries(view, parseOutline(view.clean)).industries.map((i) => i.name);
      const { next, summary } = applyReview(curation, lines, view.clean, industries, values.apply);
      // the importer must take the result: every quote found, every endpoint known
      try {
        importPlan({ ...input, curated: { ...input.curated!, products: next.products, chains: next.chains, lacks: [] } });
      } catch (e) {
        if (!(e instanceof CuratedFileError)) throw e;
        // name the review line the failing entry came from
        const m = /(products|chains)\.json: entry (\d+)/.exec(e.message);
        const entry = m ? (m[1] === "products" ? next.products : next.chains)[Number(m[2])] : undefined;
        const line = entry?.proposal ? lines.find((l) => l.id === entry.proposal)?.line : undefined;
        throw line ? new ReviewFileError(`${values.apply} line ${line}: the import fails: ${e.message}`) : e;
      }
      // only the files that gain entries are written: a plan keeps lacking a layer nobody curated
      const changed = (["products", "chains", "rejections"] as const).filter((k) => next[k].length !== curation[k].length);
      await mkdir(dir, { recursive: true });
      await writeAll(changed.map((k) => [files[k], json(next[k])]));
      out(
        `applied ${values.apply} to ${path.relative(process.cwd(), dir) || dir}: ${summary.products} products, ${summary.links} links, ` +
          `${summary.rejections} rejections added; ${summary.already} already there, ${summary.undecided} lines undecided`,
      );
      out(`now ${next.products.length} products, ${next.chains.length} links (${next.chains.filter((c) => c.type === "FEEDS").length} FEEDS, ${next.chains.filter((c) => c.type === "SUPPLIES").length} SUPPLIES), ${next.rejections.length} rejections`);
      return 0;
    }

    const proposals = propose(input.text, curation.products);
    const products = undecidedProducts(proposals.products, curation);
    const links = undecidedLinks(proposals.links, curation);
    const review = formatReview([...links, ...products], input.planId);
    if (values.out === undefined) out(review.trimEnd());
    else await writeAll([[path.resolve(values.out), review]]);
    err(
      `${input.planId}: ${links.length} of ${proposals.links.length} link proposals and ${products.length} of ${proposals.products.length} product proposals undecided` +
        (values.out === undefined ? "" : `, written to ${values.out}`),
    );
    return 0;
  } catch (e) {
    if (e instanceof NotAPlanError || e instanceof CuratedFileError || e instanceof ReviewFileError || e instanceof UsageError) {
      err(`error: ${e.message}`);
      return 1;
    }
    err(`error: curate failed: ${(e as Error).message?.split("\n")[0] ?? String(e)}`);
    return 1;
  }
}

const invoked = process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (invoked) runCurate(process.argv.slice(2)).then((code) => process.exit(code));
