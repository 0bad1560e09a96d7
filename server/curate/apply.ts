/**
 * Turn a reviewed file into curated entries: accepted products and links are appended to the
 * plan's products.json and chains.json (no duplicates, existing entries kept), rejections to
 * rejections.json with their reasons. Every decided line is checked first (its id against its
 * content, its quote against the plan, its endpoints against the vocabulary); a bad line fails the
 * whole apply, naming the line. Pure: the caller reads and writes the files.
 */
import type { z } from "zod";
import { findQuote } from "../importer/chains.js";
import { ProductCategory } from "../importer/curated.js";
import { vocabulary } from "./names.js";
import { type ReviewLine, ReviewFileError } from "./review.js";
import { type LinkType, linkKey, proposalId } from "./types.js";

export interface CuratedProduct {
  term: string;
  aliases: string[];
  industry?: string;
  nameEn?: string;
  category?: z.infer<typeof ProductCategory>;
  /** The id of the proposal a review accepted (absent on entries curated by hand). */
  proposal?: string;
}

export interface CuratedLink {
  type: LinkType;
  from: string;
  to: string;
  quote: string;
  note?: string;
  /** The id of the proposal a review accepted (absent on entries curated by hand). */
  proposal?: string;
}

export interface Rejection {
  type: "product" | LinkType;
  from: string;
  to: string;
  quote: string;
  reason: string;
}

export interface Curation {
  products: CuratedProduct[];
  chains: CuratedLink[];
  rejections: Rejection[];
}

export interface ApplySummary {
  products: number;
  links: number;
  rejections: number;
  /** Accepted entries that were there already. */
  already: number;
  undecided: number;
}

type Decision = { kind: "accept" } | { kind: "reject"; reason: string } | { kind: "instead"; from: string; to: string; reason: string };

function decisionOf(l: ReviewLine, where: string): Decision | null {
  const d = l.decision;
  if (!d) return null;
  if (/^accept$/i.test(d)) return { kind: "accept" };
  const r = /^reject:\s*(\S.*)$/i.exec(d);
  if (r) return { kind: "reject", reason: r[1].trim() };
  const i = /^instead:\s*(.+?)\s*->\s*(.+?)\s*;\s*(\S.*)$/i.exec(d);
  if (i) return { kind: "instead", from: i[1], to: i[2], reason: i[3].trim() };
  throw new ReviewFileError(`${where}: decision "${d}" is not accept, reject: <reason> or instead: FROM -> TO; <reason>`);
}

export function applyReview(current: Curation, lines: readonly ReviewLine[], clean: string, industries: readonly string[], file = "review file"): { next: Curation; summary: ApplySummary } {
  const next: Curation = { products: [...current.products], chains: [...current.chains], rejections: [...current.rejections] };
  const summary: ApplySummary = { products: 0, links: 0, rejections: 0, already: 0, undecided: 0 };
  const rejected = new Set(next.rejections.map((r) => [r.type, r.from, r.to, r.quote].join("\u0000")));
  const reject = (r: Rejection) => {
    const key = [r.type, r.from, r.to, r.quote].join("\u0000");
    if (rejected.has(key)) return;
    rejected.add(key);
    next.rejections.push(r);
    summary.rejections++;
  };
  const decided = lines.flatMap((l) => {
    const where = `${file} line ${l.line}`;
    const d = decisionOf(l, where);
    if (!d) {
      summary.undecided++;
      return [];
    }
    if (l.kind !== "product" && l.kind !== "FEEDS" && l.kind !== "SUPPLIES") throw new ReviewFileError(`${where}: kind "${l.kind}" is not product, FEEDS or SUPPLIES`);
    const id = l.kind === "product" ? proposalId("P", l.from, l.quote) : proposalId("L", l.kind, l.from, l.to, l.quote);
    if (id !== l.id) throw new ReviewFileError(`${where}: the id does not match kind, from, to and quote (were they edited?)`);
    if (!findQuote(clean, l.quote)) throw new ReviewFileError(`${where}: quote not found in the plan: "${l.quote.slice(0, 40)}"`);
    return [{ l, d, where }];
  });

  // products first: accepted links may need them
  for (const { l, d, where } of decided.filter((x) => x.l.kind === "product")) {
    if (d.kind === "instead") throw new ReviewFileError(`${where}: instead applies to links, not products`);
    if (d.kind === "reject") {
      reject({ type: "product", from: l.from, to: l.to, quote: l.quote, reason: d.reason });
      continue;
    }
    if (!industries.includes(l.to)) throw new ReviewFileError(`${where}: product ${l.from}: "${l.to}" is not an industry of the plan (fill the to column)`);
    if (!l.en) throw new ReviewFileError(`${where}: product ${l.from}: the en column (English name) is empty`);
    const category = ProductCategory.safeParse(l.category);
    if (!category.success) {
      throw new ReviewFileError(`${where}: product ${l.from}: category "${l.category}" is not one of ${ProductCategory.options.join(", ")}`);
    }
    if (vocabulary(next.products).names.has(l.from)) {
      summary.already++;
      continue;
    }
    next.products.push({ term: l.from, aliases: [], industry: l.to, nameEn: l.en, category: category.data, proposal: l.id });
    summary.products++;
  }

  const vocab = vocabulary(next.products);
  const endpoint = (type: string, name: string, where: string): string => {
    if (type === "SUPPLIES") {
      if (!industries.includes(name)) throw new ReviewFileError(`${where}: SUPPLIES endpoint "${name}" is not an industry of the plan`);
      return name;
    }
    const term = vocab.names.get(name);
    if (!term) throw new ReviewFileError(`${where}: FEEDS endpoint "${name}" is not a product: accept a product line for it, or add it to products.json`);
    return term;
  };
  const links = new Set(next.chains.map((c) => linkKey(c)));
  for (const { l, d, where } of decided.filter((x) => x.l.kind !== "product")) {
    const type = l.kind as LinkType;
    if (d.kind === "reject") {
      reject({ type, from: l.from, to: l.to, quote: l.quote, reason: d.reason });
      continue;
    }
    if (!l.en) throw new ReviewFileError(`${where}: the en column (an English note saying what the link is) is empty`);
    const [from, to] = d.kind === "instead" ? [d.from, d.to] : [l.from, l.to];
    const link: CuratedLink = { type, from: endpoint(type, from, where), to: endpoint(type, to, where), quote: l.quote, note: l.en, proposal: l.id };
    if (link.from === link.to) throw new ReviewFileError(`${where}: a link from ${link.from} to itself`);
    if (d.kind === "instead") reject({ type, from: l.from, to: l.to, quote: l.quote, reason: d.reason });
    if (links.has(linkKey(link))) {
      summary.already++;
      continue;
    }
    links.add(linkKey(link));
    next.chains.push(link);
    summary.links++;
  }
  return { next, summary };
}
