import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EDGE_TYPES, NODE_TYPES } from "../../../contract/vocabulary.js";
import { DIRECTIONS, LAYOUT_NAMES } from "./layouts.js";
import { COLOR_BY, SIZE_BY } from "./styling.js";
import {
  DEFAULT_STATE,
  clearSelection,
  parse,
  selectNode,
  serialize,
  setCypher,
  setTypes,
  toggleType,
  applySnapshot,
  graphSnapshot,
  sameSnapshot,
  setColorBy,
  setDirection,
  setFocus,
  setGraphView,
  setSizeBy,
  type ViewState,
} from "./viewState.js";
import { VIEW_NAMES } from "./views.js";
import { setHiddenEdges, setLabelDensity, setLevel } from "./overviewState.js";
import { openReaderAt, setAt } from "./viewState.js";
import { DISTRICT_MODES } from "./districts.js";
import { roundCamera } from "./camera.js";
import { RENDERER_CHOICES } from "./renderer.js";

// Ids as the graph has them: no comma, no surrounding blanks, not empty.
const idArb = fc.string({ minLength: 1, unit: "grapheme" }).filter((id) => !id.includes(",") && id.trim() === id && id !== "");
const idsArb = fc.uniqueArray(idArb, { maxLength: 5 });
const graphViewArb = fc.oneof(
  fc.record({ set: idsArb, hidden: fc.constant([] as string[]) }),
  fc.record({ set: fc.constant(null), hidden: idsArb }),
);

const baseArb = fc.record({
  view: fc.constantFrom(...VIEW_NAMES),
  selected: fc.option(fc.string({ minLength: 1, unit: "grapheme" }), { nil: null }),
  types: fc.subarray([...NODE_TYPES]),
  layout: fc.constantFrom(...LAYOUT_NAMES),
  lang: fc.constantFrom("zh" as const, "en" as const),
  cypher: fc.string({ unit: "grapheme" }),
  at: fc.option(fc.record({ start: fc.nat(100_000), end: fc.nat(100_000) }).filter((s) => s.end > s.start), { nil: null }),
  industry: fc.string({ unit: "grapheme" }),
  gaps: fc.boolean(),
  gap: fc.string({ unit: "grapheme" }),
  chainTable: fc.boolean(),
  pathEdges: fc.option(fc.subarray([...EDGE_TYPES]).filter((t) => t.length < EDGE_TYPES.length), { nil: null }),
  from: fc.string({ unit: "grapheme" }),
  to: fc.string({ unit: "grapheme" }),
  k: fc.integer({ min: 1, max: 10 }),
  focus: fc.boolean(),
  level: fc.constantFrom("industries" as const, "graph" as const),
  labels: fc.constantFrom("few" as const, "normal" as const, "all" as const),
  hiddenEdges: fc.subarray([...EDGE_TYPES]),
  direction: fc.constantFrom(...DIRECTIONS),
  colorBy: fc.constantFrom(...COLOR_BY),
  sizeBy: fc.constantFrom(...SIZE_BY),
  district: fc.string({ unit: "grapheme" }),
  districtMode: fc.constantFrom(...DISTRICT_MODES),
  districtSort: fc.record({ rows: fc.constantFrom("order" as const, "name" as const, "total" as const), cols: fc.constantFrom("order" as const, "name" as const, "total" as const) }),
  mapIndustry: fc.string({ unit: "grapheme" }),
  mapOverlay: fc.boolean(),
  camera: fc.option(
    fc.record({ zoom: fc.double({ min: 0.01, max: 20, noNaN: true }), x: fc.double({ min: -1e5, max: 1e5, noNaN: true }), y: fc.double({ min: -1e5, max: 1e5, noNaN: true }) }).map(roundCamera),
    { nil: null },
  ),
  pos: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/), { nil: null }),
  setRecipe: fc.constant(null),
  plan: fc.oneof(fc.constant(""), idArb),
  compareA: fc.oneof(fc.constant(""), idArb),
  compareB: fc.oneof(fc.constant(""), idArb),
  renderer: fc.constantFrom(...RENDERER_CHOICES),
});
const stateArb: fc.Arbitrary<ViewState> = fc.tuple(baseArb, graphViewArb).map(([base, gv]) => ({ ...base, ...gv }));

