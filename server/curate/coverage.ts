/**
 * Which link proposals the curation has decided: a proposal is covered when its type and pair are a
 * curated link (whatever quote states it), or when rejections.json rejects that pair with that
 * quote. Products: when the term is a curated term or alias, or a rejected product. Pure.
 */
import type { Curation } from "./apply.js";
import { vocabulary } from "./names.js";
import { type LinkProposal, type ProductProposal, linkKey } from "./types.js";

const rejectionKey = (type: string, from: string, to: string, quote: string) => [type, from, to, quote].join("\u0000");

export function undecidedLinks(links: readonly LinkProposal[], c: Pick<Curation, "chains" | "rejections">): LinkProposal[] {
  const linked = new Set(c.chains.map((l) => linkKey(l)));
  const rejected = new Set(c.rejections.map((r) => rejectionKey(r.type, r.from, r.to, r.quote)));
  return links.filter((p) => !linked.has(linkKey(p)) && !rejected.has(rejectionKey(p.kind, p.from, p.to, p.quote)));
}

export function undecidedProducts(products: readonly ProductProposal[], c: Pick<Curation, "products" | "rejections">): ProductProposal[] {
  const vocab = vocabulary(c.products);
  const rejected = new Set(c.rejections.filter((r) => r.type === "product").map((r) => r.from));
  return products.filter((p) => !vocab.names.has(p.term) && !rejected.has(p.term));
}
