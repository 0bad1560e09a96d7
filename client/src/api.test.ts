import { describe, expect, it } from "vitest";
import { ApiError, createApi, withPlan } from "./api.js";

function fakeFetch(status: number, body: unknown, seen: string[] = []): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    seen.push(String(input));
    const text = typeof body === "string" ? body : JSON.stringify(body);
    return new Response(text, { status, headers: { "content-type": "application/json" } });
  }) as typeof fetch;
}

describe("api client", () => {
  it("encodes node ids in the path", async () => {
    const seen: string[] = [];
    await createApi(fakeFetch(200, { node: {}, edges: [] }, seen)).node("industry:集成电路");
    expect(seen[0]).toBe("/api/nodes/industry%3A%E9%9B%86%E6%88%90%E7%94%B5%E8%B7%AF");
  });

  it("passes type filters", async () => {
    const seen: string[] = [];
    const api = createApi(fakeFetch(200, { nodes: [], edges: [] }, seen));
    await api.graph(["Industry", "District"]);
    await api.graph();
    await api.neighbors("a:b", { depth: 2, types: ["Product"] });
    expect(seen).toEqual(["/api/graph?types=Industry,District", "/api/graph", "/api/nodes/a%3Ab/neighbors?depth=2&types=Product"]);
  });

  it("turns an error body into an ApiError with the server's message", async () => {
    const api = createApi(fakeFetch(404, { error: { code: "not_found", message: "No node industry:x" } }));
    await expect(api.node("industry:x")).rejects.toMatchObject({
      name: "ApiError",
      message: "No node industry:x",
      status: 404,
      code: "not_found",
    });
  });

  it("explains a failed connection and a non-JSON answer", async () => {
    const down = createApi((async () => {
      throw new TypeError("fetch failed");
    }) as typeof fetch);
    await expect(down.health()).rejects.toThrow(/Cannot reach the Chain Atlas server/);
    await expect(createApi(fakeFetch(502, "<html>Bad gateway</html>")).health()).rejects.toBeInstanceOf(ApiError);
    await expect(createApi(fakeFetch(502, "<html>Bad gateway</html>")).health()).rejects.toThrow(/502/);
  });

  it("posts a Cypher query as JSON and keeps the 501 of the memory store readable", async () => {
    const calls: { url: string; init?: RequestInit }[] = [];
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(input), init });
      const body = { error: { code: "not_implemented", message: "Cypher needs the Neo4j store: set NEO4J_URI" } };
      return new Response(JSON.stringify(body), { status: 501, headers: { "content-type": "application/json" } });
    }) as typeof fetch;
    await expect(createApi(fetchImpl).cypher("RETURN 1", { x: 1 })).rejects.toMatchObject({
      status: 501,
      code: "not_implemented",
      message: expect.stringMatching(/NEO4J_URI/),
    });
    expect(calls[0].url).toBe("/api/cypher");
    expect(calls[0].init?.method).toBe("POST");
    expect(JSON.parse(String(calls[0].init?.body))).toEqual({ query: "RETURN 1", params: { x: 1 } });
    expect(new Headers(calls[0].init?.headers).get("content-type")).toBe("application/json");
  });
});

describe("api client: search and plan text", () => {
  it("passes the search query through as typed (Chinese, pinyin, initials), with types and limit", async () => {
    const seen: string[] = [];
    const api = createApi(fakeFetch(200, [], seen));
    await api.search("集成 电路");
    await api.search("jcdl", { types: ["Industry"], limit: 30 });
    expect(seen).toEqual([
      "/api/search?q=%E9%9B%86%E6%88%90%20%E7%94%B5%E8%B7%AF",
      "/api/search?q=jcdl&types=Industry&limit=30",
    ]);
  });

  it("asks for the district boundaries", async () => {
    const seen: string[] = [];
    const geo = await createApi(fakeFetch(200, { type: "FeatureCollection", features: [] }, seen)).geoDistricts();
    expect(seen).toEqual(["/api/geo/districts"]);
    expect(geo.features).toEqual([]);
  });

  it("asks for a plan's text by plan id", async () => {
    const seen: string[] = [];
    await createApi(fakeFetch(200, { planId: "cq-sei-14fyp", text: "", mentions: [] }, seen)).planText("cq-sei-14fyp");
    expect(seen).toEqual(["/api/plans/cq-sei-14fyp/text"]);
  });
});

describe("chain and paths", () => {
  it("encode the industry id and the path query", async () => {
    const urls: string[] = [];
    const fake = (async (url: string) => {
      urls.push(url);
      return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
    }) as unknown as typeof fetch;
    const a = createApi(fake);
    await a.chain("industry:集成电路");
    await a.paths({ from: "industry:集成电路", to: "district:两江新区", k: 3, maxDepth: 4 });
    expect(urls[0]).toBe(`/api/chains/${encodeURIComponent("industry:集成电路")}`);
    expect(urls[1]).toBe(
      `/api/paths?from=${encodeURIComponent("industry:集成电路")}&to=${encodeURIComponent("district:两江新区")}&k=3&maxDepth=4`,
    );
    await a.paths({ from: "a", to: "b" });
    expect(urls[2]).toBe("/api/paths?from=a&to=b");
  });

  it("passes the plan to every call that answers from statements, and to none other", async () => {
    const seen: string[] = [];
    const all = createApi(fakeFetch(200, { nodes: [], edges: [] }, seen));
    const api = withPlan(all, "cd-sei-14fyp");
    expect(withPlan(all, "")).toBe(all);
    expect(withPlan(api, "cd-sei-14fyp")).toBe(api);
    await api.stats();
    await api.graph(["Industry"]);
    await api.node("industry:集成电路");
    await api.neighbors("a:b", { depth: 1 });
    await api.search("芯片", { limit: 5 });
    await api.chain("industry:集成电路");
    await api.paths({ from: "a", to: "b" });
    await api.districtOverlap();
    const planned = seen.splice(0);
    expect(planned).toHaveLength(8);
    for (const url of planned) expect(new URL(url, "http://x").searchParams.get("plan"), url).toBe("cd-sei-14fyp");
    await api.health();
    await api.plans();
    await api.geoDistricts();
    await api.planText("cq-sei-14fyp");
    await all.graph();
    expect(seen.filter((u) => u.includes("plan="))).toEqual([]);
  });
});
