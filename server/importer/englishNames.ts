/**
 * English names for what the interface shows: curated English for the development directions
 * (seeds/curated/cq-sei-14fyp/directions.json, with its source), and readable pinyin (`props.pinyin`) for any
 * other node the plan names only in Chinese, so an English page never shows a bare Chinese name.
 */
import { z } from "zod";
import type { GraphData, GraphNode } from "../../contract/graph.js";
import { readablePinyin } from "../domain/pinyin.js";

export const DirectionNamesFile = z.object({
  source: z.string().min(1),
  directions: z.array(z.object({ industry: z.string().min(1), direction: z.string().min(1), nameEn: z.string().min(1) })),
});
export type DirectionNames = z.infer<typeof DirectionNamesFile>;

/** `miss`: told of each curated direction the plan does not have (Ctx.curatedMiss). */
export function addEnglishNames(graph: GraphData, directions: DirectionNames | undefined, miss: (message: string) => void): GraphData {
  const curated = new Map((directions?.directions ?? []).map((d) => [`direction:${d.industry}/${d.direction}`, d.nameEn]));
  const seen = new Set<string>();
  const nodes = graph.nodes.map((n): GraphNode => {
    const nameEn = n.nameEn ?? curated.get(n.id);
    if (curated.has(n.id)) seen.add(n.id);
    if (nameEn && !n.nameEn && directions) {
      return { ...n, nameEn, props: { ...n.props, nameEnSource: directions.source } };
    }
    if (nameEn) return n;
    const pinyin = readablePinyin(n.name);
    return pinyin ? { ...n, props: { ...n.props, pinyin } } : n;
  });
  for (const id of curated.keys()) {
    if (!seen.has(id)) miss(`directions.json: ${id.slice("direction:".length)} is not a direction of the plan`);
  }
  return { ...graph, nodes };
}
