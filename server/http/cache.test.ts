import { describe, expect, it } from "vitest";
import { cacheKey, cachedBody, createBodyCache, graphVersion } from "./cache.js";

const body = (text: string) => async () => cachedBody(text, "application/json; charset=utf-8");

describe("createBodyCache", () => {
  it("computes a key once per version and serves the same bytes after", async () => {
    const cache = createBodyCache();
    let computed = 0;
    const compute = async () => (computed++, cachedBody('{"a":1}', "application/json"));
    const first = await cache.get("k", "v1", compute);
    const second = await cache.get("k", "v1", compute);
    expect(computed).toBe(1);
    expect(second.body).toBe(first.body);
    expect(second.body.toString()).toBe('{"a":1}');
    expect(cache.stats()).toMatchObject({ entries: 1, hits: 1, misses: 1, version: "v1" });
  });

  it("drops every entry when a new version is seen", async () => {
    const cache = createBodyCache();
    await cache.get("a", "v1", body("1"));
    await cache.get("b", "v1", body("2"));
    const again = await cache.get("a", "v2", body("3"));
    expect(again.body.toString()).toBe("3");
    expect(cache.stats()).toMatchObject({ entries: 1, version: "v2" });
  });

  it("shares one computation among concurrent misses of a key", async () => {
    const cache = createBodyCache();
    let computed = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const compute = async () => {
      computed++;
      await gate;
      return cachedBody("x", "text/plain");
    };
    const all = Promise.all(Array.from({ length: 8 }, () => cache.get("k", "v", compute)));
    release();
    const got = await all;
    expect(computed).toBe(1);
    expect(new Set(got).size).toBe(1);
  });

  it("keeps no failure: the next request computes again", async () => {
    const cache = createBodyCache();
    await expect(cache.get("k", "v", () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    expect((await cache.get("k", "v", body("ok"))).body.toString()).toBe("ok");
  });

  it("does not keep an answer computed for a version that was replaced meanwhile", async () => {
    const cache = createBodyCache();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const old = cache.get("k", "v1", async () => (await gate, cachedBody("old", "text/plain")));
    await cache.get("other", "v2", body("new graph"));
    release();
    expect((await old).body.toString()).toBe("old"); // answered to its own request
    expect((await cache.get("k", "v2", body("fresh"))).body.toString()).toBe("fresh");
  });

  it("evicts the least recently used entry past maxEntries", async () => {
    const cache = createBodyCache({ maxEntries: 2 });
    await cache.get("a", "v", body("a"));
    await cache.get("b", "v", body("b"));
    await cache.get("a", "v", body("a again")); // a is now the most recent
    await cache.get("c", "v", body("c"));
    expect((await cache.get("a", "v", body("a recomputed"))).body.toString()).toBe("a");
    expect((await cache.get("b", "v", body("b recomputed"))).body.toString()).toBe("b recomputed");
  });

  it("bounds the bytes kept, and serves without keeping a body over the bound", async () => {
    const cache = createBodyCache({ maxBytes: 10 });
    await cache.get("a", "v", body("123456"));
    await cache.get("b", "v", body("abcdef")); // 12 bytes: a goes
    expect(cache.stats()).toMatchObject({ entries: 1, bytes: 6 });
    expect((await cache.get("big", "v", body("x".repeat(11)))).body.length).toBe(11);
    expect(cache.stats()).toMatchObject({ entries: 1, bytes: 6 });
  });
});

describe("cachedBody", () => {
  it("carries a strong ETag that follows the bytes", () => {
    const a = cachedBody('{"a":1}', "application/json");
    expect(a.etag).toMatch(/^"[0-9a-f]+-[\w-]+"$/);
    expect(cachedBody('{"a":1}', "application/json").etag).toBe(a.etag);
    expect(cachedBody('{"a":2}', "application/json").etag).not.toBe(a.etag);
  });
});

describe("cacheKey", () => {
  it("ignores the order of parameters and absent values, not their values", () => {
    const k = cacheKey("/api/graph", { query: { types: ["Industry"], plan: undefined } });
    expect(cacheKey("/api/graph", { query: { plan: undefined, types: ["Industry"] } })).toBe(k);
    expect(cacheKey("/api/graph", { query: { types: ["Industry"] } })).toBe(k);
    expect(cacheKey("/api/graph", { query: { types: ["District"] } })).not.toBe(k);
    expect(cacheKey("/api/stats", { query: { types: ["Industry"] } })).not.toBe(k);
  });
});

describe("graphVersion", () => {
  it("uses the store's version when it has one", async () => {
    const v = graphVersion({ version: async () => "run-7" });
    expect(await v!()).toBe("run-7");
  });

  it("is none for a store that cannot tell: nothing is cached then", () => {
    expect(graphVersion({})).toBeUndefined();
  });
});
