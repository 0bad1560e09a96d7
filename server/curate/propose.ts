/**
 * The chain proposer: a plan's text (and, unless hidden, its curated products) in, product and
 * link proposals out, each with its quote, offsets, section, pattern and a stable id. Pure.
 */
import type { ProductTerm } from "../importer/curated.js";
import { mentionsOf } from "./anchors.js";
import { readDoc } from "./document.js";
import { proposeLinks } from "./links.js";
import { resolveName, vocabulary } from "./names.js";
import { proposeProducts } from "./products.js";
import { type LinkProposal, type ProductProposal, proposalId } from "./types.js";

export interface Proposals {
  products: ProductProposal[];
  links: LinkProposal[];
}

/** `known`: the plan's curated products (none when measuring the proposer with its curation hidden). */
export function propose(text: string, known: readonly ProductTerm[] = []): Proposals {
  const doc = readDoc(text);
  const knownVocab = vocabulary(known);
  const industryNames = doc.industries.flatMap((i) => [i.name, ...i.aliases]);
  const keep = (name: string) => knownVocab.names.has(name) || industryNames.includes(name);
  const isKnown = (name: string) => knownVocab.names.has(resolveName(knownVocab, name));
  const products = proposeProducts(doc, isKnown, keep);
  const terms = [...known.map((t) => ({ term: t.term, aliases: t.aliases })), ...products.map((p) => ({ term: p.term, aliases: [] }))];
  const vocab = vocabulary(terms);
  const industryOf = new Map<string, string>();
  for (const p of products) if (p.industry) industryOf.set(p.term, p.industry);
  for (const t of known) if (t.industry) industryOf.set(t.term, t.industry);
  const links = proposeLinks({ doc, mentions: mentionsOf(doc, terms), keep, vocab, industryOf, hidden: known.length === 0 });
  // a FEEDS endpoint that is neither curated nor proposed yet: propose it, with the link's quote
  const named = new Set(products.map((p) => p.term));
  for (const l of links) {
    if (l.kind !== "FEEDS") continue;
    for (const term of [l.from, l.to]) {
      if (named.has(term) || knownVocab.names.has(term)) continue;
      named.add(term);
      const industry = doc.industries.find((i) => l.section.startsWith(i.path))?.name ?? "";
      products.push({ id: proposalId("P", term, l.quote), kind: "product", term, industry, pattern: "endpoint", quote: l.quote, start: l.start, end: l.end, section: l.section });
    }
  }
  return { products, links };
}
