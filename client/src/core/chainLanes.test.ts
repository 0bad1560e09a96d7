import { describe, expect, it } from "vitest";
import type { Chain, ChainLink } from "../../../contract/api.js";
import { assignLanes, columnX, laneColumns, membersOf } from "./chainLanes.js";
import { CHAIN_GEOMETRY, sidedLinks } from "./chainModel.js";

const none = { projects: [], platforms: [], districts: [] };
const link = (from: string, to: string, backing: ChainLink["backing"] = none): ChainLink =>
  ({ edgeId: `${from}->${to}`, level: "product", from, to, backing }) as ChainLink;

const chain = {
  industry: "industry:I",
  directions: ["direction:I/d"],
  products: ["product:a", "product:b", "product:c", "product:lone"],
  upstream: [link("product:up", "product:a"), link("product:b", "product:a")],
  internal: [link("product:a", "product:b", { ...none, projects: ["project:p"] })],
  downstream: [link("product:b", "product:down", { ...none, projects: ["project:p"], districts: ["district:k"] })],
} as unknown as Chain;

describe("chain lanes", () => {
  it("gives each node one lane: industry, then products, upstream, downstream, then backing", () => {
    const lane = assignLanes(chain, sidedLinks(chain), false);
    expect(Object.fromEntries(lane)).toEqual({
      "industry:I": "industry",
      "direction:I/d": "industry",
      "product:a": "products",
      "product:b": "products",
      "product:up": "upstream",
      "product:down": "downstream",
      "project:p": "backing",
      "district:k": "backing",
    });
    expect(membersOf(lane, "products")).toEqual(["product:a", "product:b"]);
  });

  it("adds the products in no link only when asked", () => {
    expect(assignLanes(chain, sidedLinks(chain), false).has("product:lone")).toBe(false);
    expect(assignLanes(chain, sidedLinks(chain), true).get("product:lone")).toBe("products");
  });

  it("makes the product lane a column per FEEDS layer, and a grid of two for unlinked products", () => {
    const links = sidedLinks(chain);
    const cols = laneColumns(["product:a", "product:b"], chain.internal, links);
    expect(cols.productCols).toBe(2);
    expect(cols.unlinked).toEqual([]);
    const g = CHAIN_GEOMETRY;
    expect(cols.lanes).toEqual({
      upstream: { x1: 0, cols: 1 },
      industry: { x1: g.laneGap, cols: 1 },
      products: { x1: 2 * g.laneGap, cols: 2 },
      downstream: { x1: 3 * g.laneGap + g.columnGap, cols: 1 },
    });
    expect(columnX(cols, "products", 1)).toBe(2 * g.laneGap + g.columnGap);
    const withLone = laneColumns(["product:lone"], [], links);
    expect(withLone).toMatchObject({ productCols: 1, unlinked: ["product:lone"], gridCols: 2 });
  });
});
