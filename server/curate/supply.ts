/**
 * Supply statements: "A、B用X、Y" (X FEEDS A); "X、Y等配套企业/配套体系", "X、Y等A关键材料/零部件"
 * and "完善A（核心零部件）配套" (X FEEDS the product served: A, else an anchor, anchors.ts);
 * "A及配套X" (X FEEDS A); "X、Y等上下游/上游企业" and "带动X、Y" (X FEEDS the product the sentence
 * develops); "引进X、Y…，打造A产业链" (X FEEDS A; "延伸A产业链，开发X、Y": A FEEDS X). Pure.
 */
import { anchorsFor } from "./anchors.js";
import { afterOpener } from "./lists.js";
import { isProductName, normalise } from "./names.js";
import { isUseAt } from "./words.js";
import { type RawLink, type SentenceCtx, clauseSpan, cross, tailNoun, text } from "./sentence.js";

const RIGHT_END = /等|项目|产业化|达产|投产|启动|建设|生产|的/;

/** "流量与压力传感器" → 流量传感器, 压力传感器: a short first part shares the second's ending. */
function splitParallel(s: string): string[] {
  const parts = s.split(/及其|及|和|与/).map((p) => p.trim()).filter((p) => p.length >= 2);
  if (parts.length === 2 && parts[0].length <= 3 && parts[1].length > parts[0].length + 1) {
    return [parts[0] + parts[1].slice(parts[0].length), parts[1]];
  }
  return parts;
}

const stripFields = (s: string) => s.replace(/(等)?(重点)?(领域|行业)?$/, "");

export function useLinks(ctx: SentenceCtx): RawLink[] {
  const clean = ctx.doc.view.clean;
  const out: RawLink[] = [];
  ctx.clauses.forEach((clause, i) => {
    for (let p = clause.start + 1; p < clause.end - 1; p++) {
      if (!isUseAt(clean, p)) continue;
      const list = ctx.lists[i].find((l) => p >= l.span.start && p < l.span.end);
      let targets: string[];
      let sources: string[];
      if (list && ctx.unit.kind === "para") {
        // the whole list: "发展汽车、轨道交通用大型铸锻件、高性能密封件、连接件和轴承产品"
        const j = list.items.findIndex((it) => p >= it.start && p < it.end);
        const upto = j < 0 ? list.items.length : j;
        targets = list.items.slice(0, upto).map((it) => it.text);
        sources = j < 0 ? [] : list.items.slice(j + 1).map((it) => it.text);
        if (j >= 0) {
          targets.push(text(ctx, { start: list.items[j].start, end: p }));
          sources.unshift(text(ctx, { start: p + 1, end: list.items[j].end }));
        } else {
          const head = text(ctx, { start: p + 1, end: list.span.end });
          sources = splitParallel(head.split(RIGHT_END)[0]);
        }
      } else {
        // one item of a project list, or a clause without a list: "呼吸机用流量与压力传感器"
        let from = p;
        while (from > clause.start && !"、，".includes(clean[from - 1])) from--;
        const left = tailNoun(ctx, { start: from, end: p });
        targets = stripFields(left).split(/、|及|和|与/).filter((s) => s.length >= 2);
        let to = p + 1;
        while (to < clause.end && clean[to] !== "、") to++;
        sources = splitParallel(text(ctx, { start: p + 1, end: to }).split(RIGHT_END)[0]);
      }
      sources = sources.map((s) => s.replace(/^其/, ""));
      // "…等领域用高附加值产品": the product is the one the paragraph is about
      if (!sources.some((s) => isProductName(normalise(s)))) {
        sources = anchorsFor(ctx.doc, ctx.mentions, ctx.unit, ctx.sentence, clause, ctx.keep);
      }
      out.push(...cross(sources, targets.map(stripFields), clauseSpan(ctx, i, i), "用"));
    }
  });
  return out;
}

