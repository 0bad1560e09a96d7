import { describe, expect, it } from "vitest";
import type { SearchHit } from "../../../contract/api.js";
import { groupHits, highlightParts, moveActive, searchQuery, selectHit } from "./search.js";
import { DEFAULT_STATE } from "./viewState.js";

const hit = (id: string, type: SearchHit["type"], score: number): SearchHit => ({
  id,
  type,
  name: id.split(":")[1],
  score,
  snippet: "",
});

describe("search", () => {
  it("sends the trimmed query, or nothing", () => {
    expect(searchQuery("  集成电路 ")).toBe("集成电路");
    expect(searchQuery("   ")).toBeNull();
    expect(searchQuery("x".repeat(150))).toHaveLength(100);
  });

  it("groups hits by type in the order of each type's best hit", () => {
    const hits = [
      hit("industry:集成电路", "Industry", 9),
      hit("platform:集成电路创新研究院", "Platform", 8),
      hit("project:集成电路零部件生产基地", "Project", 7),
      hit("platform:西永实验室", "Platform", 3),
      hit("industry:新型显示", "Industry", 2),
    ];
    const { groups, flat } = groupHits(hits);
    expect(groups.map((g) => g.type)).toEqual(["Industry", "Platform", "Project"]);
    expect(groups.map((g) => g.hits.map((h) => h.index))).toEqual([[0, 1], [2, 3], [4]]);
    expect(flat.map((h) => h.id)).toEqual([
      "industry:集成电路",
      "industry:新型显示",
      "platform:集成电路创新研究院",
      "platform:西永实验室",
      "project:集成电路零部件生产基地",
    ]);
    expect(groupHits([])).toEqual({ groups: [], flat: [] });
  });

  it("moves through the options with wrap-around", () => {
    expect(moveActive(-1, 1, 3)).toBe(0);
    expect(moveActive(-1, -1, 3)).toBe(2);
    expect(moveActive(0, 1, 3)).toBe(1);
    expect(moveActive(2, 1, 3)).toBe(0);
    expect(moveActive(0, -1, 3)).toBe(2);
    expect(moveActive(5, 1, 3)).toBe(0);
    expect(moveActive(0, 1, 0)).toBe(-1);
  });

  it("marks the literal occurrences of the query", () => {
    expect(highlightParts("集成电路创新研究院", "集成电路")).toEqual([
      { text: "集成电路", match: true },
      { text: "创新研究院", match: false },
    ]);
    expect(highlightParts("AMOLED 与 amoled", "amoled")).toEqual([
      { text: "AMOLED", match: true },
      { text: " 与 ", match: false },
      { text: "amoled", match: true },
    ]);
    expect(highlightParts("集成电路", "jcdl")).toEqual([{ text: "集成电路", match: false }]);
    expect(highlightParts("", "x")).toEqual([{ text: "", match: false }]);
  });

  it("selects the picked node, shows its type, and leaves the Cypher console for the overview", () => {
    const hidden = { ...DEFAULT_STATE, types: ["Industry" as const] };
    const s = selectHit({ id: "platform:西永实验室", type: "Platform" })(hidden);
    expect(s.selected).toBe("platform:西永实验室");
    expect(s.types).toEqual(["Industry", "Platform"]);
    expect(s.view).toBe("overview");
    expect(selectHit({ id: "industry:集成电路", type: "Industry" })({ ...DEFAULT_STATE, view: "cypher" }).view).toBe("overview");
  });
});
