/**
 * Chain links. Curated (seeds/curated/cq-sei-14fyp/chains.json): each entry's quote is found in the text and
 * becomes the evidence of a FEEDS (product→product) or SUPPLIES (industry→industry) edge.
 * Detected: in an industry section, "面向/围绕/瞄准 A、B等领域（应用）需求" naming other
 * industries gives SUPPLIES from the section's industry to each of them.
 */
import { type Ctx, addEdge, ev, noteAlias } from "./context.js";
import type { ChainEntry } from "./curated.js";
import { type Industry, findIndustryMentions } from "./industries.js";
import { industryId } from "./industryGraph.js";
import type { Locator } from "./locate.js";
import { type LinkedProducts, resolveIndustry } from "./products.js";
import type { Span } from "./text.js";

/** Find a quote in the clean text (bookmark tags, CRs and a BOM do not count); null when absent. */
export function findQuote(clean: string, quote: string): Span | null {
  const q = quote.replace(/\[bookmark:[^\]]*\]/g, "").replace(/\r/g, "");
  const at = clean.indexOf(q);
  return at < 0 || !q ? null : { start: at, end: at + q.length };
}

export function addChains(
  ctx: Ctx,
  entries: readonly ChainEntry[],
  industries: readonly Industry[],
  products: LinkedProducts,
  locate: Locator,
  file = "chains.json",
): void {
  entries.forEach((entry, i) => {
    const where = `${file}: entry ${i} (${entry.from}→${entry.to})`;
    const span = findQuote(ctx.view.clean, entry.quote);
    if (!span) {
      // the section the link belongs to: its source's industry (a product's, by products.json)
      const home = entry.type === "FEEDS" ? products.industryOf.get(entry.from) : resolveIndustry(industries, entry.from);
      const quote = `"${entry.quote.slice(0, 40)}${entry.quote.length > 40 ? "…" : ""}"`;
      const section = home ? `expected in ${home.path}` : `and the plan has no section for ${entry.from}`;
      return ctx.curatedMiss(`${where}: quote not found in the plan, ${section}: ${quote}; link skipped`);
    }
    const endpoint = (name: string): string | undefined => {
      if (entry.type === "FEEDS") {
        const id = products.ids.get(name);
        if (!id) ctx.curatedMiss(`${where}: FEEDS endpoint "${name}" is not a product of products.json found in the text (section ${locate(span.start).section}); link skipped`);
        return id;
      }
      const ind = resolveIndustry(industries, name);
      if (!ind) ctx.curatedMiss(`${where}: SUPPLIES endpoint "${name}" is not an industry of the plan (section ${locate(span.start).section}); link skipped`);
      return ind && industryId(ind.name);
    };
    const source = endpoint(entry.from);
    const target = source && endpoint(entry.to);
    if (!source || !target) return;
    const props: Record<string, string | string[] | undefined> = { origin: "curated", origins: ["curated"] };
    const note = (entry as { note?: unknown }).note;
    if (typeof note === "string") props.note = note;
    addEdge(ctx, entry.type, source, target, [ev(ctx, span, locate(span.start).section)], props);
  });
}

const DEMAND_RES = [
  /(?:面向|围绕|瞄准)([^。；，]{2,80}?)(?:等)?(?:领域|行业)?(?:的)?(?:应用)?(?:迫切)?需求/g,
  /(?:面向|围绕|瞄准)([^。；，]{2,80}?)等(?:重点)?(?:领域|行业)/g,
];

export interface DetectedSupply {
  from: Industry;
  to: Industry;
  /** The name as written. */
  as: string;
  span: Span;
}

export function detectSupplies(clean: string, industries: readonly Industry[]): DetectedSupply[] {
  const out: DetectedSupply[] = [];
  for (const from of industries) {
    for (const para of from.part.paras) {
      const seen = new Set<number>();
      for (const re of DEMAND_RES) {
        for (const m of para.text.matchAll(re)) {
          const start = para.start + m.index;
          if (seen.has(start)) continue;
          seen.add(start);
          const listStart = start + m[0].indexOf(m[1]);
          const list = { start: listStart, end: listStart + m[1].length };
          for (const hit of findIndustryMentions(clean, list, industries)) {
            if (hit.industry === from) continue;
            out.push({ from, to: hit.industry, as: hit.as, span: { start, end: start + m[0].length } });
          }
        }
      }
    }
  }
  return out;
}

export function addDetectedSupplies(ctx: Ctx, industries: readonly Industry[]): void {
  for (const d of detectSupplies(ctx.view.clean, industries)) {
    noteAlias(ctx, d.as, d.to.name, "detected SUPPLIES");
    addEdge(ctx, "SUPPLIES", industryId(d.from.name), industryId(d.to.name), [ev(ctx, d.span, d.from.path)], {
      origin: "detected",
      origins: ["detected"],
    });
  }
}
