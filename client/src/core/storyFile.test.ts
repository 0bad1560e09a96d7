import { decompressFromEncodedURIComponent } from "lz-string";
import { describe, expect, it } from "vitest";
import { EMPTY_STORY, STORY_FORMAT, STORY_VERSION, type Story } from "./story.js";
import { decodeStoryLink, encodeStoryLink, migrate, readStory, readStoryFile, storyFileName, storyLink, writeStoryFile } from "./storyFile.js";

const PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

const sample: Story = {
  format: STORY_FORMAT,
  version: STORY_VERSION,
  title: "重庆战略性新兴产业 · 汇报",
  scenes: [
    { id: "s1", title: "概览 · 集成电路", note: "先看**全局**：33 个产业。\n\n- 上游\n- 下游", query: "?node=industry:集成电路&lang=zh", lang: "zh", thumbnail: PNG },
    { id: "s2", title: "Chain · Integrated circuits", note: "The gap: 碳化硅 substrates.", query: "?view=chain&industry=industry:集成电路&gap=e1&lang=en", lang: "en" },
    { id: "s3", title: "区县 · 沙坪坝区", note: "", query: "?view=districts&district=district:沙坪坝区&lang=zh", lang: "zh" },
  ],
};

describe("story files", () => {
  it("round-trips a story, Chinese titles and notes and thumbnails intact", () => {
    const read = readStoryFile(writeStoryFile(sample));
    expect(read).toEqual({ ok: true, story: sample });
  });

  it("reads a file with a byte-order mark, and drops fields it does not know", () => {
    const text = JSON.stringify({ ...sample, extra: 1, scenes: sample.scenes.map((s) => ({ ...s, colour: "red" })) });
    const read = readStoryFile(`\ufeff${text}`);
    expect(read).toEqual({ ok: true, story: sample });
  });

  it("says a text that is not JSON is not JSON", () => {
    expect(readStoryFile("not json {")).toEqual({ ok: false, problem: { kind: "not-json" } });
    expect(readStoryFile("")).toEqual({ ok: false, problem: { kind: "not-json" } });
  });

  it("says JSON without the story format is not a story", () => {
    for (const text of ["[]", "null", "42", '"story"', '{"nodes":[],"edges":[]}', '{"format":"chain-atlas-graph","version":1}']) {
      expect(readStoryFile(text), text).toEqual({ ok: false, problem: { kind: "not-story" } });
    }
  });

  it("says a newer version is newer, with its number", () => {
    expect(readStoryFile(JSON.stringify({ ...sample, version: 3 }))).toEqual({ ok: false, problem: { kind: "newer", version: 3 } });
  });

  it("names the field that is wrong", () => {
    const bad = (patch: object) => readStoryFile(JSON.stringify({ ...sample, ...patch }));
    expect(bad({ version: "1" })).toEqual({ ok: false, problem: { kind: "invalid", field: "version" } });
    expect(bad({ version: 0 })).toEqual({ ok: false, problem: { kind: "invalid", field: "version" } });
    expect(bad({ title: 7 })).toEqual({ ok: false, problem: { kind: "invalid", field: "title" } });
    expect(bad({ scenes: {} })).toEqual({ ok: false, problem: { kind: "invalid", field: "scenes" } });
    const scenes = (i: number, patch: object) => sample.scenes.map((s, k) => (k === i ? { ...s, ...patch } : s));
    expect(bad({ scenes: scenes(2, { lang: "fr" }) })).toEqual({ ok: false, problem: { kind: "invalid", field: "scenes[2].lang" } });
    expect(bad({ scenes: scenes(1, { query: "view=chain" }) })).toEqual({ ok: false, problem: { kind: "invalid", field: "scenes[1].query" } });
    expect(bad({ scenes: scenes(0, { note: undefined }) })).toEqual({ ok: false, problem: { kind: "invalid", field: "scenes[0].note" } });
    expect(bad({ scenes: scenes(1, { id: "s1" }) })).toEqual({ ok: false, problem: { kind: "invalid", field: "scenes[1].id" } });
  });

  it("drops a thumbnail that is not a picture rather than showing it", () => {
    const read = readStoryFile(JSON.stringify({ ...sample, scenes: [{ ...sample.scenes[0], thumbnail: "javascript:alert(1)" }] }));
    expect(read.ok && read.story.scenes[0]).toEqual({ ...sample.scenes[0], thumbnail: undefined });
    expect(read.ok && "thumbnail" in read.story.scenes[0]!).toBe(false);
  });

  it("brings an older version up through the migration steps, in order", () => {
    const steps = { 0: (raw: Record<string, unknown>) => ({ ...raw, title: `${String(raw.name)}` }) };
    const old = { format: STORY_FORMAT, version: 0, name: "旧故事", scenes: [] };
    expect(migrate(old, 0, steps)).toMatchObject({ version: STORY_VERSION, title: "旧故事" });
    // Version 0 never shipped: a file claiming it is read as invalid rather than guessed at.
    expect(readStory(old)).toEqual({ ok: false, problem: { kind: "invalid", field: "version" } });
  });

  it("names the file after the story's title, without characters file systems refuse", () => {
    expect(storyFileName({ title: "重庆 汇报" })).toBe("重庆 汇报.chain-atlas.json");
    expect(storyFileName({ title: 'a/b:c*?"<>|d' })).toBe("a b c d.chain-atlas.json");
    expect(storyFileName({ title: "  " })).toBe("story.chain-atlas.json");
    expect(storyFileName({ title: "..hidden" }, ".pptx")).toBe("hidden.pptx");
  });
});

describe("story links", () => {
  it("round-trip the story without its thumbnails, Chinese intact", () => {
    const param = encodeStoryLink(sample);
    expect(param).toMatch(/^[A-Za-z0-9+\-$_]+$/);
    const read = decodeStoryLink(param);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.story.title).toBe(sample.title);
    expect(read.story.scenes.map((s) => s.thumbnail)).toEqual([undefined, undefined, undefined]);
    expect(read.story.scenes).toEqual(sample.scenes.map(({ thumbnail: _t, ...s }) => s));
  });

  it("stay short: three scenes well under 2,000 characters", () => {
    expect(storyLink("https://atlas.example/", sample).length).toBeLessThan(2000);
    expect(JSON.parse(decompressFromEncodedURIComponent(encodeStoryLink(sample))).scenes[0].thumbnail).toBeUndefined();
  });

  it("say a damaged link is damaged, and check a whole one as a file", () => {
    expect(decodeStoryLink("")).toEqual({ ok: false, problem: { kind: "bad-link" } });
    expect(decodeStoryLink("%%%")).toEqual({ ok: false, problem: { kind: "bad-link" } });
    expect(decodeStoryLink(encodeStoryLink(sample).slice(0, 40))).toMatchObject({ ok: false });
    const newer = encodeStoryLink({ ...sample, version: 9 } as Story);
    // encodeStoryLink writes this build's version whatever the story says: a link is always readable here.
    expect(decodeStoryLink(newer).ok).toBe(true);
    expect(encodeStoryLink(EMPTY_STORY).length).toBeLessThan(100);
  });
});
