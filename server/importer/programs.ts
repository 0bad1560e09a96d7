/**
 * Major programs (重大工程): one per part whose 专栏 has no 产业化/创新平台 rows. Items are the
 * lead phrases of the box rows; TARGETS edges go to every industry the program's text names.
 */
import { type Ctx, addEdge, addNode, ev, noteAlias } from "./context.js";
import { type Industry, findIndustryMentions } from "./industries.js";
import { industryId } from "./industryGraph.js";
import { type Box, type Chapter, type Outline, type Part, chapterLabel, partLabel } from "./sections.js";
import type { Line } from "./text.js";

export const PROGRAM_EN: Record<string, string> = {
  集群梯次发展工程: "Tiered cluster development program",
  优质企业培育工程: "Quality enterprise cultivation program",
  科技创新引领工程: "Sci-tech innovation leadership program",
  应用示范推广工程: "Application demonstration and promotion program",
  成渝协同发展工程: "Chengdu–Chongqing coordinated development program",
  产业集群培育工程: "Industrial cluster cultivation program",
  创新平台建设工程: "Innovation platform construction program",
  应用场景示范工程: "Application scenario demonstration program",
};

export interface ProgramPart {
  name: string;
  chapter: Chapter;
  part: Part;
  box: Box;
  path: string;
}

export function findPrograms(outline: Outline): ProgramPart[] {
  const out: ProgramPart[] = [];
  for (const chapter of outline.chapters) {
    for (const part of chapter.parts) {
      const box = part.boxes.find((b) => b.kind === "program");
      if (!box) continue;
      const name = part.title ?? box.title;
      out.push({ name, chapter, part, box, path: `${chapterLabel(chapter)} / ${partLabel(part, name)}` });
    }
  }
  return out;
}

export function addPrograms(ctx: Ctx, outline: Outline, industries: readonly Industry[]): void {
  const clean = ctx.view.clean;
  for (const p of findPrograms(outline)) {
    const boxPath = `${p.path} / 专栏${p.box.no} ${p.box.title}`;
    const evidence = [
      ...(p.part.titleSpan ? [ev(ctx, p.part.titleSpan, p.path)] : []),
      ev(ctx, p.box.titleSpan, boxPath),
    ];
    if (p.part.title && p.box.title !== p.part.title) {
      ctx.warnings.push(`专栏${p.box.no} "${p.box.title}" differs from its heading ${partLabel(p.part)}`);
    }
    const id = addNode(
      ctx,
      "Program",
      p.name,
      p.name,
      { box: p.box.no, items: p.box.rows.map((r) => r.label), section: p.path },
      evidence,
      PROGRAM_EN[p.name],
    );
    const lines: { line: Line; section: string }[] = [
      ...p.part.paras.map((line) => ({ line, section: p.path })),
      ...p.box.rows.flatMap((r) => r.lines.map((line) => ({ line, section: `${boxPath} / ${r.label}` }))),
    ];
    for (const { line, section } of lines) {
      for (const m of findIndustryMentions(clean, line, industries)) {
        noteAlias(ctx, m.as, m.industry.name, "TARGETS of 重大工程");
        addEdge(ctx, "TARGETS", id, industryId(m.industry.name), [ev(ctx, m.span, section)], {
          mentions: [m.as],
        });
      }
    }
  }
}
