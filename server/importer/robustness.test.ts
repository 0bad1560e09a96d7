import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NotAPlanError, importPlan } from "./index.js";
import { planText } from "./testing.js";

const run = (text: string) => importPlan({ text, planId: "cq-sei-14fyp", sourceFile: "plan.txt" });
const ids = (text: string) => {
  const { graph } = run(text);
  return [...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)].sort();
};

/** Damage that only moves whitespace or conversion debris, applied line by line. */
type Damage = { crlf: boolean; bom: boolean; trailing: number[]; indent: number[]; dropBookmarks: boolean; blank: number[] };

function damage(text: string, d: Damage): string {
  let lines = text.split("\n");
  lines = lines.map((l, i) => {
    let out = l;
    if (d.dropBookmarks) out = out.replace(/\[bookmark:[^\]]*\]/g, "");
    if (d.trailing.includes(i % 37)) out += "  \t";
    if (d.indent.includes(i % 41)) out = "\t " + out.trimStart();
    return out;
  });
  lines = lines.flatMap((l, i) => (d.blank.includes(i % 29) ? [l, ""] : [l]));
  let out = lines.join(d.crlf ? "\r\n" : "\n");
  if (d.bom) out = "\uFEFF" + out;
  return out;
}

const damageArb: fc.Arbitrary<Damage> = fc.record({
  crlf: fc.boolean(),
  bom: fc.boolean(),
  trailing: fc.array(fc.nat(36), { maxLength: 10 }),
  indent: fc.array(fc.nat(40), { maxLength: 10 }),
  dropBookmarks: fc.boolean(),
  blank: fc.array(fc.nat(28), { maxLength: 5 }),
});

describe("robustness of the entity set", () => {
  const clean = ids(planText());

  it("CRLF, BOM, trailing spaces, indentation, blank lines and bookmark removal keep the same ids", () => {
    fc.assert(
      fc.property(damageArb, (d) => {
        const text = damage(planText(), d);
        expect(ids(text)).toEqual(clean);
      }),
      { numRuns: 25 },
    );
  });

  it("evidence still quotes the damaged text exactly", () => {
    const text = damage(planText(), { crlf: true, bom: true, trailing: [1, 5], indent: [2], dropBookmarks: false, blank: [] });
    const { graph } = run(text);
    for (const n of graph.nodes) for (const e of n.evidence) if (!("kind" in e)) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  it("adding bookmark tags anywhere between characters keeps the same ids", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), (positions) => {
        let text = planText();
        const inTag = new Uint8Array(text.length + 1);
        for (const m of text.matchAll(/\[bookmark:[^\]]*\]/g)) inTag.fill(1, m.index + 1, m.index + m[0].length);
        for (const p of [...new Set(positions.map((x) => x % text.length))].sort((a, b) => b - a)) {
          if (inTag[p] || /[\uDC00-\uDFFF]/.test(text[p] ?? "")) continue;
          text = text.slice(0, p) + `[bookmark: _Toc${p}]` + text.slice(p);
        }
        expect(ids(text)).toEqual(clean);
      }),
      { numRuns: 10 },
    );
  });
});

describe("NotAPlanError", () => {
  const oneLine = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(NotAPlanError);
      expect((e as Error).message).not.toMatch(/\n/);
      return (e as Error).message;
    }
    throw new Error("expected NotAPlanError");
  };

  it("rejects empty, binary and HTML input with a one-line reason", () => {
    expect(oneLine(() => run(""))).toMatch(/empty/);
    expect(oneLine(() => run(" \n\t\r\n"))).toMatch(/empty/);
    expect(oneLine(() => run("\uFEFF"))).toMatch(/empty/);
    expect(oneLine(() => run("PK\u0003\u0004\u0000\u0000binary"))).toMatch(/binary/);
    expect(oneLine(() => run("<!DOCTYPE html><html><body><p>重庆市战略性新兴产业</p></body></html>"))).toMatch(/HTML/);
    expect(oneLine(() => run("<html>\n<head><title>规划</title></head>"))).toMatch(/HTML/);
  });

  it("rejects other text (prose, another kind of document, a mangled plan without its sections)", () => {
    expect(oneLine(() => run("Lorem ipsum dolor sit amet.\nSecond line."))).toMatch(/not a/);
    expect(oneLine(() => run("一、总则\n第一条 为了规范管理，制定本办法。\n二、附则\n本办法自发布之日起施行。"))).toMatch(/not a/);
    expect(oneLine(() => run(planText().replace(/专栏/g, "附表")))).toMatch(/not a/);
  });

  it("rejects random text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => {
        oneLine(() => run(s));
      }),
      { numRuns: 100 },
    );
  });
});

describe("robustness with the curated inputs", () => {
  it("CRLF + BOM + no bookmark tags give the same ids with products, chains and geography", async () => {
    const { readSeeds } = await import("./seeds.js");
    const { SEEDS } = await import("./testing.js");
    const input = await readSeeds(SEEDS);
    const idsOf = (text: string) => {
      const { graph } = importPlan({ ...input, text });
      return [...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)].sort();
    };
    const damaged = "\uFEFF" + input.text.replace(/\[bookmark:[^\]]*\]/g, "").replace(/\n/g, "  \r\n");
    expect(idsOf(damaged)).toEqual(idsOf(input.text));
  });
});
