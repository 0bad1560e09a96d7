/**
 * Where the plan places industries in districts outside the 重点区县 rows:
 * "两江新区围绕新型智能终端、先进材料…等" (专栏15) and "巴南区国家生物医药产业集群".
 * Only districts already known (from the 重点区县 rows) count, so no other word ending in 区 does.
 */
import { nodeId } from "../../contract/graph.js";
import { type Ctx, addEdge, ev, noteAlias } from "./context.js";
import { type Industry, findIndustryMentions } from "./industries.js";
import { industryId } from "./industryGraph.js";
import { type Outline, chapterLabel, partLabel } from "./sections.js";
import type { Line } from "./text.js";

const AROUND_RE = /([^\s，。、；：]{2,10}?(?:新区|高新区|经开区|区|县))围绕([^，。；]+)/g;
const CLUSTER_RE = /([^\s，。、；：]{2,10}?(?:新区|高新区|经开区|区|县))(国家)?([^，。；、]{2,16}?)产业集群/g;

function knownDistrict(ctx: Ctx, written: string): string | null {
  for (let i = 0; i < written.length - 1; i++) {
    const name = ctx.districtName(written.slice(i));
    const id = nodeId("District", name);
    if (ctx.acc.hasNode(id)) return id;
  }
  return null;
}

export function addPlacements(ctx: Ctx, lines: readonly Line[], industries: readonly Industry[], section: string, source: string): void {
  const clean = ctx.view.clean;
  for (const line of lines) {
    for (const re of [AROUND_RE, CLUSTER_RE]) {
      for (const m of line.text.matchAll(re)) {
        const district = knownDistrict(ctx, m[1]);
        if (!district) continue;
        const start = line.start + m.index + m[1].length - districtSuffixLen(ctx, m[1], district);
        let end = line.start + m.index + m[0].length;
        if (clean[end] === "等") end++;
        const list = { start: line.start + m.index + m[1].length, end };
        for (const hit of findIndustryMentions(clean, list, industries)) {
          noteAlias(ctx, hit.as, hit.industry.name, "KEY_DISTRICT outside the 重点区县 rows");
          addEdge(ctx, "KEY_DISTRICT", industryId(hit.industry.name), district, [ev(ctx, { start, end }, section)], {
            source,
            sources: [source],
          });
        }
      }
    }
  }
}

/** Length of the district name as written at the end of the match (the match may start earlier). */
function districtSuffixLen(ctx: Ctx, written: string, id: string): number {
  for (let i = 0; i < written.length - 1; i++) {
    if (nodeId("District", ctx.districtName(written.slice(i))) === id) return written.length - i;
  }
  return written.length;
}

/** Placements anywhere in the running text and in the program tables (专栏 rows of 重大工程). */
export function addAllPlacements(ctx: Ctx, outline: Outline, industries: readonly Industry[]): void {
  for (const ch of outline.chapters) {
    addPlacements(ctx, ch.intro, industries, chapterLabel(ch), chapterLabel(ch));
    for (const part of ch.parts) {
      const path = `${chapterLabel(ch)} / ${partLabel(part)}`;
      addPlacements(ctx, part.paras, industries, path, path);
      for (const box of part.boxes.filter((b) => b.kind === "program")) {
        for (const r of box.rows) addPlacements(ctx, r.lines, industries, `${path} / 专栏${box.no} ${box.title} / ${r.label}`, `专栏${box.no}`);
      }
    }
  }
}
