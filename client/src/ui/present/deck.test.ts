/**
 * The deck built in Node by the real pptxgenjs, from real PNGs, then unzipped and read as
 * PowerPoint would: the slides, their pictures, their notes, the Chinese text, the 16:9 size.
 */
import { crc32, deflateSync } from "node:zlib";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildDeck, PPTX_TYPE, type DeckSlide } from "./deck.js";

/** A real PNG, `width` × `height`, a left-to-right gradient of `rgb`: signature, IHDR, IDAT, IEND. */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    for (let x = 0; x < width; x++) rows.push(...rgb.map((c) => Math.round((c * x) / width)));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.from(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const slide = (title: string, note: string, w: number, h: number, rgb: [number, number, number]): DeckSlide => ({
  title,
  note,
  png: new Blob([new Uint8Array(png(w, h, rgb))], { type: "image/png" }),
  width: w,
  height: h,
});

const SLIDES: DeckSlide[] = [
  slide("集成电路产业链全景", "先看**上游**：晶圆与材料。\n- 两江新区\n- 西永微电园", 288, 180, [200, 80, 90]),
  { ...slide("Gaps in the chain", "Three links have no project: see [the plan](https://example.org/plan).", 256, 144, [40, 120, 200]), lang: "en" },
  slide("重庆区县分布", "地图：颜色越深，重点产业越多。", 78, 169, [60, 160, 120]),
];

async function unzip(blob: Blob): Promise<JSZip> {
  return JSZip.loadAsync(await blob.arrayBuffer());
}

const read = (zip: JSZip, name: string) => zip.file(name)!.async("string");

describe("buildDeck", () => {
  it("writes a 16:9 deck: a title slide and one slide per scene, titles as Chinese text", async () => {
    const blob = await buildDeck({ title: "重庆集成电路汇报", subtitle: "重庆市制造业高质量发展规划", lang: "zh", slides: SLIDES, date: new Date(2025, 6, 2) });
    expect(blob.type).toBe(PPTX_TYPE);
    const zip = await unzip(blob);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides.sort()).toEqual(["ppt/slides/slide1.xml", "ppt/slides/slide2.xml", "ppt/slides/slide3.xml", "ppt/slides/slide4.xml"]);

    const presentation = await read(zip, "ppt/presentation.xml");
    const [, cx, cy] = presentation.match(/<p:sldSz cx="(\d+)" cy="(\d+)"/)!;
    expect(Number(cx) / Number(cy)).toBeCloseTo(16 / 9, 3);

    const title = await read(zip, "ppt/slides/slide1.xml");
    expect(title).toContain("重庆集成电路汇报");
    expect(title).toContain("重庆市制造业高质量发展规划");
    expect(title).toContain("2025年7月2日 · 共 3 个场景");
    expect(title).toContain('lang="zh-CN"');
    expect(title).toContain('typeface="Microsoft YaHei"');
    expect(title).not.toContain("<p:pic>");

    for (const [i, s] of SLIDES.entries()) {
      const xml = await read(zip, `ppt/slides/slide${i + 2}.xml`);
      expect(xml).toContain(`<a:t>${s.title}</a:t>`);
      expect(xml).toContain(`lang="${s.lang === "en" ? "en-US" : "zh-CN"}"`);
      expect(xml).toContain("<p:pic>");
      // the picture is a media file of the deck, the same bytes, drawn in the picture's proportions
      const rels = await read(zip, `ppt/slides/_rels/slide${i + 2}.xml.rels`);
      const target = rels.match(/Target="\.\.\/media\/([^"]+)"/)![1];
      const media = await zip.file(`ppt/media/${target}`)!.async("uint8array");
      expect(Buffer.from(media).equals(Buffer.from(await s.png.arrayBuffer()))).toBe(true);
      const pic = xml.slice(xml.indexOf("<p:pic>"));
      const [, w, h] = pic.match(/<a:ext cx="(\d+)" cy="(\d+)"/)!;
      expect(Number(w) / Number(h)).toBeCloseTo(s.width / s.height, 2);
    }
  });

  it("puts each note, as plain text, in its slide's speaker notes", async () => {
    const zip = await unzip(await buildDeck({ title: "Story", lang: "en", slides: SLIDES }));
    const notes = await Promise.all([2, 3, 4].map((n) => read(zip, `ppt/notesSlides/notesSlide${n}.xml`)));
    expect(notes[0]).toContain("先看上游：晶圆与材料。");
    expect(notes[0]).toContain("• 两江新区");
    expect(notes[0]).not.toContain("**");
    expect(notes[1]).toContain("Three links have no project: see the plan (https://example.org/plan).");
    expect(notes[2]).toContain("地图：颜色越深，重点产业越多。");
    const first = await read(zip, "ppt/slides/slide1.xml");
    expect(first).toContain("Story");
    expect(first).toContain("3 scenes");
  });

  it("names an untitled story and scene in the deck's language", async () => {
    const zip = await unzip(await buildDeck({ title: " ", lang: "zh", slides: [{ ...SLIDES[0], title: "" }] }));
    expect(await read(zip, "ppt/slides/slide1.xml")).toContain("未命名故事");
    expect(await read(zip, "ppt/slides/slide2.xml")).toContain("场景 1");
  });
});
