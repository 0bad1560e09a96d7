// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { ViewTimeoutError, waitForView } from "./waitForView.js";

afterEach(() => {
  document.body.innerHTML = "";
});

const canvas = (ready: boolean, nodes: number) =>
  `<main id="view"><div data-testid="graph-canvas" data-ready="${ready}" data-node-count="${nodes}"></div></main>`;

describe("waiting for a view to be drawn", () => {
  it("resolves once the canvas is ready with nodes, not before", async () => {
    document.body.innerHTML = canvas(false, 0);
    let done = false;
    const wait = waitForView({ view: "chain", districtMode: "map" }, { timeout: 3000 }).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 250));
    expect(done).toBe(false);
    // Ready but empty (the data not yet in) is not drawn either.
    document.body.innerHTML = canvas(true, 0);
    await new Promise((r) => setTimeout(r, 250));
    expect(done).toBe(false);
    document.body.innerHTML = canvas(true, 42);
    await wait;
    expect(done).toBe(true);
  });

  it("waits for the district map's shapes in map mode, and for the plan text in the reader", async () => {
    document.body.innerHTML = '<svg data-testid="district-map" data-district-count="38"></svg>';
    await expect(waitForView({ view: "districts", districtMode: "map" }, { timeout: 2000 })).resolves.toBeUndefined();
    document.body.innerHTML = '<div data-testid="reader-text">一、发展基础</div>';
    await expect(waitForView({ view: "reader", districtMode: "map" }, { timeout: 2000 })).resolves.toBeUndefined();
  });

  it("gives up after the timeout, saying what it waited for", async () => {
    document.body.innerHTML = canvas(false, 10);
    const err = await waitForView({ view: "overview", districtMode: "map" }, { timeout: 300 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ViewTimeoutError);
    expect(String(err)).toContain("graph");
  });

  it("stops when aborted", async () => {
    document.body.innerHTML = canvas(false, 10);
    const ctl = new AbortController();
    const wait = waitForView({ view: "overview", districtMode: "map" }, { timeout: 5000, signal: ctl.signal });
    ctl.abort(new Error("left story mode"));
    await expect(wait).rejects.toThrow("left story mode");
  });
});
