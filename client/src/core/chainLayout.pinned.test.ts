/**
 * Pins the whole chain layout of a real chain (集成电路, taken from the imported plan with evidence
 * dropped) so that a refactoring of core/chainLayout shows any change of position, label or edge.
 * After an intended change, review the diff and update with `npx vitest run -u`.
 */
import { describe, expect, it } from "vitest";
import type { Chain } from "../../../contract/api.js";
import chain from "./__fixtures__/chain-ic.json";
import { chainLayout, type ChainLayout } from "./chainLayout.js";
import type { Lang } from "./names.js";

/** One line per node, edge, lane and divider: a failing run shows which element moved. */
function lines(layout: ChainLayout): string {
  const { elements, lanes, dividers } = layout;
  return [...elements.nodes, ...elements.edges, ...lanes, ...dividers].map((x) => JSON.stringify(x)).join("\n") + "\n";
}

describe("chain layout of the real 集成电路 chain", () => {
  it.each<[Lang, { allProducts?: boolean }]>([
    ["zh", {}],
    ["en", { allProducts: true }],
  ])("is unchanged (%s, %o)", async (lang, opts) => {
    const name = `chainLayout-ic-${lang}${opts.allProducts ? "-all" : ""}.txt`;
    await expect(lines(chainLayout(chain as unknown as Chain, lang, opts))).toMatchFileSnapshot(`./__snapshots__/${name}`);
  });
});
