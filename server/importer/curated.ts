/**
 * Curated inputs (seeds/curated/*.json): product vocabulary, chain links, geography. Zod schemas so
 * that a malformed file fails with a message naming the file and the entry.
 */
import { z } from "zod";
import { CuratedFileError } from "./errors.js";
import type { DirectionNames } from "./englishNames.js";
import type { GeographyData } from "./geography.js";
import type { PlaceEntry } from "./places.js";
import type { PlanMeta } from "./plan.js";

export const ProductCategory = z.enum(["device", "material", "component", "equipment", "technology", "product", "service"]);

export const ProductTerm = z.object({
  term: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  industry: z.string().min(1).optional(),
  nameEn: z.string().min(1).optional(),
  category: ProductCategory.optional(),
});
export type ProductTerm = z.infer<typeof ProductTerm>;

export const ChainEntry = z.object({
  type: z.enum(["FEEDS", "SUPPLIES"]),
  from: z.string().min(1),
  to: z.string().min(1),
  quote: z.string().min(1),
});
export type ChainEntry = z.infer<typeof ChainEntry>;

export const ProductsFile = z.array(ProductTerm);
export const ChainsFile = z.array(ChainEntry);

export interface CuratedInputs {
  products: ProductTerm[];
  chains: ChainEntry[];
  /** The plan's published title (for a text that lost its title line) and English name. */
  plan?: PlanMeta;
  /** Named places (industrial parks) and the districts they lie in. */
  places?: PlaceEntry[];
  /** English names of the development directions, with their source. */
  directions?: DirectionNames;
  /** seeds/curated/cq-sei-14fyp/districts.json, handed to buildGeography. */
  geography?: GeographyData;
  /** The curated layers this plan has no file for (its import carries the structure only). */
  lacks?: ("products" | "chains" | "geography")[];
  /** File names, for error messages. */
  files?: { products?: string; chains?: string; geography?: string; places?: string; plan?: string; directions?: string };
}

/** Validate parsed JSON against a schema; the error names the file, the entry and the field. */
export function parseCurated<T>(schema: z.ZodType<T>, data: unknown, file: string, describe?: (entry: unknown) => string): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const [index, ...field] = issue.path;
  let where = "";
  if (typeof index === "number") {
    const entry = Array.isArray(data) ? data[index] : undefined;
    where = ` entry ${index}${describe && entry ? ` (${describe(entry)})` : ""}${field.length ? ` field ${field.join(".")}` : ""}:`;
  } else if (issue.path.length) where = ` ${issue.path.join(".")}:`;
  throw new CuratedFileError(`${file}:${where} ${issue.message}`.replace(/\s+/g, " "));
}

export function describeChain(e: unknown): string {
  const o = e as { from?: unknown; to?: unknown };
  return `${String(o?.from ?? "?")}→${String(o?.to ?? "?")}`;
}

export function describeTerm(e: unknown): string {
  return String((e as { term?: unknown })?.term ?? "?");
}