export function supportLinks(ctx: SentenceCtx): RawLink[] {
  const out: RawLink[] = [];
  const clean = ctx.doc.view.clean;
  ctx.lists.forEach((lists, i) => {
    for (const list of lists) {
      const before = clean.slice(Math.max(ctx.clauses[i].start, list.items[0].start - 2), list.items[0].start);
      // "等燃料电池电堆关键材料": the items are parts of the product named before 关键材料
      const partOf = /^(.*?)(?:(?:关键|核心)(?:原材料|材料|零部件|部件)|原材料|零部件|部件)/.exec(list.head);
      const pattern = /配套(企业|体系)/.test(list.head) && !/及其?配套/.test(list.head)
        ? "配套"
        : /^(上下游|上游)/.test(list.head)
          ? "上下游"
          : before === "带动"
            ? "带动"
            : partOf
              ? "配套"
              : null;
      if (!pattern) continue;
      const named = partOf && !/配套/.test(list.head) && partOf[1].length >= 2 ? [partOf[1]] : null;
      const anchors = named ?? anchorsFor(ctx.doc, ctx.mentions, ctx.unit, ctx.sentence, list.span, ctx.keep);
      out.push(...cross(list.items.map((it) => it.text), anchors, clauseSpan(ctx, i, i), pattern));
    }
  });
  // 完善A（核心零部件/产业）配套: the sentence's list items FEED A
  const s = text(ctx, ctx.sentence);
  const m = /完善([^，、。；]{2,12}?)(?:核心零部件|零部件|产业|本地)*配套(?!体系|企业)/.exec(s);
  if (m) {
    const at = ctx.sentence.start + m.index;
    const k = ctx.clauses.findIndex((c) => at >= c.start && at < c.end);
    ctx.lists.forEach((lists, i) => {
      if (i === k) return;
      for (const list of lists) {
        out.push(...cross(list.items.map((it) => it.text), [m[1]], clauseSpan(ctx, Math.min(i, k), Math.max(i, k)), "配套"));
      }
    });
  }
  // 打造/完善X产业链: the sentence's list items FEED X; 延伸X产业链, 开发…: X FEEDS them
  const chain = /(打造|完善|培育|延伸|形成)(完整的?)?([^，、。；的]{2,12}?)(产业链|产业集群)/.exec(s);
  if (chain) {
    const at = ctx.sentence.start + chain.index;
    const k = ctx.clauses.findIndex((c) => at >= c.start && at < c.end);
    ctx.lists.forEach((lists, i) => {
      if (i === k || (chain[1] === "延伸" && i < k)) return;
      // only lists of what is brought in or built: not a demand's fields ("面向A、B等需求"), not qualities
      const lead = text(ctx, { start: ctx.clauses[i].start, end: lists[0]?.span.start ?? ctx.clauses[i].start });
      if (!/引进|引育|引培|加强|依托|推动|推进|发展|开发|加快/.test(lead) || /面向|围绕|瞄准|聚焦/.test(lead)) return;
      for (const list of lists) {
        const items = list.items.map((it) => it.text);
        const span = clauseSpan(ctx, Math.min(i, k), Math.max(i, k));
        out.push(...(chain[1] === "延伸" ? cross([chain[3]], items, span, "产业链") : cross(items, [chain[3]], span, "产业链")));
      }
    });
  }
  // A及配套X: X FEEDS A
  ctx.clauses.forEach((clause, i) => {
    for (const c of text(ctx, clause).matchAll(/([^，；。]{2,40}?)及其?配套([^，；。、等的]{2,12})/g)) {
      const a = c[1].split(/、|等/).pop()!;
      const to = a.slice(afterOpener(a, { start: 0, end: a.length }));
      const from = c[2].split(RIGHT_END)[0];
      out.push(...cross(splitParallel(from), [to], clauseSpan(ctx, i, i), "配套"));
    }
  });
  return out;
}