describe("view state in the URL", () => {
  it("the default state is the empty query", () => {
    expect(serialize(DEFAULT_STATE)).toBe("");
    expect(parse("")).toEqual(DEFAULT_STATE);
    expect(parse("?")).toEqual(DEFAULT_STATE);
  });

  it("encodes a selection, filters, layout and language readably", () => {
    const state: ViewState = {
      ...DEFAULT_STATE,
      selected: "industry:集成电路",
      types: ["Industry", "District"],
      layout: "concentric",
      lang: "en",
    };
    const search = serialize(state);
    expect(search).toBe(
      "?node=industry:%E9%9B%86%E6%88%90%E7%94%B5%E8%B7%AF&types=Industry,District&layout=concentric&lang=en",
    );
    expect(parse(search)).toEqual(state);
  });

  it("parses what a browser shows (unescaped Chinese) and what it copies (escaped)", () => {
    expect(parse("?node=industry:集成电路").selected).toBe("industry:集成电路");
    expect(parse("?node=industry%3A%E9%9B%86%E6%88%90%E7%94%B5%E8%B7%AF").selected).toBe("industry:集成电路");
  });

  it("round-trips any state", () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const back = parse(serialize(state));
        expect(back).toEqual({ ...state, types: NODE_TYPES.filter((t) => state.types.includes(t)) });
        expect(serialize(back)).toBe(serialize(state));
      }),
    );
  });

  it("keeps ids with reserved characters intact", () => {
    for (const id of ["a&b=c", "x+y z", "p%20q", "#hash", "edge:A->B", "逗号,分隔"]) {
      expect(parse(serialize({ ...DEFAULT_STATE, selected: id })).selected).toBe(id);
    }
  });

  it("keeps the Cypher console's query legibly, spaces as '+'", () => {
    const query = "MATCH (d:District {name: '两江新区'})<-[:KEY_DISTRICT]-(i)\nRETURN i";
    const search = serialize({ ...DEFAULT_STATE, view: "cypher", cypher: query });
    expect(search.startsWith("?view=cypher&cq=MATCH+(d:District+%7Bname:+'")).toBe(true);
    expect(parse(search).cypher).toBe(query);
    expect(parse("?cq=RETURN+1+%2B+2").cypher).toBe("RETURN 1 + 2");
    expect(serialize({ ...DEFAULT_STATE, cypher: "" })).toBe("");
  });

  it("tells 'no types' from 'all types'", () => {
    expect(serialize({ ...DEFAULT_STATE, types: [] })).toBe("?types=");
    expect(parse("?types=").types).toEqual([]);
    expect(parse("?view=overview").types).toEqual(NODE_TYPES);
  });

  it("falls back to defaults for unknown values and drops unknown types", () => {
    const state = parse("?view=nope&layout=spiral&lang=fr&types=Industry,Bogus,Industry,Plan&node=&x=1");
    expect(state).toEqual({ ...DEFAULT_STATE, types: ["Plan", "Industry"] });
  });
});

describe("view state producers", () => {
  it("selecting a node of a hidden type shows that type", () => {
    const s = selectNode("district:沙坪坝区", "District")({ ...DEFAULT_STATE, types: ["Industry"] });
    expect(s.selected).toBe("district:沙坪坝区");
    expect(s.types).toEqual(["Industry", "District"]);
  });

  it("toggles types in contract order", () => {
    let s = setTypes([])(DEFAULT_STATE);
    s = toggleType("District", true)(s);
    s = toggleType("Industry", true)(s);
    expect(s.types).toEqual(["Industry", "District"]);
    expect(toggleType("Industry", false)(s).types).toEqual(["District"]);
  });

  it("sets the Cypher query, returning the same state when it is unchanged", () => {
    const s = setCypher("RETURN 1")(DEFAULT_STATE);
    expect(s.cypher).toBe("RETURN 1");
    expect(setCypher("RETURN 1")(s)).toBe(s);
  });

  it("clearing an empty selection returns the same state", () => {
    expect(clearSelection(DEFAULT_STATE)).toBe(DEFAULT_STATE);
    expect(clearSelection({ ...DEFAULT_STATE, selected: "x" }).selected).toBeNull();
  });
});

describe("the reader's place in the URL", () => {
  it("opens the reader at a span, keeping the selection, as view=reader&at=start-end", () => {
    const s = openReaderAt({ start: 1200, end: 1234 })({ ...DEFAULT_STATE, selected: "industry:集成电路" });
    expect(s).toMatchObject({ view: "reader", selected: "industry:集成电路", at: { start: 1200, end: 1234 } });
    expect(serialize(s)).toBe("?view=reader&node=industry:%E9%9B%86%E6%88%90%E7%94%B5%E8%B7%AF&at=1200-1234");
    expect(parse(serialize(s))).toEqual(s);
  });

  it("ignores a malformed span and clears a span", () => {
    expect(parse("?view=reader&at=9-3").at).toBeNull();
    expect(parse("?view=reader&at=abc").at).toBeNull();
    const s = { ...DEFAULT_STATE, at: { start: 1, end: 2 } };
    expect(setAt({ start: 1, end: 2 })(s)).toBe(s);
    expect(setAt(null)(s).at).toBeNull();
    expect(setAt(null)(DEFAULT_STATE)).toBe(DEFAULT_STATE);
  });
});

