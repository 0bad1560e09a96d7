/** buildChain on a small hand-made chain (testing.ts): links, backing, gaps and what it returns. */
import { describe, expect, it } from "vitest";
import { edgeId } from "../../contract/graph.js";
import { NotFoundError } from "./errors.js";
import { buildChain } from "./chain.js";
import {
  A,
  appliance,
  auto,
  B,
  C,
  chainGraph as graph,
  d,
  j1,
  jb,
  jc,
  k1,
  k2,
  l1,
  l2,
  lab,
  power,
  sensor,
  sic,
  silicon,
} from "./testing.js";

const chain = buildChain(graph, A);
const link = (from: string, to: string) => (from.startsWith("industry:") ? edgeId("SUPPLIES", from, to) : edgeId("FEEDS", from, to));

describe("buildChain", () => {
  it("gathers the industry's directions, products, projects, platforms and districts", () => {
    expect(chain.industry).toBe(A);
    expect(chain.directions).toEqual([d]);
    expect(chain.products).toEqual([sensor, power, sic]);
    expect(chain.projects).toEqual([j1]);
    expect(chain.platforms).toEqual([lab]);
    expect(chain.districts).toEqual([k1, k2, l1, l2]);
  });

  it("sorts links into upstream, internal and downstream, at industry and product level", () => {
    const ends = (links: typeof chain.upstream) => links.map((l) => [l.level, l.from, l.to]);
    expect(ends(chain.upstream)).toEqual([
      ["product", silicon, sic],
      ["industry", B, A],
    ]);
    expect(ends(chain.internal)).toEqual([["product", sic, power]]);
    expect(ends(chain.downstream)).toEqual([
      ["product", sensor, appliance], // by edge id: 传 before 功
      ["product", power, auto],
      ["industry", A, C],
    ]);
  });

  it("backs a product link with the projects involving either end, the platforms naming one, and where they are", () => {
    const backing = (l: string) => [...chain.upstream, ...chain.internal, ...chain.downstream].find((x) => x.edgeId === l)!.backing;
    expect(backing(link(silicon, sic))).toEqual({ projects: [j1], platforms: [], districts: [l1] });
    expect(backing(link(sic, power))).toEqual({ projects: [j1, jb], platforms: [lab], districts: [l1, l2] });
    expect(backing(link(power, auto))).toEqual({ projects: [jb, jc], platforms: [lab], districts: [l2] });
  });

  it("backs an industry link with shared key districts and the other industry's projects on the chain's products", () => {
    const up = chain.upstream.find((l) => l.level === "industry")!;
    expect(up.backing).toEqual({ projects: [jb], platforms: [], districts: [k2] });
    const down = chain.downstream.find((l) => l.level === "industry")!;
    expect(down.backing).toEqual({ projects: [], platforms: [], districts: [] });
  });

  it("reports the links with nothing behind them as gaps, in words", () => {
    expect(chain.gaps).toEqual([
      {
        edgeId: link(sensor, appliance),
        from: sensor,
        to: appliance,
        reason: "no project involves 传感器 or 家电, no platform of A names them, no district",
      },
      {
        edgeId: link(A, C),
        from: A,
        to: C,
        reason: "A and C share no key district, and no project of C involves a product of A",
      },
    ]);
  });

  it("returns exactly the nodes and edges it used, sorted by id", () => {
    const sorted = (xs: string[]) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const edgeIds = chain.edges.map((x) => x.id);
    expect(edgeIds).toEqual(sorted(edgeIds));
    expect(new Set(edgeIds)).toEqual(
      new Set([
        edgeId("HAS_DIRECTION", A, d),
        edgeId("COVERS", A, sic),
        edgeId("COVERS", d, power),
        edgeId("COVERS", d, sensor),
        edgeId("HAS_PROJECT", A, j1),
        edgeId("HAS_PLATFORM", A, lab),
        edgeId("KEY_DISTRICT", A, k1),
        edgeId("KEY_DISTRICT", A, k2),
        edgeId("LOCATED_IN", j1, l1),
        edgeId("LOCATED_IN", lab, l2),
        link(silicon, sic),
        link(sic, power),
        link(power, auto),
        link(sensor, appliance),
        link(B, A),
        link(A, C),
        edgeId("INVOLVES", j1, sic),
        edgeId("INVOLVES", jb, power),
        edgeId("INVOLVES", jc, auto),
        edgeId("KEY_DISTRICT", B, k2),
        edgeId("HAS_PROJECT", B, jb),
      ]),
    );
    const nodeIds = chain.nodes.map((x) => x.id);
    expect(nodeIds).toEqual(sorted(nodeIds));
    expect(new Set(nodeIds)).toEqual(
      new Set([A, B, C, d, sic, power, sensor, silicon, auto, appliance, j1, jb, jc, lab, k1, k2, l1, l2]),
    );
  });

  it("throws NotFoundError for an unknown id or a node that is not an industry", () => {
    expect(() => buildChain(graph, "industry:nope")).toThrow(NotFoundError);
    expect(() => buildChain(graph, k1)).toThrow(NotFoundError);
  });
});
