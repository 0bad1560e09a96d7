/**
 * The plan a synthetic corpus is derived from (seeds/plans/cq-sei-14fyp.txt with its curation),
 * and what in it gets a synthetic name: industries, products (terms and aliases of products.json)
 * and innovation platforms, each as the importer itself reads them from the plan. Districts, zones
 * and places keep their real names (the districts view and the map work on any plan of Chongqing).
 */
import { importPlan } from "../importer/index.js";
import { ChainsFile, type ChainEntry, ProductsFile, type ProductTerm } from "../importer/curated.js";
import { DirectionNamesFile, type DirectionNames } from "../importer/englishNames.js";
import { GeographyData } from "../importer/geography.js";
import { PlacesFile } from "../importer/places.js";
import { PlanMeta } from "../importer/plan.js";
import { PLATFORM_TYPES } from "../importer/platforms.js";

/** A seeds folder's plan as files: the plan text, its curated JSON files by name, and geo/ files. */
export interface BaseSeeds {
  planId: string;
  text: string;
  /** curated/<planId>/<name>: products.json, chains.json, districts.json, places.json, plan.json, directions.json. */
  curated: Record<string, string>;
  /** geo/<name>, copied into every corpus (the map's boundaries). */
  geo: Record<string, string>;
}

/** A word that gets a synthetic name, with what it names (the generator picks a name that fits). */
export interface Renamable {
  word: string;
  kind: "industry" | "product" | "platform" | "project";
  /** products.json category, or the platform type or project tail (…生产线, …产业园) its new name keeps. */
  category?: string;
}

export interface BaseAnalysis {
  base: BaseSeeds;
  products: ProductTerm[];
  chains: ChainEntry[];
  directions?: DirectionNames;
  /** In a fixed order (the base's), so that the same seed draws the same names. */
  renamable: Renamable[];
  /** Words that keep their names and shield their parts: districts, zones, places, Latin terms, structure words. */
  kept: string[];
}

const CJK = /[\u3400-\u9fff]/;
/** Words the importer reads as structure: a product term that is one of these (or part of one) keeps its name. */
const STRUCTURE = ["产业化", "创新平台", "重点区县", "开发区", "专栏", "项目", "发展重点", ...PLATFORM_TYPES];

/** What a project's new name keeps of the old one, so that it still reads as a project (longest first). */
const PROJECT_TAILS = ["研发生产基地", "生产基地", "研发生产", "生产线", "产业园", "科技园", "产业化", "基地", "二期", "生产", "工厂"];

const json = (base: BaseSeeds, name: string): unknown => (base.curated[name] === undefined ? undefined : JSON.parse(base.curated[name]));

export function analyseBase(base: BaseSeeds): BaseAnalysis {
  const products = ProductsFile.parse(json(base, "products.json") ?? []);
  const chains = ChainsFile.parse(json(base, "chains.json") ?? []);
  const geography = base.curated["districts.json"] ? GeographyData.parse(json(base, "districts.json")) : undefined;
  const places = PlacesFile.parse(json(base, "places.json") ?? []);
  const plan = base.curated["plan.json"] ? PlanMeta.parse(json(base, "plan.json")) : undefined;
  const directions = base.curated["directions.json"] ? DirectionNamesFile.parse(json(base, "directions.json")) : undefined;
  const { graph } = importPlan({
    text: base.text,
    planId: base.planId,
    sourceFile: `plans/${base.planId}.txt`,
    curated: { products, chains, geography, places, plan, directions, lacks: [] },
  });

  const places_ = [
    ...(geography?.districts ?? []).flatMap((d) => [d.name, ...((d as { aliases?: string[] }).aliases ?? [])]),
    ...(geography?.zones ?? []).flatMap((z) => [z.name, ...(z.aliases ?? [])]),
    ...places.map((p) => p.place),
  ];
  const isStructure = (w: string) => STRUCTURE.some((s) => s.includes(w));
  const terms = products.flatMap((t) => [t.term, ...t.aliases].map((word) => ({ word, category: t.category })));
  const kept = [...places_, ...terms.map((t) => t.word).filter((w) => !CJK.test(w) || isStructure(w))];
  const keptSet = new Set(kept);

  const renamable: Renamable[] = [];
  const seen = new Set<string>(keptSet);
  const add = (r: Renamable) => {
    if (seen.has(r.word)) return;
    seen.add(r.word);
    renamable.push(r);
  };
  const productWords = terms.filter((t) => !keptSet.has(t.word));
  const holdsProduct = (name: string) => productWords.some((t) => t.word !== name && name.includes(t.word));
  const industries = graph.nodes.filter((n) => n.type === "Industry").map((n) => n.name);
  // an industry named after its products (新能源汽车和智能网联汽车) is renamed through them, keeping the mentions
  // 新兴服务业 is 新兴服务产业 in its 专栏 title: renaming the stem keeps the two matching
  for (const name of industries) if (!holdsProduct(name)) add({ word: name.replace(/(.{2,})业$/, "$1"), kind: "industry" });
  for (const t of productWords) add({ word: t.word, kind: "product", category: t.category });
  const named = [...industries, ...productWords.map((t) => t.word)];
  for (const n of graph.nodes.filter((x) => x.type === "Platform")) {
    const type = String(n.props.platformType ?? "");
    if (!PLATFORM_TYPES.includes(type) || !n.name.endsWith(type)) continue;
    if (named.some((w) => n.name.includes(w)) || places_.some((p) => n.name.includes(p))) continue;
    add({ word: n.name, kind: "platform", category: type });
  }
  // a project named by none of those words would be the same node in every plan: it gets a name too
  const words = [...renamable.map((r) => r.word), ...kept];
  for (const n of graph.nodes.filter((x) => x.type === "Project")) {
    if (!CJK.test(n.name) || /[A-Za-z0-9]/.test(n.name) || words.some((w) => n.name.includes(w))) continue;
    add({ word: n.name, kind: "project", category: PROJECT_TAILS.find((t) => n.name.endsWith(t) && t !== n.name) ?? n.name.slice(-1) });
  }
  return { base, products, chains, directions, renamable, kept };
}
