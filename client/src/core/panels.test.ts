import { describe, expect, it } from "vitest";
import { isNarrow, panelShow, panelsFor, readCollapsed, storageKey, storedValue } from "./panels.js";
import { VIEW_NAMES } from "./views.js";

describe("panelsFor", () => {
  it("shows the node-type and layout sidebar on the overview only", () => {
    for (const v of VIEW_NAMES) expect(panelsFor(v, { selected: null }).sidebar).toBe(v === "overview");
  });
  it("shows the details column only when something is selected, in every view", () => {
    for (const v of VIEW_NAMES) {
      expect(panelsFor(v, { selected: null }).details).toBe(false);
      expect(panelsFor(v, { selected: "industry:集成电路" }).details).toBe(true);
    }
  });
});

describe("collapsed panels remembered", () => {
  it("reads one key per panel; only 'collapsed' collapses", () => {
    const store = new Map([[storageKey("sidebar"), "collapsed"], [storageKey("details"), "weird"]]);
    expect(readCollapsed((k) => store.get(k) ?? null)).toEqual({ sidebar: true, details: false });
    expect(readCollapsed(() => null)).toEqual({ sidebar: false, details: false });
    expect(storedValue(true)).toBe("collapsed");
    expect(readCollapsed((k) => (k === storageKey("details") ? storedValue(true) : storedValue(false)))).toEqual({ sidebar: false, details: true });
  });
  it("opens the panels when storage refuses", () => {
    expect(readCollapsed(() => { throw new Error("SecurityError"); })).toEqual({ sidebar: false, details: false });
  });
});

describe("panelShow", () => {
  const both = { sidebar: true, details: true };
  const none = { sidebar: false, details: false };
  const open = { sidebar: false, details: false };
  it("columns or rails on wide screens", () => {
    expect(panelShow("sidebar", both, { narrow: false, collapsed: open, drawer: null })).toBe("column");
    expect(panelShow("details", both, { narrow: false, collapsed: { sidebar: false, details: true }, drawer: null })).toBe("rail");
  });
  it("drawers on narrow screens, one open at a time", () => {
    expect(panelShow("sidebar", both, { narrow: true, collapsed: open, drawer: "details" })).toBe("button");
    expect(panelShow("details", both, { narrow: true, collapsed: open, drawer: "details" })).toBe("drawer");
  });
  it("nothing for a panel the view does not use", () => {
    expect(panelShow("sidebar", none, { narrow: true, collapsed: open, drawer: "sidebar" })).toBe("none");
  });
  it("narrow means 768 px and below", () => {
    expect(isNarrow(768)).toBe(true);
    expect(isNarrow(769)).toBe(false);
    expect(isNarrow(390)).toBe(true);
  });
});
