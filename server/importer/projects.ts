/**
 * Projects named by the 产业化 items of a 专栏: "推进A、B等X项目投达产" → A, B. A clause names
 * projects when it says 项目 or starts with 建设; verbs in front and 等…项目… behind are cut off,
 * the list is split at 、 (outside brackets) and, where one side clearly ends a project, at 及.
 */
import type { Item } from "./boxes.js";
import { type Span, splitTop, trimSpan } from "./text.js";

export interface ProjectName extends Span {
  name: string;
}

const LEAD_VERBS = [
  "加快推动", "加快推进", "加快建设", "积极建设", "大力推进", "大力推动", "积极推进", "积极推动",
  "推进", "推动", "加快", "争取", "依托", "建设", "支持",
].sort((a, b) => b.length - a.length);

const PROJECT_TAIL_RE = /项目(?:启动建设|落地建设|投达产|达产|投产|的建设|建设)?$/;
/** A left side of 及 that is a complete project by itself (…基地及新能源汽车驱动系统). */
const PROJECT_END_RE = /(?:基地|产业园|园区|生产线|工厂|中心)$/;

function isProjectClause(text: string): boolean {
  return text.includes("项目") || /^(?:积极|加快)?建设/.test(text);
}

export function projectsInItem(clean: string, item: Item): ProjectName[] {
  const out: ProjectName[] = [];
  for (const clause of splitTop(clean, item, "，。；")) {
    const text = clean.slice(clause.start, clause.end);
    if (!isProjectClause(text)) continue;
    const verb = LEAD_VERBS.find((v) => text.startsWith(v));
    const start = clause.start + (verb?.length ?? 0);
    const parts = splitTop(clean, { start, end: clause.end }, "、");
    parts.forEach((p, i) => {
      const t = clean.slice(p.start, p.end);
      let end = p.end;
      if (i === parts.length - 1 && t.includes("项目")) {
        const proj = t.lastIndexOf("项目");
        const etc = t.lastIndexOf("等", proj);
        const cut = etc > 0 ? etc : proj;
        end = p.start + cut;
      } else {
        const m = PROJECT_TAIL_RE.exec(t);
        if (m) end = p.start + m.index;
      }
      for (const s of splitAtJi(clean, { start: p.start, end })) {
        const span = trimSpan(clean, s, "，、。");
        if (span.end > span.start) out.push({ ...span, name: clean.slice(span.start, span.end) });
      }
    });
  }
  return out;
}

function splitAtJi(clean: string, span: Span): Span[] {
  const t = clean.slice(span.start, span.end);
  const at = t.indexOf("及");
  if (at > 0) {
    const left = t.slice(0, at);
    const right = t.slice(at + 1);
    if (PROJECT_END_RE.test(left) && right.length >= 5 && !/^其/.test(right)) {
      return [
        { start: span.start, end: span.start + at },
        ...splitAtJi(clean, { start: span.start + at + 1, end: span.end }),
      ];
    }
  }
  return [span];
}
