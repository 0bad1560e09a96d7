/**
 * Real-world files (issue 14, item 7): the plan saved as GB18030, GBK, UTF-16 (either byte order,
 * with or without a BOM), UTF-8 with a BOM, with CR-only line ends, or cut inside a character,
 * is read; the import of each gives the same graph as the UTF-8 file (GBK: as far as GBK has the
 * characters). Each was refused before ("not UTF-8 text", "binary file", "no chapter headings").
 */
import { copyFile, mkdtemp, mkdir, truncate, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphData } from "../../contract/graph.js";
import { decodeText } from "./decode.js";
import { CuratedFileError, NotAPlanError } from "./errors.js";
import { importPlan } from "./index.js";
import { MAX_PLAN_BYTES, readSeeds } from "./seeds.js";
import { SEEDS, planText } from "./testing.js";

const text = planText();
const utf8 = Buffer.from(text, "utf8");

/** The graph as ids and quotes: what must not change with the file's encoding. */
function shape(graph: GraphData) {
  const quotes = (e: { evidence: unknown[] }) => e.evidence.map((x) => (x as { quote?: string }).quote ?? "ref").join("|");
  return {
    nodes: graph.nodes.map((n) => `${n.id} ${quotes(n)}`).sort(),
    edges: graph.edges.map((e) => `${e.id} ${quotes(e)}`).sort(),
  };
}

describe("decodeText", () => {
  it("reads the plan in each encoding it is saved with, noting which", () => {
    const cases: [string, Buffer, string][] = [
      ["GB18030", iconv.encode(text, "gb18030"), "GB18030"],
      ["UTF-16LE with a BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]), "UTF-16LE"],
      ["UTF-16BE with a BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")]), "UTF-16BE"],
      ["UTF-16LE without a BOM", iconv.encode(text, "utf-16le"), "UTF-16LE"],
      ["UTF-16BE without a BOM", iconv.encode(text, "utf-16be"), "UTF-16BE"],
    ];
    for (const [what, bytes, encoding] of cases) {
      const { text: read, notes } = decodeText(bytes, "plan.txt");
      expect(read === text, what).toBe(true);
      expect(notes, what).toEqual([`plan.txt: decoded from ${encoding}`]);
    }
    // GBK has no code for a few of the plan's characters: read as GBK has them
    const gbk = iconv.encode(text, "gbk");
    expect(decodeText(gbk, "plan.txt").text === iconv.decode(gbk, "gbk")).toBe(true);
    expect(decodeText(utf8, "plan.txt")).toEqual({ text, notes: [] });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), "plan.txt").text).toBe(`\uFEFF${text}`);
  });

  it("reads CR-only line ends as LF, offsets unmoved", () => {
    const cr = decodeText(Buffer.from(text.replace(/\n/g, "\r"), "utf8"), "plan.txt");
    expect(cr.text === text).toBe(true);
    expect(cr.notes).toEqual(["plan.txt: line ends were CR only; read as LF"]);
    expect(decodeText(Buffer.from("a\r\nb", "utf8"), "x").text).toBe("a\r\nb"); // CRLF stays
  });

  it("reads a file cut inside its last character, saying so", () => {
    const body = text.trimEnd(); // ends in a Chinese character or punctuation: 3 bytes in UTF-8
    const whole = Buffer.from(body, "utf8");
    const { text: read, notes } = decodeText(whole.subarray(0, whole.length - 1), "plan.txt");
    expect(read === body.slice(0, -1)).toBe(true);
    expect(notes[0]).toMatch(/ends inside a character; its last 2 byte\(s\) were dropped/);
  });

  it("still refuses what is no text", () => {
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00]), "x.zip")).toThrow(NotAPlanError);
    expect(() => decodeText(new Uint8Array([0xe6, 0x88, 0xff, 0x41]), "x.txt")).toThrow(/not UTF-8 text/);
    expect(() => decodeText(new Uint8Array([]), "x.txt")).toThrow(/empty/);
  });
});

