/**
 * The document outline: chapters (一、…), parts (（一）… / （2）…), and the 专栏 boxes with their
 * rows. Works on trimmed clean lines, so indentation, blank lines, CRs and bookmark tags do not
 * matter. A part whose heading was lost in conversion (its text starts right after the previous
 * box's 重点区县 row) is opened as a part with `headingLine: null`.
 */
import { type Line, type Span, linesOf, squash } from "./text.js";

export const ROW_LABELS = ["产业化", "创新平台", "重点区县"] as const;
export type RowLabel = (typeof ROW_LABELS)[number];

export interface Row {
  /** 产业化 / 创新平台 / 重点区县 for industry boxes; the lead phrase for program boxes. */
  label: string;
  /** The label's lines (重点区县 + （开发区） wrapped) — for program boxes the row line itself. */
  labelLines: Line[];
  lines: Line[];
}

export interface Box {
  no: number;
  /** The title after 专栏N, e.g. 集成电路产业发展重点. */
  title: string;
  titleSpan: Span;
  line: Line;
  kind: "industry" | "program";
  rows: Row[];
}

export interface Part {
  /** The numbering as written (一, 2, 四 …), null when the heading is lost. */
  no: string | null;
  title: string | null;
  titleSpan: Span | null;
  headingLine: Line | null;
  paras: Line[];
  boxes: Box[];
  start: number;
  end: number;
}

export interface Chapter {
  no: string;
  title: string;
  titleSpan: Span;
  line: Line;
  /** Lines before the first part. */
  intro: Line[];
  parts: Part[];
  start: number;
  end: number;
}

export interface Outline {
  /** Lines before the first chapter. */
  preface: Line[];
  chapters: Chapter[];
}

const CH_RE = /^([一二三四五六七八九十]{1,3})、\s*([^。，；]{2,30})$/;
const PART_RE = /^[（(]\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*[）)]\s*([^。，；]{1,30}?)\s*。?$/;
const BOX_RE = /^专栏\s*(\d{1,2})\s*([^。，]{2,40})$/;
const DISTRICT_LABEL_RE = /^重点区县\s*(（开发区）)?$/;
const ZONE_LABEL_RE = /^（开发区）$/;

function headingSpan(line: Line, title: string): Span {
  const at = line.text.lastIndexOf(title);
  const start = line.start + (at < 0 ? 0 : at);
  return { start, end: start + title.length };
}

export function parseOutline(clean: string): Outline {
  const lines = linesOf(clean);
  const outline: Outline = { preface: [], chapters: [] };
  let chapter: Chapter | null = null;
  let part: Part | null = null;
  let box: Box | null = null;
  /** After a box's 重点区县 row got its line, the box is over. */
  let boxClosed = false;

  const closePart = (end: number) => {
    if (part) part.end = end;
  };
  const openPart = (p: Omit<Part, "end">) => {
    part = { ...p, end: clean.length };
    chapter!.parts.push(part);
  };

  for (const line of lines) {
    const t = line.text;
    let m: RegExpExecArray | null;
    if ((m = CH_RE.exec(t))) {
      closePart(line.start);
      if (chapter) chapter.end = line.start;
      const title = squash(m[2]);
      chapter = {
        no: m[1], title, titleSpan: headingSpan(line, m[2].trim()), line,
        intro: [], parts: [], start: line.start, end: clean.length,
      };
      outline.chapters.push(chapter);
      part = null;
      box = null;
      continue;
    }
    if (chapter && (m = PART_RE.exec(t))) {
      closePart(line.start);
      box = null;
      openPart({
        no: m[1], title: squash(m[2]), titleSpan: headingSpan(line, m[2].trim()), headingLine: line,
        paras: [], boxes: [], start: line.start,
      });
      continue;
    }
    if (chapter && (m = BOX_RE.exec(t))) {
      if (!part) openPart({ no: null, title: null, titleSpan: null, headingLine: null, paras: [], boxes: [], start: line.start });
      const title = m[2].trim();
      box = { no: Number(m[1]), title: squash(title), titleSpan: headingSpan(line, title), line, kind: "program", rows: [] };
      part!.boxes.push(box);
      boxClosed = false;
      continue;
    }
    if (box && !boxClosed) {
      const last = box.rows[box.rows.length - 1];
      const label = (ROW_LABELS as readonly string[]).includes(t) ? t : DISTRICT_LABEL_RE.test(t) ? "重点区县" : null;
      if (label && (box.kind === "industry" || box.rows.length === 0)) {
        box.kind = "industry";
        box.rows.push({ label, labelLines: [line], lines: [] });
        continue;
      }
      if (box.kind === "industry" && last) {
        if (last.label === "重点区县" && last.lines.length === 0 && ZONE_LABEL_RE.test(t)) {
          last.labelLines.push(line);
          continue;
        }
        if (last.label === "重点区县" && last.lines.length === 1) {
          // The box is over: this text belongs to the next part, whose heading was lost.
          boxClosed = true;
          box = null;
          closePart(line.start);
          openPart({ no: null, title: null, titleSpan: null, headingLine: null, paras: [line], boxes: [], start: line.start });
          continue;
        }
        last.lines.push(line);
        continue;
      }
      if (box.kind === "program") {
        const lead = t.split("。")[0];
        box.rows.push({ label: lead, labelLines: [line], lines: [line] });
        continue;
      }
    }
    if (part) (part as Part).paras.push(line);
    else if (chapter) chapter.intro.push(line);
    else outline.preface.push(line);
  }
  return outline;
}

/** A heading as a path element: 三、战略性新兴支柱产业, （一）集成电路. */
export function chapterLabel(c: Chapter): string {
  return `${c.no}、${c.title}`;
}

export function partLabel(p: Part, fallbackName?: string): string {
  if (p.title === null) return fallbackName ?? "（标题缺失）";
  return `（${p.no}）${p.title}`;
}
