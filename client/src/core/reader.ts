/**
 * The reader: the plan text cut into lines of non-overlapping segments, each covered by zero or more
 * entity mentions (possibly nested or overlapping), with the `[bookmark: …]` tags of the .docx
 * conversion marked hidden. Offsets are JavaScript string offsets into the text, never changed:
 * hidden tags stay in the text (rendered invisible) so every span keeps its place.
 */
import type { Mention } from "../../../contract/api.js";

export interface Span {
  start: number;
  end: number;
}

export interface Segment extends Span {
  /** Inside a `[bookmark: …]` tag: kept for the offsets, never shown. */
  hidden: boolean;
  /**
   * Indices (into `ReaderDoc.nodeIds`) of the nodes whose mentions cover this segment, innermost
   * (shortest mention) first, without duplicates. Empty for plain text and hidden segments.
   */
  nodes: number[];
  /** Set by `markSpan`: the segment lies inside the span to flash. */
  at?: boolean;
}

/** One line of the text (a paragraph), without its "\n". */
export interface Line extends Span {
  segments: Segment[];
}

export interface ReaderDoc {
  /** The node ids mentioned, in order of first mention; segments refer to them by index. */
  nodeIds: string[];
  lines: Line[];
  /** Per node index, the starts of its mentions in text order (each is a segment start). */
  mentionStarts: number[][];
}

/** Where the `[bookmark: …]` tags are (the converter's leftovers; they hold no `]`). */
export function bookmarkSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /\[bookmark: [^\]\n]*\]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** `plan:cq-sei-14fyp` → `cq-sei-14fyp`: the id `/api/plans/:id/text` wants. */
export function planIdOf(planNodeId: string): string {
  return planNodeId.startsWith("plan:") ? planNodeId.slice("plan:".length) : planNodeId;
}

/**
 * Cut the text into lines of segments. Mentions out of range or empty are dropped (clipped to the
 * text); a mention may cross lines and hidden tags: each piece is covered. Within a segment the
 * innermost mention comes first (then the earlier, then the one listed first).
 */
export function segmentText(text: string, mentions: readonly Mention[], hidden: readonly Span[] = bookmarkSpans(text)): ReaderDoc {
  const n = text.length;
  const nodeIds: string[] = [];
  const nodeIndex = new Map<string, number>();
  const valid: { start: number; end: number; node: number; order: number }[] = [];
  mentions.forEach((m, order) => {
    const start = Math.max(0, Math.min(n, m.start));
    const end = Math.max(0, Math.min(n, m.end));
    if (!(end > start)) return;
    let node = nodeIndex.get(m.nodeId);
    if (node === undefined) {
      node = nodeIds.length;
      nodeIds.push(m.nodeId);
      nodeIndex.set(m.nodeId, node);
    }
    valid.push({ start, end, node, order });
  });
  // Innermost first: the order a segment lists its nodes in.
  const rank = [...valid].sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start || a.order - b.order);
  const rankOf = new Map(rank.map((m, i) => [m, i]));

  const cuts = new Set<number>([0, n]);
  for (const m of valid) cuts.add(m.start).add(m.end);
  const hiddenClipped = hidden.map((h) => ({ start: Math.max(0, h.start), end: Math.min(n, h.end) })).filter((h) => h.end > h.start);
  for (const h of hiddenClipped) cuts.add(h.start).add(h.end);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) cuts.add(i).add(i + 1);
  const points = [...cuts].sort((a, b) => a - b);

  // Sweep: mentions and hidden spans open and close at cut points.
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const hiddenByStart = [...hiddenClipped].sort((a, b) => a.start - b.start);
  let mi = 0;
  let hi = 0;
  let active: typeof valid = [];
  let hiddenActive: Span[] = [];
  const lines: Line[] = [];
  let line: Line = { start: 0, end: 0, segments: [] };
  const mentionStarts: number[][] = nodeIds.map(() => []);

  for (let p = 0; p + 1 < points.length; p++) {
    const start = points[p];
    const end = points[p + 1];
    active = active.filter((m) => m.end > start);
    while (mi < byStart.length && byStart[mi].start <= start) {
      if (byStart[mi].end > start) active.push(byStart[mi]);
      mi++;
    }
    hiddenActive = hiddenActive.filter((h) => h.end > start);
    while (hi < hiddenByStart.length && hiddenByStart[hi].start <= start) {
      if (hiddenByStart[hi].end > start) hiddenActive.push(hiddenByStart[hi]);
      hi++;
    }
    if (text[start] === "\n") {
      line.end = start;
      lines.push(line);
      line = { start: end, end: end, segments: [] };
      continue;
    }
    const isHidden = hiddenActive.length > 0;
    const nodes: number[] = [];
    if (!isHidden && active.length) {
      for (const m of [...active].sort((a, b) => rankOf.get(a)! - rankOf.get(b)!)) {
        if (!nodes.includes(m.node)) nodes.push(m.node);
      }
    }
    const prev = line.segments[line.segments.length - 1];
    if (prev && prev.end === start && prev.hidden === isHidden && sameNodes(prev.nodes, nodes) && !startsMention(byStart, start)) {
      prev.end = end;
    } else {
      line.segments.push({ start, end, hidden: isHidden, nodes });
    }
  }
  line.end = n;
  lines.push(line);

  for (const m of byStart) {
    const starts = mentionStarts[m.node];
    if (starts[starts.length - 1] !== m.start) starts.push(m.start);
  }
  for (const s of mentionStarts) s.sort((a, b) => a - b);
  return { nodeIds, lines, mentionStarts: mentionStarts.map((s) => [...new Set(s)]) };
}

function sameNodes(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

// A mention start is kept as a segment start (so a mention can be found by its start), even where
// the covering nodes do not change there (two mentions of one node side by side).
function startsMention(byStart: readonly { start: number }[], at: number): boolean {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < byStart.length && byStart[lo].start === at;
}

/** Does the span meet [start, end)? */
export function intersects(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The segments with the span marked: segments straddling its ends are split, and those inside get
 * `at: true`. Returns the same array when the span misses them all.
 */
export function markSpan(segments: readonly Segment[], span: Span | null): readonly Segment[] {
  if (!span || !(span.end > span.start) || !segments.some((s) => intersects(s, span))) return segments;
  const out: Segment[] = [];
  for (const s of segments) {
    if (!intersects(s, span)) {
      out.push(s);
      continue;
    }
    const a = Math.max(s.start, span.start);
    const b = Math.min(s.end, span.end);
    if (s.start < a) out.push({ ...s, end: a });
    out.push({ ...s, start: a, end: b, at: true });
    if (b < s.end) out.push({ ...s, start: b });
  }
  return out;
}

/** The index of the line holding offset `pos` (the last line starting at or before it). */
export function lineIndexAt(lines: readonly Line[], pos: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Which node a click on a segment selects: the innermost; clicking again where the selected node
 * is one of several steps to the next one out (so nested and shared mentions are all reachable).
 */
export function nodeForClick(nodes: readonly number[], selected: number | undefined): number | undefined {
  if (!nodes.length) return undefined;
  const i = selected === undefined ? -1 : nodes.indexOf(selected);
  return i === -1 ? nodes[0] : nodes[(i + 1) % nodes.length];
}

/** `at=120-131` in the URL: a span of the plan text. Anything else reads as none. */
export function parseSpan(value: string | null | undefined): Span | null {
  const m = /^(\d{1,9})-(\d{1,9})$/.exec(value ?? "");
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start ? { start, end } : null;
}

export function formatSpan(span: Span): string {
  return `${span.start}-${span.end}`;
}
