import { describe, expect, it } from "vitest";
import { exportFileName, viewOfQuery } from "./exportNames.js";

describe("exportFileName", () => {
  it("names the view and the local minute, zero-padded", () => {
    expect(exportFileName("overview", new Date(2025, 0, 2, 9, 5, 59), "png")).toBe("chain-atlas-overview-20250102-0905.png");
    expect(exportFileName("districts", new Date(2025, 11, 31, 23, 59), "svg")).toBe("chain-atlas-districts-20251231-2359.svg");
  });

  it("keeps only safe characters in what it names", () => {
    expect(exportFileName("My Story: 集成电路!", new Date(2025, 5, 1, 12, 0), "pptx")).toBe("chain-atlas-my-story-20250601-1200.pptx");
    expect(exportFileName("集成电路", new Date(2025, 5, 1, 12, 0), "pptx")).toBe("chain-atlas-view-20250601-1200.pptx");
  });
});

describe("viewOfQuery", () => {
  it("reads the view from the query, the overview by default", () => {
    expect(viewOfQuery("?view=districts&mode=map")).toBe("districts");
    expect(viewOfQuery("")).toBe("overview");
    expect(viewOfQuery("?view=nonsense")).toBe("overview");
  });
});
