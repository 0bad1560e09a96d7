/**
 * Curated products (seeds/curated/cq-sei-14fyp/products.json) linked to the text: a Product node per term that
 * occurs, with every mention as evidence; COVERS from the direction whose paragraph holds the
 * mention, else from the industry whose section holds it; INVOLVES from projects naming it.
 */
import { type Ctx, addEdge, addNode, ev } from "./context.js";
import type { ProductTerm } from "./curated.js";
import type { Industry } from "./industries.js";
import { type PlacedProject, industryId } from "./industryGraph.js";
import type { Locator } from "./locate.js";
import { spanIndex } from "./spans.js";
import type { Span } from "./text.js";

export interface Mention extends Span {
  term: string;
  as: string;
}

export interface LinkedProducts {
  /** term or alias → product node id, for terms that occur in the text. */
  ids: Map<string, string>;
  /** term or alias → the plan's industry its curated entry names (whether or not the term occurs). */
  industryOf: ReadonlyMap<string, Industry>;
}

const ASCII_WORD = /[A-Za-z0-9]/;

/** All occurrences of terms and aliases, longest first, non-overlapping; Latin terms only as whole words. */
export function findMentions(clean: string, terms: readonly ProductTerm[]): Mention[] {
  const patterns = terms
    .flatMap((t) => [t.term, ...t.aliases].map((p) => ({ p, term: t.term })))
    .sort((a, b) => b.p.length - a.p.length);
  const byFirst = new Map<string, { p: string; term: string }[]>();
  for (const x of patterns) {
    const list = byFirst.get(x.p[0]) ?? [];
    list.push(x);
    byFirst.set(x.p[0], list);
  }
  const out: Mention[] = [];
  let i = 0;
  while (i < clean.length) {
    const hit = (byFirst.get(clean[i]) ?? []).find(
      ({ p }) =>
        clean.startsWith(p, i) &&
        !(ASCII_WORD.test(p[0]) && ASCII_WORD.test(clean[i - 1] ?? "")) &&
        !(ASCII_WORD.test(p[p.length - 1]) && ASCII_WORD.test(clean[i + p.length] ?? "")),
    );
    if (hit) {
      out.push({ start: i, end: i + hit.p.length, term: hit.term, as: hit.p });
      i += hit.p.length;
    } else i++;
  }
  return out;
}

export function resolveIndustry(industries: readonly Industry[], name: string): Industry | undefined {
  return industries.find((i) => i.name === name) ?? industries.find((i) => i.aliases.includes(name));
}

export function addProducts(
  ctx: Ctx,
  terms: readonly ProductTerm[],
  industries: readonly Industry[],
  locate: Locator,
  projects: readonly PlacedProject[],
  file = "products.json",
): LinkedProducts {
  const ids = new Map<string, string>();
  const industryOf = new Map<string, Industry>();
  terms.forEach((t, i) => {
    const ind = t.industry ? resolveIndustry(industries, t.industry) : undefined;
    if (ind) for (const a of [t.term, ...t.aliases]) industryOf.set(a, ind);
    else if (t.industry) {
      ctx.curatedMiss(`${file}: entry ${i} (${t.term}) field industry: "${t.industry}" is not an industry of the plan (no section of the plan is headed by it); the product is kept without its industry`);
    }
  });
  const mentions = findMentions(ctx.view.clean, terms);
  // the project whose name, else whose item (when it is the item's only project), holds a
  // mention: looked up by position, as both grow with the plan (a scan per mention was quadratic)
  const inName = spanIndex(projects.map((p) => ({ span: p.span, value: p })));
  const inItem = spanIndex(projects.filter((p) => p.siblings === 1).map((p) => ({ span: p.item, value: p })));
  const byTerm = new Map<string, Mention[]>();
  // Push in place: copying the list per mention made this quadratic in a term's mentions.
  for (const m of mentions) {
    const list = byTerm.get(m.term);
    if (list) list.push(m);
    else byTerm.set(m.term, [m]);
  }

  for (const t of terms) {
    const ms = byTerm.get(t.term) ?? [];
    if (!ms.length) {
      const where = industryOf.get(t.term);
      ctx.curatedMiss(`${file}: product "${t.term}" does not occur in the plan text${where ? `, nor in its industry's section ${where.path}` : ""}: no node`);
      continue;
    }
    const places = ms.map((m) => ({ m, place: locate(m.start) }));
    const id = addNode(
      ctx,
      "Product",
      t.term,
      t.term,
      {
        category: t.category,
        industry: industryOf.get(t.term)?.name,
        aliases: t.aliases.length ? t.aliases : undefined,
        mentions: ms.length,
      },
      places.map(({ m, place }) => ev(ctx, m, place.section)),
      t.nameEn,
    );
    for (const a of [t.term, ...t.aliases]) ids.set(a, id);
    for (const { m, place } of places) {
      const e = [ev(ctx, m, place.section)];
      if (place.direction) addEdge(ctx, "COVERS", place.direction.id, id, e);
      else if (place.industry) addEdge(ctx, "COVERS", industryId(place.industry.name), id, e);
      const project = inName(m) ?? inItem(m);
      if (project) addEdge(ctx, "INVOLVES", project.id, id, e);
    }
  }
  return { ids, industryOf };
}