describe("the size limit", () => {
  it("refuses a file larger than any plan at once, in one line, without reading it", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "chain-atlas-big-"));
    await mkdir(path.join(dir, "plans"));
    const file = path.join(dir, "plans", "big.txt");
    await writeFile(file, "");
    await truncate(file, MAX_PLAN_BYTES + 1); // sparse: no time to write it
    const started = performance.now();
    const err = await readSeeds(dir, file).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(NotAPlanError);
    expect((err as Error).message).toMatch(/^too large for a plan: .*big\.txt is 20\.0 MB; plans are at most 20 MB$/);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("importing the plan saved otherwise", () => {
  let expected: ReturnType<typeof shape>;
  beforeAll(async () => {
    expected = shape(importPlan(await readSeeds(SEEDS)).graph);
  });

  it.each([
    ["GB18030", () => iconv.encode(text, "gb18030")],
    ["UTF-16LE", () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")])],
    ["CR-only line ends", () => Buffer.from(text.replace(/\n/g, "\r"), "utf8")],
  ])("gives the same graph from the plan as %s, with the note among the warnings", async (what, bytes) => {
    const input = await readSeeds(await seedsWith(bytes()));
    const { graph, report } = importPlan(input);
    expect(shape(graph)).toEqual(expected);
    expect(report.warnings.some((w) => /decoded from|CR only/.test(w)), what).toBe(true);
  }, 60_000);
});

describe("a damaged plan", () => {
  it("truncated at half imports what it has; curated entries it no longer backs are warnings naming their section; strict mode fails", async () => {
    const dir = await seedsWith(text.slice(0, Math.floor(text.length / 2)));
    const input = await readSeeds(dir);
    const { graph, report } = importPlan(input);
    const full = importPlan(await readSeeds(SEEDS)).graph;
    expect(graph.nodes.length).toBeGreaterThan(100);
    expect(graph.nodes.length).toBeLessThan(full.nodes.length);
    // every statement still quotes the (shorter) text exactly
    for (const item of [...graph.nodes, ...graph.edges])
      for (const ev of item.evidence) if ("quote" in ev && "start" in ev) expect(input.text.slice(ev.start, ev.end)).toBe(ev.quote);
    const misses = report.warnings.filter((w) => /(products|chains)\.json/.test(w));
    expect(misses.length).toBeGreaterThan(0);
    // a product of an industry whose section was cut off: the industry is named as not in the plan
    expect(misses.some((w) => /products\.json: entry \d+ \(.+\) field industry: ".+" is not an industry of the plan/.test(w))).toBe(true);
    // a link whose quote was cut off names the section it belongs in, or says the plan has none
    expect(misses.some((w) => /chains\.json: entry \d+ \(.+\): quote not found in the plan, (expected in .+ \/ .+|and the plan has no section for .+): ".+"; link skipped/.test(w))).toBe(true);
    expect(() => importPlan({ ...input, strict: true })).toThrow(CuratedFileError);
  }, 60_000);
});

/** The seeds folder with the plan replaced by `plan` (its curated files as they are). */
async function seedsWith(plan: string | Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "chain-atlas-plan-"));
  await mkdir(path.join(dir, "plans"), { recursive: true });
  await writeFile(path.join(dir, "plans", "cq-sei-14fyp.txt"), plan);
  for (const sub of ["curated", "geo"]) await copyDir(path.join(SEEDS, sub), path.join(dir, sub));
  return dir;
}

async function copyDir(from: string, to: string): Promise<void> {
  const { readdir, stat } = await import("node:fs/promises");
  await mkdir(to, { recursive: true });
  for (const name of await readdir(from).catch(() => [] as string[])) {
    const src = path.join(from, name);
    if ((await stat(src)).isDirectory()) await copyDir(src, path.join(to, name));
    else await copyFile(src, path.join(to, name));
  }
}
