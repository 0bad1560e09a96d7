/**
 * LOCATED_IN: a platform or project whose item names a place (an industrial park, 依托西永微电园)
 * that a curated entry places in a district. The edge carries two pieces of evidence: the text
 * where the plan names the place, and the reference that puts the place in the district.
 */
import { z } from "zod";
import { edgeId } from "../../contract/graph.js";
import type { Ctx } from "./context.js";

export const PlaceEntry = z.object({
  place: z.string().min(1),
  districts: z.array(z.string().min(1)).min(1),
  source: z.string().min(1),
});
export type PlaceEntry = z.infer<typeof PlaceEntry>;
export const PlacesFile = z.array(PlaceEntry);

/** The line of the original text around an offset. */
function lineAround(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf("\n", at) + 1;
  const nl = text.indexOf("\n", at);
  return { start, end: nl < 0 ? text.length : nl };
}

export function addLocatedIn(ctx: Ctx, places: readonly PlaceEntry[]): void {
  const text = ctx.view.original;
  const items = ctx.acc
    .toGraph()
    .nodes.filter((n) => n.type === "Platform" || n.type === "Project");
  for (const item of items) {
    const own = item.evidence.find((e) => !("kind" in e));
    if (!own || "kind" in own) continue;
    const line = lineAround(text, own.start);
    const lineText = text.slice(line.start, line.end);
    for (const p of places) {
      const at = lineText.indexOf(p.place);
      if (at < 0) continue;
      const start = line.start + at;
      const quote = text.slice(start, start + p.place.length);
      for (const written of p.districts) {
        const district = ctx.districtName(written);
        const target = `district:${district}`;
        if (!ctx.acc.hasNode(target)) {
          ctx.curatedMiss(`places.json: place ${p.place}: district ${written} is not a District node; no LOCATED_IN for ${item.name}`);
          continue;
        }
        ctx.acc.addEdge({
          id: edgeId("LOCATED_IN", item.id, target),
          type: "LOCATED_IN",
          source: item.id,
          target,
          props: { via: p.place },
          evidence: [
            { planId: ctx.planId, start, end: start + p.place.length, quote, section: own.section },
            { kind: "reference", source: p.source },
          ],
        });
      }
      ctx.inferred.push(`${item.name} located in ${p.districts.join("、")} through ${p.place} (curated place)`);
    }
  }
}
