/**
 * How well the proposer finds what a person curated, measured with the curation hidden from it.
 * Products: a proposal matches a curated product when its term is the product's term or one of its
 * aliases. Links: a proposal matches a curated link of the same type whose endpoints it names, an
 * endpoint being named by the product's term or one of its aliases (FEEDS), or by the industry's
 * name (SUPPLIES). Recall: the share of curated entries some proposal matches; precision: the share
 * of distinct proposals (terms; type-from-to triples) that match a curated entry. Entries that a
 * review accepted from the proposer (they carry its proposal id) are not counted: the proposer is
 * measured against what people curated without it. Pure.
 */
import type { ChainEntry, ProductTerm } from "../importer/curated.js";
import { vocabulary } from "./names.js";
import { type LinkProposal, type ProductProposal, linkKey } from "./types.js";

export interface Score {
  curated: number;
  recalled: number;
  proposed: number;
  matched: number;
  recall: number;
  precision: number;
  /** Curated entries no proposal matches (terms, or TYPE:from->to). */
  missed: string[];
}

const ratio = (a: number, b: number) => (b ? a / b : 0);

function score(curated: string[], proposed: string[]): Score {
  const want = new Set(curated);
  const have = new Set(proposed);
  const recalled = [...want].filter((k) => have.has(k)).length;
  const matched = [...have].filter((k) => want.has(k)).length;
  return {
    curated: want.size,
    recalled,
    proposed: have.size,
    matched,
    recall: ratio(recalled, want.size),
    precision: ratio(matched, have.size),
    missed: [...want].filter((k) => !have.has(k)),
  };
}

type ByHand = { proposal?: string };
/** The entries people curated without the proposer. */
export const byHand = <T extends ByHand>(entries: readonly T[]): T[] => entries.filter((e) => !e.proposal);

export function measureProducts(proposals: readonly ProductProposal[], all: readonly (ProductTerm & ByHand)[]): Score {
  const curated = byHand(all);
  const vocab = vocabulary(curated);
  return score(
    curated.map((t) => t.term),
    proposals.map((p) => vocab.names.get(p.term) ?? `new:${p.term}`),
  );
}

export function measureLinks(proposals: readonly LinkProposal[], all: readonly (ChainEntry & ByHand)[], products: readonly (ProductTerm & ByHand)[]): Score {
  const curated = byHand(all);
  const vocab = vocabulary(byHand(products));
  const name = (type: string, n: string) => (type === "FEEDS" ? vocab.names.get(n) ?? `new:${n}` : n);
  return score(
    curated.map((c) => linkKey(c)),
    proposals.map((p) => linkKey({ kind: p.kind, from: name(p.kind, p.from), to: name(p.kind, p.to) })),
  );
}
