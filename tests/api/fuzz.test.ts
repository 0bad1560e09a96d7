/** The API fuzzed from its own OpenAPI document on the memory store (tests/support/fuzzApi.ts). */
import { describe, it } from "vitest";
import { createMemoryStore } from "../../server/store/memory.js";
import { fuzzApi } from "../support/fuzzApi.js";
import { loadPlan } from "../support/plan.js";

describe("the API fuzzed from its own document (memory store)", () => {
  it("answers every request with a documented status and a body that fits, never a 5xx it does not list", async () => {
    const store = createMemoryStore();
    await store.load((await loadPlan()).graph);
    await fuzzApi(store, 400, 20261128);
  }, 120_000);
});
