// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { fileURLToPath, URL as NodeURL } from "node:url";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DistrictOverlap } from "../../../../contract/api.js";
import type { GraphNode } from "../../../../contract/graph.js";
import { ApiProvider } from "../apiContext.js";
import { fakeApi } from "../testing/fakeApi.js";
import { DistrictMap } from "./DistrictMap.js";

afterEach(cleanup);

// node:url's URL: happy-dom replaces the global one, which fileURLToPath does not accept.
const geo = JSON.parse(readFileSync(fileURLToPath(new NodeURL("../../../../seeds/geo/chongqing.geojson", import.meta.url)), "utf8"));
const node = (id: string, type: GraphNode["type"], props: GraphNode["props"] = {}) =>
  ({ id, type, name: id.slice(id.indexOf(":") + 1), props, evidence: [] }) as unknown as GraphNode;
const NODES = [
  node("district:万州区", "District", { adcode: "500101", kind: "district", lon: 108.38, lat: 30.81 }),
  node("district:两江新区", "District", { kind: "zone", lon: 106.63, lat: 29.72 }),
  node("industry:集成电路", "Industry"),
];
const OVERLAP: DistrictOverlap = {
  districts: ["district:万州区", "district:两江新区"],
  industries: ["industry:集成电路"],
  matrix: [[1], [1]],
  pairs: [],
};

function renderMap(routes: Parameters<typeof fakeApi>[0], overrides: Partial<Parameters<typeof DistrictMap>[0]> = {}) {
  const props = { onSelect: vi.fn(), onIndustry: vi.fn(), onOverlay: vi.fn() };
  const fake = fakeApi(routes);
  render(
    <ApiProvider api={fake.api}>
      <DistrictMap overlap={OVERLAP} nodes={NODES} edges={[]} selected={null} industry={null} overlay={false} {...props} {...overrides} />
    </ApiProvider>,
  );
  return { ...props, fake };
}

describe("DistrictMap", () => {
  it("draws the boundaries the API gives, with the main-city inset, and picks a district on click", async () => {
    const { onSelect, fake } = renderMap({ "/api/geo/districts": () => ({ body: geo }) });
    const map = screen.getByTestId("district-map");
    await waitFor(() => expect(map.getAttribute("data-district-count")).toBe("38"));
    expect(fake.calls).toEqual(["/api/geo/districts"]);
    expect(screen.getAllByTestId("district-label").map((l) => l.textContent)).toContain("万州区");
    expect(screen.getByTestId("map-inset")).toBeTruthy();
    expect(screen.getAllByTestId("zone-marker").map((z) => z.dataset.id)).toEqual(["district:两江新区"]);
    fireEvent.click(map.querySelector('path[data-id="district:万州区"]')!);
    expect(onSelect).toHaveBeenCalledWith("district:万州区");
  });

  it("selects a district from its label, by click or by keyboard, and outlines what is pointed at elsewhere", async () => {
    const { onSelect } = renderMap({ "/api/geo/districts": () => ({ body: geo }) }, { spot: "district:万州区" });
    await waitFor(() => expect(screen.getByTestId("district-map").getAttribute("data-district-count")).toBe("38"));
    const label = screen.getAllByTestId("district-label").find((l) => l.textContent === "万州区")!;
    expect(label.getAttribute("role")).toBe("button");
    expect(label.getAttribute("tabindex")).toBe("0");
    expect(label.getAttribute("lang")).toBe("zh");
    fireEvent.click(label);
    expect(onSelect).toHaveBeenLastCalledWith("district:万州区");
    onSelect.mockClear();
    fireEvent.keyDown(label, { key: "Enter" });
    expect(onSelect).toHaveBeenCalledWith("district:万州区");
    const path = screen.getByTestId("district-map").querySelector('path[data-id="district:万州区"]')!;
    expect(path.getAttribute("data-outlined")).toBe("true");
  });

  it("collapses the main-city inset and remembers it", async () => {
    localStorage.clear();
    renderMap({ "/api/geo/districts": () => ({ body: geo }) });
    await waitFor(() => expect(screen.getByTestId("map-inset")).toBeTruthy());
    fireEvent.click(screen.getByTestId("map-inset-toggle"));
    expect(screen.queryByTestId("map-inset")).toBeNull();
    cleanup();
    renderMap({ "/api/geo/districts": () => ({ body: geo }) });
    await waitFor(() => expect(screen.getByTestId("district-map").getAttribute("data-district-count")).toBe("38"));
    expect(screen.queryByTestId("map-inset")).toBeNull();
    fireEvent.click(screen.getByTestId("map-inset-toggle"));
    expect(screen.getByTestId("map-inset")).toBeTruthy();
    localStorage.clear();
  });

  it("asks for the graph over the map, and draws it when told", async () => {
    const routes = { "/api/geo/districts": () => ({ body: geo }) };
    const { onOverlay } = renderMap(routes);
    fireEvent.click(screen.getByTestId("map-toggle"));
    expect(onOverlay).toHaveBeenCalledWith(true);
    cleanup();
    renderMap(routes, { overlay: true });
    await waitFor(() => expect(screen.getByTestId("district-map").getAttribute("data-mode")).toBe("graph"));
    expect(screen.getByTestId("map-toggle").getAttribute("aria-pressed")).toBe("true");
    expect(screen.getAllByTestId("map-industry-node").map((n) => n.dataset.id)).toEqual(["industry:集成电路"]);
  });

  it("says so when the boundaries cannot be loaded", async () => {
    renderMap({ "/api/geo/districts": () => ({ status: 503, body: { error: { code: "unavailable", message: "store down" } } }) });
    await screen.findByText(/store down/);
    expect(screen.getByTestId("district-map").getAttribute("data-district-count")).toBe("0");
  });
});
