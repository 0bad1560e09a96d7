import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Mention } from "../../../contract/api.js";
import {
  bookmarkSpans,
  formatSpan,
  lineIndexAt,
  markSpan,
  nodeForClick,
  parseSpan,
  planIdOf,
  segmentText,
  type ReaderDoc,
} from "./reader.js";

const m = (start: number, end: number, nodeId: string): Mention => ({ start, end, nodeId });

/** Every segment as [text, node ids, hidden?], line by line. */
function show(text: string, doc: ReaderDoc) {
  return doc.lines.map((l) =>
    l.segments.map((s) => [text.slice(s.start, s.end), s.nodes.map((i) => doc.nodeIds[i]).join(","), s.hidden ? "hidden" : ""]),
  );
}

describe("segmentText", () => {
  it("cuts plain text into lines without the newlines", () => {
    const text = "一行\n\n二行";
    const doc = segmentText(text, []);
    expect(doc.lines.map((l) => text.slice(l.start, l.end))).toEqual(["一行", "", "二行"]);
    expect(show(text, doc)).toEqual([[["一行", "", ""]], [], [["二行", "", ""]]]);
  });

  it("covers nested and overlapping mentions, innermost first", () => {
    const text = "发展集成电路产业";
    //            01234567
    const doc = segmentText(text, [m(2, 8, "industry:集成电路产业"), m(2, 6, "industry:集成电路"), m(4, 6, "product:电路")]);
    expect(show(text, doc)).toEqual([
      [
        ["发展", "", ""],
        ["集成", "industry:集成电路,industry:集成电路产业", ""],
        ["电路", "product:电路,industry:集成电路,industry:集成电路产业", ""],
        ["产业", "industry:集成电路产业", ""],
      ],
    ]);
  });

  it("handles crossing spans and identical spans of two nodes", () => {
    const text = "abcdef";
    const doc = segmentText(text, [m(0, 4, "A"), m(2, 6, "B"), m(2, 6, "C")]);
    expect(show(text, doc)).toEqual([
      [
        ["ab", "A", ""],
        ["cd", "A,B,C", ""],
        ["ef", "B,C", ""],
      ],
    ]);
  });

  it("hides bookmark tags without moving any offset", () => {
    const text = "（2） [bookmark: _Toc29540]新型显示。";
    const start = text.indexOf("新型显示");
    const doc = segmentText(text, [m(start, start + 4, "industry:新型显示")]);
    expect(show(text, doc)).toEqual([
      [
        ["（2） ", "", ""],
        ["[bookmark: _Toc29540]", "", "hidden"],
        ["新型显示", "industry:新型显示", ""],
        ["。", "", ""],
      ],
    ]);
    expect(doc.mentionStarts).toEqual([[start]]);
  });

  it("splits a mention across lines, and keeps side-by-side mentions of one node apart", () => {
    const text = "甲乙\n丙甲甲";
    const doc = segmentText(text, [m(1, 4, "X"), m(4, 5, "A"), m(5, 6, "A"), m(0, 1, "A")]);
    expect(show(text, doc)).toEqual([
      [
        ["甲", "A", ""],
        ["乙", "X", ""],
      ],
      [
        ["丙", "X", ""],
        ["甲", "A", ""],
        ["甲", "A", ""],
      ],
    ]);
    expect(doc.nodeIds).toEqual(["X", "A"]);
    expect(doc.mentionStarts).toEqual([[1], [0, 4, 5]]);
  });

  it("drops empty and out-of-range mentions, clipping the rest", () => {
    const text = "abc";
    const doc = segmentText(text, [m(2, 2, "E"), m(5, 9, "F"), m(-3, 1, "G"), m(2, 10, "H")]);
    expect(show(text, doc)).toEqual([
      [
        ["a", "G", ""],
        ["b", "", ""],
        ["c", "H", ""],
      ],
    ]);
  });

  it("tiles the text exactly: every character but newlines in one segment, coverage as given", () => {
    const textArb = fc.string({ unit: fc.constantFrom("字", "a", "\n", "[", "]"), maxLength: 40 });
    fc.assert(
      fc.property(
        textArb,
        fc.array(fc.record({ a: fc.nat(45), len: fc.nat(12), node: fc.constantFrom("A", "B", "C", "D") }), { maxLength: 12 }),
        (text, raw) => {
          const mentions = raw.map((r) => m(r.a, r.a + r.len, r.node));
          const doc = segmentText(text, mentions, []);
          let pos = 0;
          for (const line of doc.lines) {
            expect(line.start).toBe(pos);
            for (const s of line.segments) {
              expect(s.start).toBe(pos);
              expect(s.end).toBeGreaterThan(s.start);
              expect(text.slice(s.start, s.end)).not.toContain("\n");
              for (let i = s.start; i < s.end; i++) {
                const want = new Set(mentions.filter((x) => x.start <= i && i < x.end).map((x) => x.nodeId));
                expect(new Set(s.nodes.map((k) => doc.nodeIds[k]))).toEqual(want);
              }
              pos = s.end;
            }
            expect(line.end).toBe(pos);
            if (pos < text.length) {
              expect(text[pos]).toBe("\n");
              pos++;
            }
          }
          expect(pos).toBe(text.length);
        },
      ),
    );
  });
});