describe("chain and path view state", () => {
  it("encodes the chain's industry and the gap highlight readably", async () => {
    const { setIndustry, setGaps } = await import("./viewState.js");
    const s = setGaps(true)(setIndustry("industry:集成电路")({ ...DEFAULT_STATE, view: "chain" }));
    expect(serialize(s)).toBe("?view=chain&industry=industry:%E9%9B%86%E6%88%90%E7%94%B5%E8%B7%AF&gaps=1");
    expect(parse("?view=chain&industry=industry:集成电路")).toMatchObject({ view: "chain", industry: "industry:集成电路", gaps: false });
  });

  it("encodes the path view's ends and k, k defaulting to 3", async () => {
    const { setPathQuery, swapPathEnds } = await import("./viewState.js");
    const s = setPathQuery({ from: "industry:集成电路", to: "district:两江新区" })({ ...DEFAULT_STATE, view: "path" });
    expect(s.k).toBe(3);
    expect(parse(serialize(s))).toEqual(s);
    expect(serialize(setPathQuery({ k: 5 })(s))).toContain("&k=5");
    expect(setPathQuery({ k: 0 })(s)).toBe(s);
    expect(parse("?view=path&k=99").k).toBe(3);
    expect(parse("?view=path&k=2").k).toBe(2);
    expect(swapPathEnds(s)).toMatchObject({ from: "district:两江新区", to: "industry:集成电路" });
  });
});

describe("overview state: working set, focus, direction, colour and size", () => {
  it("keeps the working set, hidden ids and the display options in the URL", () => {
    const s = parse("?node=industry:集成电路&set=industry:集成电路,product:碳化硅&focus=1&dir=TB&color=community&size=betweenness");
    expect(s.set).toEqual(["industry:集成电路", "product:碳化硅"]);
    expect(s.focus).toBe(true);
    expect(s.direction).toBe("TB");
    expect(s.colorBy).toBe("community");
    expect(s.sizeBy).toBe("betweenness");
    expect(serialize(s)).toBe("?node=industry:%E9%9B%86%E6%88%90%E7%94%B5%E8%B7%AF&focus=1&dir=TB&color=community&size=betweenness&set=industry:%E9%9B%86%E6%88%90%E7%94%B5%E8%B7%AF,product:%E7%A2%B3%E5%8C%96%E7%A1%85");
    expect(parse("?hide=a,b,,a").hidden).toEqual(["a", "b"]);
    expect(parse("?dir=XX&color=nope&size=nope&focus=yes")).toEqual(DEFAULT_STATE);
  });

  it("records graph snapshots that compare by content and apply back", () => {
    const a = setGraphView({ set: ["x", "y"], hidden: [] })(DEFAULT_STATE);
    expect(graphSnapshot(a)).toEqual({ set: ["x", "y"], hidden: [], types: NODE_TYPES, level: "industries" });
    expect(setGraphView({ set: ["x", "y"], hidden: [] })(a)).toBe(a);
    expect(sameSnapshot(graphSnapshot(a), graphSnapshot(DEFAULT_STATE))).toBe(false);
    const back = applySnapshot(graphSnapshot(DEFAULT_STATE))(a);
    expect(back.set).toBeNull();
    expect(sameSnapshot(graphSnapshot(back), graphSnapshot(DEFAULT_STATE))).toBe(true);
    expect(setFocus(true)(DEFAULT_STATE).focus).toBe(true);
    expect(setFocus(false)(DEFAULT_STATE)).toBe(DEFAULT_STATE);
    expect(setDirection("TB")(DEFAULT_STATE).direction).toBe("TB");
    expect(setColorBy("community")(DEFAULT_STATE).colorBy).toBe("community");
    expect(setSizeBy("betweenness")(DEFAULT_STATE).sizeBy).toBe("betweenness");
  });
});

