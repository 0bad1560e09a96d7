// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SearchHit } from "../../../contract/api.js";
import type { GraphNode } from "../../../contract/graph.js";
import type { Lang } from "../core/names.js";
import { ApiProvider } from "./apiContext.js";
import { LangProvider } from "./i18n.js";
import { SearchBox } from "./SearchBox.js";
import { fakeApi, type Routes } from "./testing/fakeApi.js";

afterEach(cleanup);

const HITS: SearchHit[] = [
  { id: "industry:集成电路", type: "Industry", name: "集成电路", score: 9, snippet: "集成电路" },
  { id: "product:碳化硅", type: "Product", name: "碳化硅", score: 5, snippet: "化合物半导体 碳化硅" },
  { id: "industry:新型显示", type: "Industry", name: "新型显示", score: 3, snippet: "新型显示" },
];

function renderSearch(routes: Routes, lang: Lang = "en", lookup?: (id: string) => GraphNode | undefined) {
  const fake = fakeApi(routes);
  const onPick = vi.fn();
  render(
    <LangProvider lang={lang}>
      <ApiProvider api={fake.api}>
        <SearchBox onPick={onPick} lookup={lookup} />
      </ApiProvider>
    </LangProvider>,
  );
  const input = screen.getByTestId("search-input");
  return { ...fake, onPick, input, type: (q: string) => fireEvent.change(input, { target: { value: q } }) };
}

describe("SearchBox", () => {
  it("asks the server as typed and shows its hits grouped by type, best group first", async () => {
    const s = renderSearch({ "/api/search": () => ({ body: HITS }) });
    s.type("jc");
    const options = await screen.findAllByTestId("search-result");
    expect(s.calls).toEqual(["/api/search?q=jc&limit=30"]);
    // The second Industry hit joins the first one's group, ahead of the Product.
    expect(options.map((o) => o.dataset.nodeId)).toEqual(["industry:集成电路", "industry:新型显示", "product:碳化硅"]);
    const groups = screen.getAllByRole("group");
    expect(groups.map((g) => within(g).getAllByRole("option").length)).toEqual([2, 1]);
    expect(screen.getByRole("group", { name: /Industry/ })).toBeTruthy();
    expect(options[0].getAttribute("aria-selected")).toBe("true");
  });

  it("picks the active hit with Enter after moving down", async () => {
    const s = renderSearch({ "/api/search": () => ({ body: HITS }) });
    s.type("显示");
    await screen.findAllByTestId("search-result");
    fireEvent.keyDown(s.input, { key: "ArrowDown" });
    fireEvent.keyDown(s.input, { key: "Enter" });
    expect(s.onPick).toHaveBeenCalledTimes(1);
    expect(s.onPick).toHaveBeenCalledWith(HITS[2]);
  });

  it("shows a server error as its message, and Retry asks again", async () => {
    let fail = true;
    const s = renderSearch({
      "/api/search": () =>
        fail ? { status: 503, body: { error: { code: "unavailable", message: "The graph store is not reachable." } } } : { body: HITS },
    });
    s.type("jc");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Search failed: The graph store is not reachable.");
    expect(alert.textContent).not.toMatch(/ApiError|\bat \S+:\d+/);
    fail = false;
    fireEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(screen.getAllByTestId("search-result")).toHaveLength(3));
    expect(s.calls).toHaveLength(2);
  });

  it("explains a network failure in words", async () => {
    renderSearch({ "/api/search": () => new TypeError("fetch failed") });
    fireEvent.change(screen.getByTestId("search-input"), { target: { value: "jc" } });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Cannot reach the Chain Atlas server (fetch failed).");
  });

  it("says so when nothing matches", async () => {
    const s = renderSearch({ "/api/search": () => ({ body: [] }) });
    s.type("无此");
    expect((await screen.findByTestId("search-empty")).textContent).toContain("无此");
  });

  it("speaks the interface language: labels, groups and messages in Chinese", async () => {
    const s = renderSearch({ "/api/search": () => ({ body: HITS }) }, "zh");
    expect(s.input.getAttribute("aria-label")).toBe("搜索图谱");
    s.type("jc");
    await screen.findAllByTestId("search-result");
    expect(screen.getByRole("group", { name: /产业/ })).toBeTruthy();
    // names carry their own language, so a checker (or a screen reader) reads them right
    expect(screen.getAllByTestId("search-result")[0].querySelector(".search-name")?.getAttribute("lang")).toBe("zh");
  });

  it("names hits in English when the graph knows an English name, the matched Chinese name beside it", async () => {
    const ic = { id: "industry:集成电路", type: "Industry", name: "集成电路", nameEn: "Integrated circuits", props: {}, evidence: [] } as unknown as GraphNode;
    const s = renderSearch({ "/api/search": () => ({ body: HITS }) }, "en", (id) => (id === ic.id ? ic : undefined));
    s.type("集成");
    const [first] = await screen.findAllByTestId("search-result");
    expect(first.querySelector('[lang="en"]')?.textContent).toBe("Integrated circuits");
    expect(first.querySelector('.search-alt[lang="zh"]')?.textContent).toBe("集成电路");
  });
});
