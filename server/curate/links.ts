/**
 * Link proposals: run the sentence patterns (demand.ts, supply.ts) over every paragraph and 专栏
 * cell, turn the names they read into products or industries, and give FEEDS (product → product)
 * or SUPPLIES (industry → industry) proposals, one per type, pair and quote. Pure.
 */
import type { Industry } from "../importer/industries.js";
import type { Mentions } from "./anchors.js";
import { applicationLinks, demandLinks } from "./demand.js";
import type { PlanDoc, Unit } from "./document.js";
import { locate } from "./evidence.js";
import { type Keep, sentencesOf } from "./lists.js";
import { type Vocabulary, isProductName, namesOfItem, resolveName } from "./names.js";
import { type RawLink, sentenceCtx } from "./sentence.js";
import { supportLinks, useLinks } from "./supply.js";
import { type LinkProposal, type LinkType, proposalId } from "./types.js";

export interface Endpoint {
  product?: string;
  industry?: string;
}

export interface LinkContext {
  doc: PlanDoc;
  mentions: Mentions;
  keep: Keep;
  /** The curated products and the proposed ones: names resolve to these terms. */
  vocab: Vocabulary;
  /** term → industry: the curated products', else the section that lists a proposed one. */
  industryOf: Map<string, string>;
  /** No curated products: an industry's other name (新能源汽车) may name a product too. */
  hidden: boolean;
}

export function industryNamed(industries: readonly Industry[], name: string): Industry | undefined {
  return industries.find((i) => i.name === name) ?? industries.find((i) => i.aliases.includes(name));
}

/** What a name as written stands for: a product of the vocabulary, an industry, or a new product name. */
export function endpointOf(lc: LinkContext, raw: string): Endpoint | null {
  // as written first ("高端合成材料" is a curated term), then cut to a product's name
  const names = [raw.replace(/（[^（）]*）/g, "").trim(), ...namesOfItem(raw)];
  for (const n of names) {
    const known = lc.vocab.names.get(n);
    const ind = industryNamed(lc.doc.industries, n);
    const alias = ind && ind.name !== n && lc.hidden ? n : undefined;
    if (known || ind) return { product: known ?? alias, industry: ind?.name };
  }
  for (const n of names) {
    const r = resolveName(lc.vocab, n);
    if (r !== n) return { product: r };
  }
  const n = names.find(isProductName);
  return n ? { product: n } : null;
}

function linksOf(lc: LinkContext, unit: Unit, raw: RawLink): { type: LinkType; from: string; to: string }[] {
  const f = endpointOf(lc, raw.from);
  const t = endpointOf(lc, raw.to);
  if (!f || !t) return [];
  const out: { type: LinkType; from: string; to: string }[] = [];
  if (f.product && t.product) out.push({ type: "FEEDS", from: f.product, to: t.product });
  const home = (e: Endpoint) => e.industry ?? (e.product ? lc.industryOf.get(e.product) : undefined);
  const fromInd = home(f) ?? unit.industry?.name;
  const toInd = home(t);
  if ((f.industry || t.industry) && fromInd && toInd) out.push({ type: "SUPPLIES", from: fromInd, to: toInd });
  return out.filter((l) => l.from !== l.to);
}

export function proposeLinks(lc: LinkContext): LinkProposal[] {
  const clean = lc.doc.view.clean;
  const byKey = new Map<string, LinkProposal>();
  for (const unit of lc.doc.units) {
    if (!unit.statesLinks) continue;
    for (const sentence of sentencesOf(clean, unit.line)) {
      const ctx = sentenceCtx(lc.doc, unit, sentence, lc.mentions, lc.keep);
      const raws = [...demandLinks(ctx), ...applicationLinks(ctx), ...useLinks(ctx), ...supportLinks(ctx)];
      for (const raw of raws) {
        for (const l of linksOf(lc, unit, raw)) {
          const at = locate(lc.doc, raw.span, sentence);
          const key = [l.type, l.from, l.to, at.quote].join("\u0000");
          const seen = byKey.get(key);
          if (seen) {
            if (!seen.pattern.split("+").includes(raw.pattern)) seen.pattern += `+${raw.pattern}`;
            continue;
          }
          byKey.set(key, { id: proposalId("L", l.type, l.from, l.to, at.quote), kind: l.type, from: l.from, to: l.to, pattern: raw.pattern, ...at });
        }
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.start - b.start || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}
