/**
 * Product proposals: the items of the 、-lists of the industry sections' paragraphs and of the 专栏
 * cells, cut to a product's name (names.ts), one proposal per name with the clause that lists it.
 * Names the vocabulary already has (the curated products, when given) are not proposed again. Pure.
 */
import type { PlanDoc } from "./document.js";
import { locate } from "./evidence.js";
import { type Keep, clausesOf, headNoun, listsIn, sentencesOf } from "./lists.js";
import { isProductName, namesOfItem } from "./names.js";
import { type ProductProposal, proposalId } from "./types.js";
import { isUseAt } from "./words.js";

/** "轨道交通用大型铸锻件" names two things: 轨道交通, and 大型铸锻件 made for it. */
function splitUse(item: string): string[] {
  let at = -1;
  for (let p = 0; p < item.length && at < 0; p++) if (isUseAt(item, p)) at = p;
  return at < 0 ? [item] : [item.slice(0, at), ...splitUse(item.slice(at + 1))];
}

export function proposeProducts(doc: PlanDoc, isKnown: (name: string) => boolean, keep: Keep): ProductProposal[] {
  const clean = doc.view.clean;
  // an industry's name is not a product; its other names may be (新能源汽车, 智能网联汽车)
  const industryNames = new Set(doc.industries.map((i) => i.name));
  const out = new Map<string, ProductProposal>();
  for (const unit of doc.units) {
    if (!unit.listsProducts) continue;
    for (const sentence of sentencesOf(clean, unit.line)) {
      for (const clause of clausesOf(clean, sentence)) {
        for (const list of listsIn(clean, clause, keep)) {
          const head = headNoun(list.head);
          for (const item of [...list.items, ...(head ? [{ text: head }] : [])]) {
            for (const term of splitUse(item.text).flatMap(namesOfItem)) {
              if (out.has(term) || isKnown(term) || industryNames.has(term) || !isProductName(term)) continue;
              const at = locate(doc, clause, sentence);
              out.set(term, {
                id: proposalId("P", term, at.quote),
                kind: "product",
                term,
                industry: unit.industry?.name ?? "",
                pattern: "list",
                ...at,
              });
            }
          }
        }
      }
    }
  }
  return [...out.values()];
}
