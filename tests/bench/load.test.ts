/**
 * The load bench's smoke run (what `npm test` runs of it) and its parts: the endpoints it picks, and
 * that a failing server is counted as failing, not as fast.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphData } from "../../contract/graph.js";
import { loadPlanGraph } from "../support/plan.js";
import { benchLoad, endpoints, measure, percentile, RATIO_TARGET } from "./load.js";

let plan: GraphData;
beforeAll(async () => {
  plan = await loadPlanGraph();
});

describe("endpoints", () => {
  it("picks two industries of the graph and the store's parameters for each Cypher file", () => {
    const list = endpoints(plan);
    expect(list.map((e) => e.name)).toEqual(["search", "neighbours", "chain", "paths", "overlap", "graph"]);
    const chain = list.find((e) => e.name === "chain")!;
    const id = chain.params.id as string;
    expect(plan.nodes.find((n) => n.id === id)?.type).toBe("Industry");
    expect(chain.path).toBe(`/api/chains/${encodeURIComponent(id)}`);
    const paths = list.find((e) => e.name === "paths")!;
    expect(paths.params.from).not.toBe(paths.params.to);
    expect(list.find((e) => e.name === "graph")!.query).toBe("export");
  });

  it("refuses a graph without two industries", () => {
    expect(() => endpoints({ nodes: plan.nodes.filter((n) => n.type !== "Industry"), edges: [] })).toThrow(/two industries/);
  });
});

describe("measure", () => {
  it("counts error answers as failures", async () => {
    const server = createServer((_req, res) => res.writeHead(500).end("no"));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const m = await measure(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, 2, 0.5);
      expect(m.requests).toBeGreaterThan(0);
      expect(m.failures).toBe(m.requests);
    } finally {
      server.close();
    }
  });

  it("collects each answered request's latency, for a percentile over several runs", async () => {
    const server = createServer((_req, res) => void setTimeout(() => res.end("ok"), 20));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const latencies: number[] = [];
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const a = await measure(url, 2, 0.5, url, undefined, latencies);
      const b = await measure(url, 2, 0.5, url, undefined, latencies);
      expect(latencies.length).toBeGreaterThanOrEqual(a.requests + b.requests - 4); // in flight at the end
      expect(percentile(latencies, 50)).toBeGreaterThanOrEqual(19);
    } finally {
      server.close();
    }
  });
});

describe("percentile", () => {
  it("is the nearest rank", () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 99)).toBeNaN();
  });
});

describe("benchLoad, smoke", () => {
  it("measures search and graph at 1× against a bare handler of the same body", async () => {
    const results = await benchLoad({ smoke: true, graph1x: plan });
    expect(results.map((r) => r.name)).toEqual([
      "API under load, memory 1×: search req/s vs a bare Express handler",
      "API under load, memory 1×: graph req/s vs a bare Express handler",
    ]);
    for (const r of results) {
      expect(r.unit).toBe("×");
      expect(r.target).toBe(`≥ ${RATIO_TARGET}`);
      expect(r.value).toBeGreaterThan(0);
      expect(r.detail?.appFailures).toBe(0);
      expect(r.detail?.bareFailures).toBe(0);
      expect(r.detail?.appRequests).toBeGreaterThan(0);
      expect(r.detail?.connections).toBe(4);
    }
    // the same bytes on both sides: the whole graph is large, a search answer small
    expect(results[1].detail!.bodyBytes as number).toBeGreaterThan(100 * (results[0].detail!.bodyBytes as number));
  }, 60_000);
});
