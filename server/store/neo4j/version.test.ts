import { describe, expect, it } from "vitest";
import { memoFor } from "./version.js";

describe("memoFor", () => {
  it("fetches once per ttl, shared by concurrent callers", async () => {
    let t = 0;
    let fetched = 0;
    const v = memoFor(1000, async () => `v${++fetched}`, () => t);
    expect(await Promise.all([v.read(), v.read(), v.read()])).toEqual(["v1", "v1", "v1"]);
    t = 999;
    expect(await v.read()).toBe("v1");
    t = 1000;
    expect(await v.read()).toBe("v2");
    expect(fetched).toBe(2);
  });

  it("asks again at once after forget (a load through this store)", async () => {
    let fetched = 0;
    const v = memoFor(1000, async () => `v${++fetched}`, () => 0);
    expect(await v.read()).toBe("v1");
    v.forget();
    expect(await v.read()).toBe("v2");
  });

  it("keeps no failure", async () => {
    let fail = true;
    const v = memoFor(1000, async () => {
      if (fail) throw new Error("down");
      return "up";
    }, () => 0);
    await expect(v.read()).rejects.toThrow("down");
    fail = false;
    expect(await v.read()).toBe("up");
  });
});
