import { describe, expect, it } from "vitest";
import { ApiError, createApi } from "./api.js";

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
});
