/**
 * The industries: one per part of the chapters whose parts carry 专栏 tables (三、 pillar,
 * 四、 future). Names come from the part heading; where the heading was lost, from the 专栏 title,
 * matched against the industry list of 二、（三）发展目标. The 2025 cluster tier comes from the same list.
 */
import { type Chapter, type Outline, type Part, chapterLabel, partLabel } from "./sections.js";
import { type Span, type TextView, splitTop, trimSpan } from "./text.js";

export type IndustryKind = "pillar" | "future";

export interface Industry {
  name: string;
  nameEn?: string;
  kind: IndustryKind;
  /** 1-based position within its kind (pillar 1..10, future 1..4), in document order. */
  order: number;
  box: number | null;
  chapter: Chapter;
  part: Part;
  /** Human heading path of the part: 三、战略性新兴支柱产业 / （一）集成电路. */
  path: string;
  /** Where the text names it: the part heading and/or the 专栏 title. */
  nameSpans: { span: Span; section: string }[];
  aliases: string[];
  tier?: { tier: string; span: Span; section: string };
  lostHeading: boolean;
}

export interface IndustryResult {
  industries: Industry[];
  inferred: string[];
  warnings: string[];
}

export const INDUSTRY_EN: Record<string, string> = {
  集成电路: "Integrated circuits",
  新型显示: "New displays",
  新型智能终端: "New smart terminals",
  新能源汽车和智能网联汽车: "New-energy and intelligent connected vehicles",
  生物: "Biotechnology and biomedicine",
  先进材料: "Advanced materials",
  高端装备制造: "High-end equipment manufacturing",
  绿色环保: "Green and environmental protection",
  软件和信息技术服务: "Software and information technology services",
  新兴服务业: "Emerging services",
  卫星互联网: "Satellite internet",
  氢能与储能: "Hydrogen energy and energy storage",
  生物育种与生物制造: "Bio-breeding and biomanufacturing",
  脑科学与类脑智能: "Brain science and brain-inspired intelligence",
  // other plans' industries of the national strategic emerging industries catalogue
  新一代信息技术: "New-generation information technology",
  人工智能: "Artificial intelligence",
  新材料: "New materials",
  新能源: "New energy",
  节能环保: "Energy conservation and environmental protection",
  数字创意: "Digital creativity",
  生物医药: "Biomedicine",
  航空航天: "Aerospace",
  轨道交通装备: "Rail transit equipment",
  量子信息: "Quantum information",
};

/** Other names the plan uses for an industry (only ones that cannot mean anything else). */
const ALIASES: Record<string, string[]> = {
  新能源汽车和智能网联汽车: ["新能源汽车", "智能网联汽车"],
  新型智能终端: ["智能终端"],
  生物: ["生物医药"],
  高端装备制造: ["高端装备"],
  生物育种与生物制造: ["生物育种"],
  脑科学与类脑智能: ["类脑智能"],
  软件和信息技术服务: ["软件和信息技术服务业"],
};

const CN_DIGITS = "一二三四五六七八九十";

function chapterKind(c: Chapter): IndustryKind | null {
  if (/支柱/.test(c.title)) return "pillar";
  if (/先导|未来/.test(c.title)) return "future";
  return null;
}

/** 集成电路产业发展重点 → 集成电路; 新兴服务产业发展重点 → 新兴服务. */
export function nameFromBoxTitle(title: string): string {
  return title.replace(/(产业)?发展重点$/, "").replace(/产业$/, "");
}

interface TierEntry {
  name: string;
  tier: string | null;
  span: Span;
  section: string;
}

/** 二、（三）发展目标: "在A、B、C等领域形成若干千亿级的…产业集群。" and "D、E等产业在全国形成一定的优势。" */
export function readTiers(view: TextView, outline: Outline): TierEntry[] {
  const out: TierEntry[] = [];
  for (const ch of outline.chapters) {
    for (const part of ch.parts) {
      if (!part.title || !/目标/.test(part.title)) continue;
      const section = `${chapterLabel(ch)} / ${partLabel(part)}`;
      for (const line of part.paras) {
        const re = /在([^。；]*?)等领域形成若干([^。；，]*?级)的[^。；]*。|([^。；]*?)等产业在全国形成[^。；]*。/g;
        for (const m of line.text.matchAll(re)) {
          const sentence = trimSpan(view.clean, { start: line.start + m.index, end: line.start + m.index + m[0].length });
          const listText = m[1] ?? m[3];
          const listStart = line.start + m.index + m[0].indexOf(listText);
          const tier = m[2] ?? null;
          for (const item of splitTop(view.clean, { start: listStart, end: listStart + listText.length }, "、")) {
            out.push({ name: view.clean.slice(item.start, item.end), tier, span: sentence, section });
          }
        }
      }
    }
  }
  return out;
}

