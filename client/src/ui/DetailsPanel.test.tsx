// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { NodeDetail } from "../../../contract/api.js";
import type { GraphNode } from "../../../contract/graph.js";
import { ApiProvider } from "./apiContext.js";
import { DetailsPanel } from "./DetailsPanel.js";
import { LangProvider } from "./i18n.js";
import { OpenQuoteContext } from "./openQuote.js";
import { fakeApi, type Routes } from "./testing/fakeApi.js";
import { PlanScope, usePlanApi } from "./plans/PlanScope.js";

afterEach(cleanup);

const ID = "industry:集成电路";
const QUOTE_1 = "集成电路产业以化合物半导体为突破口";
const QUOTE_2 = "打造集成电路产业集群";
const DETAIL: NodeDetail = {
  node: {
    id: ID,
    type: "Industry",
    name: "集成电路",
    nameEn: "Integrated circuits",
    props: { kind: "pillar", box: 3, lostHeading: true, clusterTier: "千亿级" },
    evidence: [
      { planId: "cq-sei-14fyp", start: 120, end: 120 + QUOTE_1.length, quote: QUOTE_1, section: "（三）集成电路" },
      { planId: "cq-sei-14fyp", start: 300, end: 300 + QUOTE_2.length, quote: QUOTE_2, section: "（三）集成电路" },
    ],
  },
  edges: [
    {
      id: "COVERS:industry:集成电路->product:碳化硅",
      type: "COVERS",
      source: ID,
      target: "product:碳化硅",
      props: {},
      evidence: [{ kind: "reference", source: "curated" }],
    },
  ],
};
const PRODUCT: GraphNode = {
  id: "product:碳化硅",
  type: "Product",
  name: "碳化硅",
  props: {},
  evidence: [{ kind: "reference", source: "curated" }],
};

function renderDetails(
  routes: Routes,
  openQuote: ((span: { start: number; end: number; planId: string }) => void) | null = null,
  lang: "zh" | "en" = "zh",
) {
  const fake = fakeApi(routes);
  const onSelect = vi.fn();
  const lookup = (id: string) => (id === PRODUCT.id ? PRODUCT : undefined);
  render(
    <LangProvider lang={lang}>
      <ApiProvider api={fake.api}>
        <OpenQuoteContext.Provider value={openQuote}>
          <DetailsPanel id={ID} lookup={lookup} lang={lang} onSelect={onSelect} onClose={() => {}} />
        </OpenQuoteContext.Provider>
      </ApiProvider>
    </LangProvider>,
  );
  return { ...fake, onSelect };
}

