// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Comparison, PlanSummary } from "../../../../contract/api.js";
import { DEFAULT_STATE, type ViewState } from "../../core/viewState.js";
import { ApiProvider } from "../apiContext.js";
import { LangProvider } from "../i18n.js";
import { fakeApi, type Routes } from "../testing/fakeApi.js";
import type { ViewProps } from "../views/types.js";
import { CompareView } from "../views/CompareView.js";

afterEach(cleanup);

const plan = (id: string, title: string): PlanSummary => ({ id, nodeId: `plan:${id}`, title, region: "", lacks: [], counts: { nodes: {}, edges: {} } });
const CQ = plan("cq", "重庆市规划");
const CD = plan("cd", "成都市规划");
const COMPARISON: Comparison = {
  a: CQ,
  b: CD,
  industries: [
    { id: "industry:集成电路", name: "集成电路", nameEn: "Integrated circuits", in: "both", a: { projects: 10, platforms: 8, districts: 2, products: 53 }, b: { projects: 6, platforms: 3, districts: 3, products: 8 } },
    { id: "industry:量子信息", name: "量子信息", in: "b", b: { projects: 0, platforms: 1, districts: 3, products: 1 } },
  ],
  products: [{ id: "product:碳化硅", name: "碳化硅", in: "both", industries: ["industry:集成电路"] }],
  links: [
    { id: "l1", type: "FEEDS", source: "product:碳化硅", target: "product:功率半导体", sourceName: "碳化硅", targetName: "功率半导体", in: "a", quoteA: "发展碳化硅功率半导体。" },
  ],
};

function renderView(routes: Routes, state: Partial<ViewState> = {}) {
  const update = vi.fn();
  const fake = fakeApi(routes);
  const s = { ...DEFAULT_STATE, view: "compare", lang: "en", ...state } as ViewState;
  const props = { graph: { status: "loading", retry: () => {} }, health: { status: "loading" }, state: s, update, onSelect: vi.fn() } as unknown as ViewProps;
  render(
    <ApiProvider api={fake.api}>
      <LangProvider lang={s.lang}>
        <CompareView {...props} />
      </LangProvider>
    </ApiProvider>,
  );
  return { update, fake, view: () => screen.getByTestId("compare-view") };
}

describe("CompareView", () => {
  it("compares the first two plans, writes them into the URL, and shows each side's numbers", async () => {
    const { update, fake, view } = renderView({ "/api/plans": () => ({ body: [CQ, CD] }), "/api/compare": () => ({ body: COMPARISON }) });
    await waitFor(() => expect(view().dataset.status).toBe("ready"));
    expect(fake.calls).toContain("/api/compare?a=cq&b=cd");
    expect(update).toHaveBeenCalled();
    const next = update.mock.calls[0][0](DEFAULT_STATE) as ViewState;
    expect([next.compareA, next.compareB]).toEqual(["cq", "cd"]);
    const row = view().querySelector('li[data-id="industry:集成电路"]')!;
    expect(row.querySelector(".compare-name")?.textContent).toBe("Integrated circuits");
    expect(row.querySelector('[data-side=b] [data-key=projects]')?.getAttribute("data-value")).toBe("6");
    expect(view().querySelector('li[data-id="industry:量子信息"] [data-side=a] .compare-absent')).toBeTruthy();
    expect(screen.getByTestId("compare-links-a").textContent).toContain("碳化硅");
  });

  it("shows an error with a retry that asks again", async () => {
    let fail = true;
    const { view } = renderView({
      "/api/plans": () => ({ body: [CQ, CD] }),
      "/api/compare": () => (fail ? { status: 503, body: { error: { code: "unavailable", message: "the store is away" } } } : { body: COMPARISON }),
    });
    await waitFor(() => expect(view().dataset.status).toBe("error"));
    expect(screen.getByTestId("error-state").textContent).toContain("the store is away");
    fail = false;
    fireEvent.click(screen.getByText("Retry"));
    await waitFor(() => expect(view().dataset.status).toBe("ready"));
  });

  it("with one plan, says how to load a second and offers no pickers", async () => {
    const { fake, view } = renderView({ "/api/plans": () => ({ body: [CQ] }) }, { lang: "zh" });
    await waitFor(() => expect(view().dataset.status).toBe("empty"));
    expect(screen.getByTestId("compare-empty-how").textContent).toBe("请用 npm run import -- --plan FILE 载入第二个规划。");
    expect(screen.queryByTestId("compare-plan-a")).toBeNull();
    expect(fake.calls.some((c) => c.startsWith("/api/compare"))).toBe(false);
  });

  it("swaps the plans, and picking B's plan for A swaps them too", async () => {
    const { update, view } = renderView({ "/api/plans": () => ({ body: [CQ, CD] }), "/api/compare": () => ({ body: COMPARISON }) }, { compareA: "cq", compareB: "cd" });
    await waitFor(() => expect(view().dataset.status).toBe("ready"));
    fireEvent.click(screen.getByTestId("compare-swap"));
    fireEvent.change(screen.getByTestId("compare-plan-a"), { target: { value: "cd" } });
    const base = { ...DEFAULT_STATE, compareA: "cq", compareB: "cd" };
    const results = update.mock.calls.map(([producer]) => producer(base) as ViewState).map((s) => [s.compareA, s.compareB]);
    expect(results).toEqual([
      ["cd", "cq"],
      ["cd", "cq"],
    ]);
  });
});
