/**
 * Nodes and edges of the industry sections: Industry (PART_OF the plan), and from each 专栏 table
 * its projects (HAS_PROJECT), platforms (HAS_PLATFORM) and key districts (KEY_DISTRICT).
 */
import { nodeId } from "../../contract/graph.js";
import { isEmptyCell, itemsOf, rowOf } from "./boxes.js";
import { type Ctx, addEdge, addNode, ev } from "./context.js";
import { districtKind, districtsInRow } from "./districts.js";
import type { Industry } from "./industries.js";
import { platformOf } from "./platforms.js";
import { projectsInItem } from "./projects.js";
import type { Box, Row } from "./sections.js";
import type { Span } from "./text.js";

export function industryId(name: string): string {
  return nodeId("Industry", name);
}

export function addIndustry(ctx: Ctx, ind: Industry, planNodeId: string): void {
  const evidence = ind.nameSpans.map((s) => ev(ctx, s.span, s.section));
  const tierEvidence = ind.tier ? [ev(ctx, ind.tier.span, ind.tier.section)] : [];
  const id = addNode(
    ctx,
    "Industry",
    ind.name,
    ind.name,
    {
      kind: ind.kind,
      order: ind.order,
      box: ind.box ?? undefined,
      clusterTier: ind.tier?.tier,
      aliases: ind.aliases.length ? ind.aliases : undefined,
      lostHeading: ind.lostHeading || undefined,
      section: ind.path,
    },
    [...evidence, ...tierEvidence],
    ind.nameEn,
  );
  addEdge(ctx, "PART_OF", id, planNodeId, evidence.slice(0, 1));
}

function rowSection(ind: Industry, box: Box, row: Row): string {
  const label = row.label === "重点区县" ? row.labelLines.map((l) => l.text).join("") : row.label;
  return `${ind.path} / 专栏${box.no} ${label}`;
}

/** A project as placed in the text: its name span and the span of the item that names it. */
export interface PlacedProject {
  id: string;
  span: Span;
  item: Span;
  /** How many projects the item names. */
  siblings: number;
}

export function addBoxEntities(ctx: Ctx, ind: Industry, box: Box): PlacedProject[] {
  const placed: PlacedProject[] = [];
  const clean = ctx.view.clean;
  const industry = industryId(ind.name);
  const source = `专栏${box.no}`;

  const prod = rowOf(box.rows, "产业化");
  if (!prod) ctx.warnings.push(`专栏${box.no} (${ind.name}) has no 产业化 row`);
  else if (isEmptyCell(prod)) ctx.warnings.push(`专栏${box.no} (${ind.name}) 产业化 cell is "——": no projects`);
  else {
    const section = rowSection(ind, box, prod);
    for (const item of itemsOf(prod)) {
      const names = projectsInItem(clean, item);
      if (!names.length) ctx.warnings.push(`专栏${box.no} 产业化 item ${item.no} names no project`);
      for (const p of names) {
        const e = [ev(ctx, p, `${section} / ${item.no}`)];
        const id = addNode(ctx, "Project", p.name, p.name, { item: item.no, box: box.no, industry: ind.name }, e);
        addEdge(ctx, "HAS_PROJECT", industry, id, e);
        placed.push({ id, span: p, item, siblings: names.length });
      }
    }
  }

  const plat = rowOf(box.rows, "创新平台");
  if (!plat) ctx.warnings.push(`专栏${box.no} (${ind.name}) has no 创新平台 row`);
  else if (isEmptyCell(plat)) ctx.warnings.push(`专栏${box.no} (${ind.name}) 创新平台 cell is "——": no platforms`);
  else {
    const section = rowSection(ind, box, plat);
    for (const item of itemsOf(plat)) {
      const p = platformOf(clean, item);
      const e = [ev(ctx, p.nameSpan, `${section} / ${item.no}`)];
      const id = addNode(
        ctx,
        "Platform",
        p.name,
        p.name,
        { platformType: p.platformType, description: p.description || undefined, item: p.item, box: box.no, industry: ind.name },
        e,
      );
      addEdge(ctx, "HAS_PLATFORM", industry, id, e);
    }
  }

  const dist = rowOf(box.rows, "重点区县");
  if (!dist) ctx.warnings.push(`专栏${box.no} (${ind.name}) has no 重点区县 row`);
  else if (isEmptyCell(dist) || dist.lines.length === 0) ctx.warnings.push(`专栏${box.no} (${ind.name}) 重点区县 cell is empty`);
  else {
    const section = rowSection(ind, box, dist);
    for (const d of districtsInRow(clean, dist)) {
      const e = [ev(ctx, d, section)];
      const name = ctx.districtName(d.name);
      const id = addNode(ctx, "District", name, name, { kind: districtKind(name) }, e);
      addEdge(ctx, "KEY_DISTRICT", industry, id, e, { source, sources: [source] });
    }
  }
  return placed;
}
