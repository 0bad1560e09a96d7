// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SearchHit } from "../../../contract/api.js";
import { ApiProvider } from "./apiContext.js";
import { NodePicker } from "./NodePicker.js";
import { fakeApi } from "./testing/fakeApi.js";

afterEach(cleanup);

const HITS: SearchHit[] = [
  { id: "district:沙坪坝区", type: "District", name: "沙坪坝区", score: 4, snippet: "" },
  { id: "district:渝北区", type: "District", name: "渝北区", score: 2, snippet: "" },
];

describe("NodePicker", () => {
  it("suggests the API's hits for the typed text and picks with the arrow keys and Enter", async () => {
    const fake = fakeApi({ "/api/search": () => ({ body: HITS }) });
    const onPick = vi.fn();
    render(
      <ApiProvider api={fake.api}>
        <NodePicker testId="path-from" label="From" value="" valueName="" onPick={onPick} />
      </ApiProvider>,
    );
    const input = screen.getByTestId("path-from");
    fireEvent.change(input, { target: { value: "区" } });
    const options = await screen.findAllByTestId("path-from-option");
    expect(options.map((o) => o.dataset.id)).toEqual(["district:沙坪坝区", "district:渝北区"]);
    expect(fake.calls).toEqual(["/api/search?q=区&limit=12"]);
    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(onPick).toHaveBeenCalledWith("district:渝北区");
    expect(screen.queryAllByTestId("path-from-option")).toHaveLength(0);
  });
});