describe("bookmarkSpans", () => {
  it("finds every tag", () => {
    const text = "a[bookmark: _Toc1][bookmark: _Toc2]b[bookmark x]";
    expect(bookmarkSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(["[bookmark: _Toc1]", "[bookmark: _Toc2]"]);
  });
});

describe("markSpan", () => {
  const segs = [
    { start: 0, end: 4, hidden: false, nodes: [] },
    { start: 4, end: 8, hidden: false, nodes: [0] },
    { start: 8, end: 10, hidden: false, nodes: [] },
  ];

  it("splits segments at the span's ends and marks exactly the span", () => {
    const out = markSpan(segs, { start: 2, end: 6 });
    expect(out.map((s) => [s.start, s.end, s.nodes.length, Boolean(s.at)])).toEqual([
      [0, 2, 0, false],
      [2, 4, 0, true],
      [4, 6, 1, true],
      [6, 8, 1, false],
      [8, 10, 0, false],
    ]);
  });

  it("returns the same segments when there is nothing to mark", () => {
    expect(markSpan(segs, null)).toBe(segs);
    expect(markSpan(segs, { start: 20, end: 30 })).toBe(segs);
    expect(markSpan(segs, { start: 3, end: 3 })).toBe(segs);
  });
});

describe("helpers", () => {
  it("finds the line of an offset", () => {
    const doc = segmentText("ab\ncd\n\nef", []);
    expect([0, 1, 2, 3, 5, 6, 7, 8].map((p) => lineIndexAt(doc.lines, p))).toEqual([0, 0, 0, 1, 1, 2, 3, 3]);
  });

  it("steps outwards through the nodes of a segment on repeated clicks", () => {
    expect(nodeForClick([4, 2, 9], undefined)).toBe(4);
    expect(nodeForClick([4, 2, 9], 7)).toBe(4);
    expect(nodeForClick([4, 2, 9], 4)).toBe(2);
    expect(nodeForClick([4, 2, 9], 9)).toBe(4);
    expect(nodeForClick([], 1)).toBeUndefined();
  });

  it("reads and writes spans for the URL", () => {
    expect(parseSpan("120-131")).toEqual({ start: 120, end: 131 });
    expect(formatSpan({ start: 120, end: 131 })).toBe("120-131");
    for (const bad of [null, "", "5-5", "9-3", "a-b", "1-2-3", "-1-4"]) expect(parseSpan(bad)).toBeNull();
  });

  it("turns a plan node id into the plan id", () => {
    expect(planIdOf("plan:cq-sei-14fyp")).toBe("cq-sei-14fyp");
    expect(planIdOf("cq-sei-14fyp")).toBe("cq-sei-14fyp");
  });
});