export function findIndustries(view: TextView, outline: Outline): IndustryResult {
  const tiers = readTiers(view, outline);
  const known = tiers.map((t) => t.name);
  const industries: Industry[] = [];
  const inferred: string[] = [];
  const warnings: string[] = [];
  const counters: Record<IndustryKind, number> = { pillar: 0, future: 0 };

  for (const chapter of outline.chapters) {
    const hasIndustryBox = chapter.parts.some((p) => p.boxes.some((b) => b.kind === "industry"));
    if (!hasIndustryBox) continue;
    const kind = chapterKind(chapter);
    if (!kind) {
      warnings.push(`chapter ${chapterLabel(chapter)} has 专栏 tables but is neither 支柱 nor 先导/未来: skipped`);
      continue;
    }
    const arabic = chapter.parts.filter((p) => p.no && /\d/.test(p.no)).map((p) => partLabel(p));
    if (arabic.length) {
      warnings.push(`heading numbering changes style in ${chapterLabel(chapter)}: ${arabic.join(", ")} use Arabic numerals`);
    }
    for (const part of chapter.parts) {
      const box = part.boxes.find((b) => b.kind === "industry") ?? null;
      const order = ++counters[kind];
      const boxName = box ? nameFromBoxTitle(box.title) : null;
      const boxSection = box ? `${chapterLabel(chapter)} / 专栏${box.no} ${box.title}` : "";
      let name: string;
      const nameSpans: Industry["nameSpans"] = [];
      const aliases = new Set<string>();
      if (part.title && part.titleSpan) {
        name = part.title;
        nameSpans.push({ span: part.titleSpan, section: `${chapterLabel(chapter)} / ${partLabel(part)}` });
        if (boxName && boxName !== name && !name.startsWith(boxName)) {
          aliases.add(boxName);
          warnings.push(
            `专栏${box!.no} "${box!.title}" names the industry headed ${partLabel(part)} as ${boxName}: kept ${name}, ${boxName} is an alias`,
          );
        }
        if (known.length && !known.includes(name)) warnings.push(`industry ${name} is not in the list of 二、（三）发展目标`);
        const expected = CN_DIGITS[order - 1];
        if (part.no && part.no !== expected && part.no !== String(order)) {
          warnings.push(`heading ${partLabel(part)} is numbered ${part.no} but is part ${order} of ${chapterLabel(chapter)}`);
        }
      } else if (boxName) {
        const match =
          known.find((k) => k === boxName) ??
          known.find((k) => k.startsWith(boxName) || boxName.startsWith(k)) ??
          null;
        name = match ?? boxName;
        if (name !== boxName) aliases.add(boxName);
        inferred.push(
          `industry ${name}: the heading of part ${order} of ${chapterLabel(chapter)} was lost in conversion; ` +
            `name from the title of 专栏${box!.no} "${box!.title}"` +
            (match && match !== boxName ? ` matched to "${match}" in the industry list of 二、（三）发展目标` : ""),
        );
      } else {
        warnings.push(`part ${order} of ${chapterLabel(chapter)} has neither a heading nor a 专栏 table: skipped`);
        counters[kind]--;
        continue;
      }
      if (box) {
        const at = box.title.indexOf(boxName!);
        const start = box.titleSpan.start + Math.max(0, at);
        nameSpans.push({ span: { start, end: start + boxName!.length }, section: boxSection });
      } else {
        warnings.push(`industry ${name} has no 专栏 table`);
      }
      for (const a of ALIASES[name] ?? []) aliases.add(a);
      const t = tiers.find((x) => x.name === name) ?? tiers.find((x) => aliases.has(x.name));
      if (kind === "pillar" && !t?.tier) warnings.push(`industry ${name}: no 2025 cluster tier found in 二、（三）`);
      industries.push({
        name,
        nameEn: INDUSTRY_EN[name],
        kind,
        order,
        box: box?.no ?? null,
        chapter,
        part,
        path: `${chapterLabel(chapter)} / ${partLabel(part, name)}`,
        nameSpans,
        aliases: [...aliases],
        tier: t?.tier ? { tier: t.tier, span: t.span, section: t.section } : undefined,
        lostHeading: part.title === null,
      });
    }
  }
  return { industries, inferred, warnings };
}

/** Occurrences of industry names and aliases in a span, longest match first, non-overlapping. */
export function findIndustryMentions(
  clean: string,
  span: Span,
  industries: readonly Industry[],
): { industry: Industry; span: Span; as: string }[] {
  const byFirst = patternsOf(industries);
  const out: { industry: Industry; span: Span; as: string }[] = [];
  let i = span.start;
  while (i < span.end) {
    const hit = byFirst.get(clean[i])?.find(({ p }) => i + p.length <= span.end && clean.startsWith(p, i) && bounded(clean, i, p, span));
    if (hit) {
      out.push({ industry: hit.ind, span: { start: i, end: i + hit.p.length }, as: hit.p });
      i += hit.p.length;
    } else i++;
  }
  return out;
}

/**
 * The names and aliases of `industries`, longest first, by first character; one entry per name
 * (the first industry with it), made once per list. A plan that repeats its sections lists an
 * industry once per section, and a scan of every name at every position grew with them.
 */
const patternCache = new WeakMap<readonly Industry[], Map<string, { p: string; ind: Industry }[]>>();
function patternsOf(industries: readonly Industry[]): Map<string, { p: string; ind: Industry }[]> {
  let byFirst = patternCache.get(industries);
  if (byFirst) return byFirst;
  const seen = new Set<string>();
  const patterns = industries
    .flatMap((ind) => [ind.name, ...ind.aliases].map((p) => ({ p, ind })))
    .filter(({ p }) => p.length > 0 && !seen.has(p) && Boolean(seen.add(p)))
    .sort((a, b) => b.p.length - a.p.length);
  byFirst = new Map();
  for (const x of patterns) {
    const list = byFirst.get(x.p[0]) ?? [];
    list.push(x);
    byFirst.set(x.p[0], list);
  }
  patternCache.set(industries, byFirst);
  return byFirst;
}

/** Short names (生物) only count as a list element: 、生物、 / 在生物等. */
function bounded(clean: string, i: number, p: string, span: Span): boolean {
  if (p.length > 2) return true;
  const before = i > span.start ? clean[i - 1] : "";
  const after = i + p.length < span.end ? clean[i + p.length] : "";
  return (before === "" || "、，；：（“在和与及".includes(before)) && (after === "" || "、，；。）”等和与及".includes(after));
}