describe("DetailsPanel", () => {
  it("shows the node's evidence quotes as the API sends them", async () => {
    const s = renderDetails({ [`/api/nodes/${ID}`]: () => ({ body: DETAIL }) });
    const quotes = await screen.findAllByTestId("evidence-quote");
    expect(quotes.map((q) => q.textContent)).toEqual([QUOTE_1, QUOTE_2]);
    expect(s.calls).toEqual([`/api/nodes/${ID}`]);
    const panel = screen.getByTestId("details-panel");
    expect(within(panel).getByRole("heading", { level: 2 }).textContent).toBe("集成电路");
    expect(panel.textContent).toContain("Integrated circuits");
  });

  it("names a connection from the loaded graph and selects it on click", async () => {
    const s = renderDetails({ [`/api/nodes/${ID}`]: () => ({ body: DETAIL }) });
    fireEvent.click(await screen.findByRole("button", { name: "碳化硅" }));
    expect(s.onSelect).toHaveBeenCalledWith("product:碳化硅", "Product");
  });

  it("opens the reader at a quote's span when it is clicked", async () => {
    const openQuote = vi.fn();
    renderDetails({ [`/api/nodes/${ID}`]: () => ({ body: DETAIL }) }, openQuote);
    const [first] = await screen.findAllByTestId("evidence-quote");
    fireEvent.click(first);
    expect(openQuote).toHaveBeenCalledWith(expect.objectContaining({ planId: "cq-sei-14fyp", start: 120, end: 120 + QUOTE_1.length }));
  });

  it("shows the server's error message, not a stack, and Retry asks again", async () => {
    let fail = true;
    const s = renderDetails({
      [`/api/nodes/${ID}`]: () =>
        fail ? { status: 404, body: { error: { code: "not_found", message: `No node with id ${ID}` } } } : { body: DETAIL },
    });
    const alert = await screen.findByRole("alert");
    expect(alert.querySelector("p")?.textContent).toBe(`No node with id ${ID}`);
    expect(screen.queryAllByTestId("evidence-quote")).toHaveLength(0);
    fail = false;
    fireEvent.click(within(alert).getByRole("button", { name: "重试" }));
    expect(await screen.findAllByTestId("evidence-quote")).toHaveLength(2);
    expect(s.calls).toHaveLength(2);
  });

  it("explains an answer that is not JSON", async () => {
    renderDetails({ [`/api/nodes/${ID}`]: () => ({ status: 502, body: undefined }) });
    expect((await screen.findByRole("alert")).textContent).toContain("The server answered 502");
  });

  it("labels properties for people in each language and hides internal ones", async () => {
    renderDetails({ [`/api/nodes/${ID}`]: () => ({ body: DETAIL }) });
    const table = await screen.findByRole("table");
    const heads = within(table).getAllByRole("rowheader").map((th) => th.textContent);
    expect(heads).toEqual(["类型", "2025集群目标", "专栏"]);
    expect(table.textContent).toContain("支柱产业");
    expect(table.textContent).not.toMatch(/lostHeading|pillar/);
    cleanup();
    renderDetails({ [`/api/nodes/${ID}`]: () => ({ body: DETAIL }) }, null, "en");
    const en = await screen.findByRole("table");
    expect(within(en).getAllByRole("rowheader").map((th) => th.textContent)).toEqual(["Kind", "2025 cluster target", "Box"]);
    expect(within(en).getByText("千亿级").getAttribute("lang")).toBe("zh");
    expect(screen.getByRole("heading", { level: 2 }).getAttribute("lang")).toBe("en");
  });

  it("with several plans: evidence under each plan's title, properties per plan, never the raw planProps", async () => {
    const CD = "cd-sei-14fyp";
    const CD_QUOTE = "成都集成电路产业";
    const planProps = JSON.stringify({
      "cq-sei-14fyp": { name: "集成电路", nameEn: "Integrated circuits", props: { kind: "pillar", order: 1, box: 1 } },
      [CD]: { name: "集成电路", props: { kind: "pillar", order: 3, box: 2 } },
    });
    const detail: NodeDetail = {
      ...DETAIL,
      node: {
        ...DETAIL.node,
        props: { kind: "pillar", order: 1, box: 1, planProps },
        evidence: [...DETAIL.node.evidence, { planId: CD, start: 0, end: CD_QUOTE.length, quote: CD_QUOTE, section: "" }, { kind: "reference", source: "GB/T 2260", planId: CD }],
      },
    };
    const plans = [
      { id: "cq-sei-14fyp", nodeId: "plan:cq-sei-14fyp", title: "重庆市规划", titleEn: "Chongqing plan", region: "重庆市", lacks: [], counts: { nodes: {}, edges: {} } },
      { id: CD, nodeId: `plan:${CD}`, title: "成都市规划", region: "成都市", lacks: [], counts: { nodes: {}, edges: {} } },
    ];
    const fake = fakeApi({ [`/api/nodes/${ID}`]: () => ({ body: detail }), "/api/plans": () => ({ body: plans }) });
    function WithPlans() {
      const info = usePlanApi("");
      return (
        <PlanScope info={info}>
          <DetailsPanel id={ID} lookup={() => undefined} lang="en" onSelect={() => {}} onClose={() => {}} />
        </PlanScope>
      );
    }
    render(
      <LangProvider lang="en">
        <ApiProvider api={fake.api}>
          <WithPlans />
        </ApiProvider>
      </LangProvider>,
    );
    await screen.findAllByTestId("evidence-quote");
    await vi.waitFor(() => expect(screen.getAllByTestId("evidence-plan")[0].textContent).toContain("Chongqing plan"));
    const groups = screen.getAllByTestId("evidence-plan");
    expect(groups.map((g) => g.getAttribute("data-plan"))).toEqual(["cq-sei-14fyp", CD]);
    expect(within(groups[1]).getByText("成都市规划").getAttribute("lang")).toBe("zh");
    expect(within(groups[1]).getByTestId("evidence-quote").textContent).toBe(CD_QUOTE);
    expect(within(groups[1]).getByTestId("evidence-reference").textContent).toContain("GB/T 2260");
    const byPlan = screen.getByTestId("props-by-plan");
    const own = byPlan.querySelectorAll(".plan-props");
    expect(own).toHaveLength(2);
    expect(own[0].textContent).toContain("In Chongqing plan:");
    expect(own[1].querySelector('[data-prop="order"] td')?.textContent).toBe("3");
    expect(own[1].querySelector('[data-prop="box"] td')?.textContent).toBe("2");
    expect(screen.getByTestId("details-panel").textContent).not.toContain("planProps");
    expect(screen.getByTestId("details-panel").textContent).not.toContain('"props"');
  });
});
