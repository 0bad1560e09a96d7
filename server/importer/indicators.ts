/**
 * Indicators: the numbers of 一、（一）发展基础 (baselines: 2015, 2020) and 二、（三）发展目标
 * (targets: 2025). Clause by clause: "X由2015年的4000亿元增加到2020年的7600亿元" gives two,
 * "X超过2300亿元" / "X13%左右" one; "占…比重" clauses borrow the subject of the clause before.
 */
import { type Ctx, addEdge, addNode, ev } from "./context.js";
import { type Industry, findIndustryMentions } from "./industries.js";
import { industryId } from "./industryGraph.js";
import { type Outline, chapterLabel, partLabel } from "./sections.js";
import { type Span, splitTop } from "./text.js";

export interface IndicatorFact {
  name: string;
  year: number;
  value: number;
  unit: string;
  role: "target" | "baseline";
  qualifier?: string;
  span: Span;
}

const UNITS = "亿元|万人|万家|万户|%|家|个|名|支";
const VALUE = `(\\d+(?:\\.\\d+)?)(余)?(${UNITS})`;
const VALUE_RE = new RegExp(VALUE, "g");
const FROM_TO_RE = new RegExp(`^(.*?)由(\\d{4})年的${VALUE}(?:增加到|提升至|提高到|增长到|达到)(?:(\\d{4})年的)?${VALUE}`);
const CN_COUNT_RE = /([一二三四五六七八九十])个([^，。、；]*?产业集群)/g;
const CN_NUM = "一二三四五六七八九十";
const VERB_TAIL_RE = /(超过|超|突破|达到|提升至|提高到|增加到|为|约)$/;
const STATE_TAIL_RE = /(逐年递增|不断提升|持续增强|保持.*)$/;

function qualifierOf(verb: string | undefined, yu: string | undefined, after: string): string | undefined {
  if (yu) return "余";
  if (/^(左右|以上)/.test(after)) return after.slice(0, 2);
  if (verb && /超|突破/.test(verb)) return "超过";
  return undefined;
}

/** Indicators of one paragraph line; `defaultYear` where the text gives none. */
export function indicatorsIn(clean: string, para: Span, defaultYear: number, role: (y: number) => IndicatorFact["role"]): IndicatorFact[] {
  const out: IndicatorFact[] = [];
  for (const sentence of splitTop(clean, para, "。；")) {
    let sentenceYear = defaultYear;
    let subject: { name: string; start: number } | null = null;
    let prevClause: Span | null = null;
    for (const clause of splitTop(clean, sentence, "，")) {
      const text = clean.slice(clause.start, clause.end);
      const y = /^(\d{4})年$/.exec(text);
      if (y) {
        sentenceYear = Number(y[1]);
        continue;
      }
      const borrow = (name: string): { name: string; start: number } => {
        if (!name.startsWith("占")) return { name, start: clause.start };
        if (subject) return { name: subject.name + name, start: subject.start };
        if (prevClause) {
          const s = clean.slice(prevClause.start, prevClause.end).replace(STATE_TAIL_RE, "");
          return { name: s + name, start: prevClause.start };
        }
        return { name, start: clause.start };
      };
      const ft = FROM_TO_RE.exec(text);
      if (ft) {
        const { name, start } = borrow(ft[1]);
        const span = { start, end: clause.start + ft[0].length };
        const y1 = Number(ft[2]);
        const y2 = ft[6] ? Number(ft[6]) : sentenceYear;
        out.push({ name, year: y1, value: Number(ft[3]), unit: ft[5], role: role(y1), span });
        out.push({ name, year: y2, value: Number(ft[7]), unit: ft[9], role: role(y2), span });
        subject = { name, start };
        prevClause = clause;
        continue;
      }
      let found = false;
      for (const m of text.matchAll(CN_COUNT_RE)) {
        const start = clause.start + m.index;
        out.push({ name: m[2], year: sentenceYear, value: CN_NUM.indexOf(m[1]) + 1, unit: "个", role: role(sentenceYear), span: { start, end: start + m[0].length } });
        found = true;
      }
      if (!found) {
        // 、-separated parts, a part without a number joins the next one (创新机构、产业研究院101家).
        let from = clause.start;
        for (const part of splitTop(clean, clause, "、")) {
          const pt = clean.slice(from, part.end);
          const ms = [...pt.matchAll(VALUE_RE)];
          if (!ms.length) continue;
          const m = ms[ms.length - 1];
          const after = pt.slice(m.index + m[0].length);
          let name: string;
          let verb: string | undefined;
          if (/^(左右|以上)?$/.test(after)) {
            const before = pt.slice(0, m.index);
            verb = VERB_TAIL_RE.exec(before)?.[1];
            name = verb ? before.slice(0, -verb.length) : before;
          } else {
            name = after.split(/为|协调|，/)[0];
          }
          if (!name || /^\d/.test(name)) {
            from = part.end + 1;
            continue;
          }
          const b = borrow(name);
          const start = b.name === name ? from : b.start;
          out.push({
            name: b.name,
            year: sentenceYear,
            value: Number(m[1]),
            unit: m[3],
            role: role(sentenceYear),
            qualifier: qualifierOf(verb, m[2], after),
            span: { start, end: part.end },
          });
          if (!b.name.startsWith("占")) subject = { name: b.name, start };
          from = part.end + 1;
        }
      }
      prevClause = clause;
    }
  }
  return out;
}

export function addIndicators(ctx: Ctx, outline: Outline, industries: readonly Industry[], planNodeId: string): void {
  const clean = ctx.view.clean;
  for (const ch of outline.chapters) {
    for (const part of ch.parts) {
      if (!part.title) continue;
      const isTarget = /目标/.test(part.title);
      const isBase = /发展基础|基础/.test(part.title);
      if (!isTarget && !isBase) continue;
      const section = `${chapterLabel(ch)} / ${partLabel(part)}`;
      const years = part.paras.flatMap((l) => [...l.text.matchAll(/(\d{4})年/g)].map((m) => Number(m[1])));
      const targetYear = Number(/到(\d{4})年/.exec(part.paras.map((l) => l.text).join(""))?.[1] ?? 0);
      const defaultYear = isTarget ? targetYear || Math.max(...years) : Math.max(...years.filter((y) => y < 2100));
      if (!Number.isFinite(defaultYear) || defaultYear <= 0) continue;
      const role = (y: number) => (isTarget && y >= defaultYear ? "target" : "baseline");
      for (const para of part.paras) {
        for (const f of indicatorsIn(clean, para, defaultYear, role)) {
          const e = [ev(ctx, f.span, section)];
          const id = addNode(
            ctx,
            "Indicator",
            `${f.year}/${f.name}`,
            f.name,
            { year: f.year, value: f.value, unit: f.unit, role: f.role, qualifier: f.qualifier, section },
            e,
          );
          const named = new Set(findIndustryMentions(clean, f.span, industries).map((m) => m.industry.name));
          const target = named.size === 1 ? industryId([...named][0]) : planNodeId;
          addEdge(ctx, "MEASURES", id, target, e);
        }
      }
    }
  }
}
