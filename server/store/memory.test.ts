/** The memory store's queries on a small graph: wiring of the domain functions and the errors. */
import { describe, expect, it } from "vitest";
import { edgeId, nodeId, type GraphData, type NodeType } from "../../contract/graph.js";
import { e, n as named } from "../domain/testing.js";
import { NotFoundError, NotImplementedError } from "../domain/errors.js";
import { createMemoryStore } from "./memory.js";

const n = (type: NodeType, name: string) => named(type, nodeId(type, name), name);

const graph: GraphData = {
  nodes: [n("Industry", "集成电路"), n("Industry", "新型显示"), n("District", "两江新区"), n("District", "璧山区"), n("Product", "驱动芯片")],
  edges: [
    e("KEY_DISTRICT", "industry:集成电路", "district:两江新区"),
    e("KEY_DISTRICT", "industry:新型显示", "district:两江新区"),
    e("KEY_DISTRICT", "industry:新型显示", "district:璧山区"),
    e("SUPPLIES", "industry:集成电路", "industry:新型显示"),
    e("COVERS", "industry:集成电路", "product:驱动芯片"),
  ],
};

async function loaded(data = graph) {
  const store = createMemoryStore();
  await store.load(data);
  return store;
}

describe("memory store queries", () => {
  it("searches the loaded graph, and the graph loaded after it", async () => {
    const store = await loaded();
    expect((await store.search("两江", { limit: 5 })).map((h) => h.id)).toEqual(["district:两江新区"]);
    await store.load({ nodes: [n("District", "璧山区")], edges: [] });
    expect(await store.search("两江", { limit: 5 })).toEqual([]);
  });

  it("builds an industry's chain and refuses other nodes", async () => {
    const store = await loaded();
    const chain = await store.chain("industry:集成电路");
    expect(chain.downstream.map((l) => l.edgeId)).toEqual([edgeId("SUPPLIES", "industry:集成电路", "industry:新型显示")]);
    expect(chain.downstream[0].backing.districts).toEqual(["district:两江新区"]);
    await expect(store.chain("district:两江新区")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("answers paths with whole nodes and edges, and NotFoundError for unknown ends", async () => {
    const store = await loaded();
    const { paths } = await store.paths("product:驱动芯片", "district:璧山区", { k: 3, maxDepth: 4 });
    expect(paths[0].nodes.map((x) => x.name)).toEqual(["驱动芯片", "集成电路", "新型显示", "璧山区"]);
    expect(paths[0].edges.map((x) => x.type)).toEqual(["COVERS", "SUPPLIES", "KEY_DISTRICT"]);
    expect(paths.map((p) => p.nodes.length)).toEqual([4, 5]);
    await expect(store.paths("district:nowhere", "district:璧山区", { k: 1, maxDepth: 2 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.paths("district:璧山区", "district:nowhere", { k: 1, maxDepth: 2 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("compares districts by their industries", async () => {
    const overlap = await (await loaded()).districtOverlap();
    expect(overlap.districts).toEqual(["district:两江新区", "district:璧山区"]);
    expect(overlap.pairs).toEqual([{ a: "district:两江新区", b: "district:璧山区", shared: ["industry:新型显示"], jaccard: 0.5 }]);
  });

  it("has no Cypher console", async () => {
    await expect((await loaded()).cypher("MATCH (n) RETURN n", {})).rejects.toThrow(NotImplementedError);
    await expect((await loaded()).cypher("RETURN 1", {})).rejects.toThrow(/NEO4J_URI/);
  });
});
