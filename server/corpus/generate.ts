/**
 * A synthetic corpus: `scale` plausible plans of Chongqing, deterministic by seed, as the files of a
 * seeds folder (path → text). Each plan is the base plan with its industries, products and
 * platforms renamed in one pass over the text and the curated quotes alike (so every quote is still
 * found, every fact still has its evidence); a share of the names is common to all plans of the
 * seed, so some entities are shared between plans, as when several regions' plans are benchmarked.
 * Pure: the base comes in as text (write.ts reads it).
 */
import { findMentions } from "../importer/products.js";
import { makeView } from "../importer/text.js";
import { type BaseAnalysis, type BaseSeeds, type Renamable, analyseBase } from "./base.js";
import { NamePool, type SyntheticName, industryName, platformName, productName, projectName } from "./names.js";
import { makeRenamer, mapOffset } from "./rename.js";
import { type Random, randomFor } from "./random.js";

export type { BaseSeeds } from "./base.js";

export interface CorpusOptions {
  /** How many plans (1× is one plan the size of the real one). */
  scale: number;
  seed: number;
  /**
   * How often a plan takes a word's common name (the seed's, the same in every plan) instead of its
   * own (default 0.2): a name is then shared by about a fifth of the plans, two plans share ~4%.
   */
  shared?: number;
}

export const corpusPlanId = (i: number) => `syn-${String(i).padStart(4, "0")}`;

function draw(rnd: Random, r: Renamable): SyntheticName {
  if (r.kind === "industry") return industryName(rnd);
  if (r.kind === "platform") return platformName(rnd, r.category ?? "中心");
  if (r.kind === "project") return projectName(rnd, r.category ?? "");
  return productName(rnd, r.category);
}

/** The names common to the plans of one seed: drawn once, each word its own. */
function sharedNames(a: BaseAnalysis, seed: number): Map<string, SyntheticName> {
  const pool = new NamePool(a.kept);
  const rnd = randomFor(seed, "shared");
  return new Map(a.renamable.map((r) => [r.word, pool.draw(() => draw(rnd, r))]));
}

function planNames(a: BaseAnalysis, seed: number, index: number, shared: Map<string, SyntheticName>, share: number): Map<string, SyntheticName> {
  const rnd = randomFor(seed, `plan ${index}`);
  const pool = new NamePool(a.kept);
  // every shared name is reserved, so a plan's own name never collides with one it does not share
  for (const n of shared.values()) pool.add(n.zh);
  const out = new Map<string, SyntheticName>();
  for (const r of a.renamable) {
    out.set(r.word, rnd() < share ? shared.get(r.word)! : pool.draw(() => draw(rnd, r)));
  }
  return out;
}

const toJson = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

/** One synthetic plan's files: plans/<id>.txt and curated/<id>/*.json. */
function planFiles(a: BaseAnalysis, index: number, names: Map<string, SyntheticName>): Record<string, string> {
  const id = corpusPlanId(index);
  const map = new Map<string, string>(a.kept.map((k) => [k, k]));
  for (const [word, n] of names) map.set(word, n.zh);
  const renamer = makeRenamer(map);
  const name = (w: string) => map.get(w) ?? renamer.rename(w);
  const { out: text, replaced } = renamer.apply(a.base.text);

  const products = a.products.map((t) => {
    const en = names.get(t.term)?.en;
    return {
      ...t,
      term: name(t.term),
      aliases: t.aliases.map(name),
      ...(t.industry ? { industry: name(t.industry) } : {}),
      ...(en ? { nameEn: en } : {}),
    };
  });
  // a chain link is kept where its quote and its ends are still in the renamed plan
  const clean = makeView(text).clean;
  const found = new Set(findMentions(clean, products).map((m) => m.term));
  const productOf = new Map(products.flatMap((p) => [p.term, ...p.aliases].map((w) => [w, p.term])));
  const chains = a.chains.flatMap((c) => {
    const at = a.base.text.indexOf(c.quote);
    const quote = at < 0 ? renamer.rename(c.quote) : text.slice(mapOffset(replaced, at, "start"), mapOffset(replaced, at + c.quote.length, "end"));
    const entry = { type: c.type, from: name(c.from), to: name(c.to), quote };
    const ends = c.type === "FEEDS" ? [entry.from, entry.to].every((w) => found.has(productOf.get(w) ?? "")) : true;
    return clean.includes(quote) && ends ? [entry] : [];
  });
  const directions = a.directions && {
    source: a.directions.source,
    // only directions whose words all stay: their English still says what they say
    directions: a.directions.directions
      .filter((d) => name(d.direction) === d.direction)
      .map((d) => ({ ...d, industry: name(d.industry) })),
  };
  const plan = {
    title: `重庆市战略性新兴产业发展“十四五”规划（合成样本 ${index}）`,
    nameEn: `Chongqing 14th Five-Year Plan for Strategic Emerging Industries (synthetic sample ${index})`,
    region: "重庆市",
    regionCode: "500000",
    source: `Synthetic plan ${index} of Chain Atlas's test corpus (server/corpus): the Chongqing plan with its industries, products and platforms renamed; not a published document`,
  };
  const dir = `curated/${id}`;
  const files: Record<string, string> = {
    [`plans/${id}.txt`]: text,
    [`${dir}/plan.json`]: toJson(plan),
    [`${dir}/products.json`]: toJson(products),
    [`${dir}/chains.json`]: toJson(chains),
  };
  if (directions) files[`${dir}/directions.json`] = toJson(directions);
  for (const keep of ["districts.json", "places.json"]) {
    if (a.base.curated[keep] !== undefined) files[`${dir}/${keep}`] = a.base.curated[keep];
  }
  return files;
}

/** The corpus's files by path relative to its seeds folder: plans/, curated/<id>/ and geo/. */
export function generateCorpus(base: BaseSeeds, options: CorpusOptions): Map<string, string> {
  const { scale, seed, shared: share = 0.2 } = options;
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`corpus scale must be a whole number ≥ 1, got ${scale}`);
  const a = analyseBase(base);
  const shared = sharedNames(a, seed);
  const files = new Map<string, string>();
  for (let i = 1; i <= scale; i++) {
    for (const [p, text] of Object.entries(planFiles(a, i, planNames(a, seed, i, shared, share)))) files.set(p, text);
  }
  for (const [name, text] of Object.entries(base.geo)) files.set(`geo/${name}`, text);
  return files;
}