describe("the district map's industry in the URL", () => {
  it("keeps the chosen choropleth industry, and leaves it out when none", () => {
    const s = { ...parse(""), view: "districts" as const, mapIndustry: "industry:集成电路" };
    expect(decodeURIComponent(serialize(s))).toContain("by=industry:集成电路");
    expect(parse(serialize(s)).mapIndustry).toBe("industry:集成电路");
    expect(serialize({ ...s, mapIndustry: "" })).not.toContain("by=");
  });
});

describe("the interface language in the URL", () => {
  it("opens a URL without lang in the browser's language, and lang in the URL wins", () => {
    expect(parse("", "en").lang).toBe("en");
    expect(parse("?lang=zh", "en").lang).toBe("zh");
    expect(parse("?lang=en", "zh").lang).toBe("en");
    expect(parse("?lang=fr", "en").lang).toBe("en");
  });

  it("writes lang only when it differs from the browser's, so a reload keeps the choice", () => {
    const zh = { ...DEFAULT_STATE, lang: "zh" as const };
    expect(serialize(zh, "en")).toBe("?lang=zh");
    expect(parse(serialize(zh, "en"), "en").lang).toBe("zh");
    expect(serialize({ ...DEFAULT_STATE, lang: "en" }, "en")).toBe("");
  });
});

describe("chain link, chain table and path connection types in the URL", () => {
  it("keeps the chosen link and the table; a new industry drops the link", async () => {
    const { setIndustry, setChainLink, setChainTable } = await import("./viewState.js");
    const s = setChainTable(true)(setChainLink("feeds:MEMS->MEMS传感器")(setIndustry("industry:集成电路")({ ...DEFAULT_STATE, view: "chain" })));
    expect(serialize(s)).toBe(
      "?view=chain&industry=industry:%E9%9B%86%E6%88%90%E7%94%B5%E8%B7%AF&gap=feeds:MEMS-%3EMEMS%E4%BC%A0%E6%84%9F%E5%99%A8&table=1",
    );
    expect(parse(serialize(s))).toEqual(s);
    expect(setChainLink(s.gap)(s)).toBe(s);
    expect(setIndustry("industry:新型显示")(s).gap).toBe("");
  });

  it("keeps the path view's connection types in contract order; all is the default", async () => {
    const { setPathEdges } = await import("./viewState.js");
    const s = setPathEdges(["FEEDS", "SUPPLIES", "FEEDS"])({ ...DEFAULT_STATE, view: "path" });
    expect(s.pathEdges).toEqual(["FEEDS", "SUPPLIES"]);
    expect(serialize(s)).toBe("?view=path&pedges=FEEDS,SUPPLIES");
    expect(parse("?view=path&pedges=SUPPLIES,Bogus,FEEDS").pathEdges).toEqual(["FEEDS", "SUPPLIES"]);
    expect(parse("?view=path&pedges=").pathEdges).toEqual([]);
    expect(setPathEdges(EDGE_TYPES)(s).pathEdges).toBeNull();
    expect(setPathEdges(null)(DEFAULT_STATE)).toBe(DEFAULT_STATE);
  });
});

describe("the overview's level, label density and hidden edge types in the URL", () => {
  it("starts at industry level with normal labels and every edge type, none of it in the URL", () => {
    expect(parse("")).toMatchObject({ level: "industries", labels: "normal", hiddenEdges: [] });
    expect(serialize(DEFAULT_STATE)).toBe("");
  });

  it("round-trips each, unknown values falling back", () => {
    const s = setHiddenEdges(["INVOLVES", "COVERS", "NOPE"])(setLabelDensity("few")(setLevel("graph")(DEFAULT_STATE)));
    expect(serialize(s)).toBe("?level=graph&labels=few&hideedges=COVERS,INVOLVES");
    expect(parse(serialize(s))).toEqual(s);
    expect(parse("?level=x&labels=y&hideedges=,Z")).toEqual(DEFAULT_STATE);
    expect(setLabelDensity("few")(s)).toBe(s);
    expect(setHiddenEdges(["INVOLVES", "COVERS"])(s)).toBe(s);
  });

  it("leaves the working set when the level is chosen, and undo/redo records the level", () => {
    const inSet = setGraphView({ set: ["x"], hidden: [] })(DEFAULT_STATE);
    const back = setLevel("industries")(inSet);
    expect(back.set).toBeNull();
    const whole = setLevel("graph")(DEFAULT_STATE);
    expect(sameSnapshot(graphSnapshot(whole), graphSnapshot(DEFAULT_STATE))).toBe(false);
    expect(applySnapshot(graphSnapshot(DEFAULT_STATE))(whole).level).toBe("industries");
  });
});
