import { describe, expect, it } from "vitest";
import { setLevel } from "./overviewState.js";
import {
  DEFAULT_STATE,
  applySnapshot,
  dropRecipe,
  graphSnapshot,
  nameSet,
  parse,
  pendingSet,
  recipeOf,
  resolveSet,
  sameSnapshot,
  serialize,
  setCamera,
  setGraphView,
  setPositions,
} from "./viewState.js";

const SET = ["industry:集成电路", "product:碳化硅"];

describe("camera and positions in the URL", () => {
  it("writes cam first among the long parameters and pos after the working set", () => {
    const s = setPositions("AbC-_9")(setCamera({ zoom: 0.8123, x: 412.3, y: -88.1 })({ ...DEFAULT_STATE, set: SET }));
    const search = serialize(s);
    expect(search).toMatch(/^\?cam=0\.8123,412\.3,-88\.1&set=.*&pos=AbC-_9$/);
    expect(parse(search)).toMatchObject({ camera: { zoom: 0.8123, x: 412.3, y: -88.1 }, pos: "AbC-_9", set: SET });
    expect(setCamera({ zoom: 0.8123, x: 412.3, y: -88.1 })(s)).toBe(s);
    expect(setPositions("AbC-_9")(s)).toBe(s);
    expect(parse("?cam=0,1,2&pos=").camera).toBeNull();
    expect(parse("?pos=").pos).toBeNull();
  });
});

describe("the working set's recipe in the state", () => {
  it("writes the recipe instead of the ids while it names the set", () => {
    const s = setGraphView({ set: SET, hidden: [] })(DEFAULT_STATE);
    expect(serialize(s)).toContain("set=");
    const named = nameSet("N:industry:集成电路", s.set!)(s);
    expect(recipeOf(named)).toBe("N:industry:集成电路");
    expect(serialize(named)).toBe("?ws=N:industry:%E9%9B%86%E6%88%90%E7%94%B5%E8%B7%AF");
    // a recipe made for another array names nothing
    expect(nameSet("L", [...SET])(s)).toBe(s);
  });

  it("forgets the recipe when anything puts another set (or none) in place", () => {
    const named = nameSet("N:x", SET)({ ...DEFAULT_STATE, set: SET });
    const grown = setGraphView({ set: [...SET, "district:两江新区"], hidden: [] })(named);
    expect(recipeOf(grown)).toBeNull();
    expect(serialize(grown)).toContain("set=");
    const level = setLevel("industries")(named);
    expect(recipeOf(level)).toBeNull();
    expect(serialize(level)).toBe("");
  });

  it("keeps a recipe from the URL unread until the graph is there, then reads it in place", () => {
    const opened = parse("?ws=L,N:industry:集成电路");
    expect(pendingSet(opened)).toBe(true);
    expect(opened.set).toBeNull();
    expect(serialize(opened)).toBe("?ws=L,N:industry:%E9%9B%86%E6%88%90%E7%94%B5%E8%B7%AF");
    const read = resolveSet("L,N:industry:集成电路", SET)(opened);
    expect(read.set).toBe(SET);
    expect(pendingSet(read)).toBe(false);
    expect(serialize(read)).toBe(serialize(opened));
    expect(resolveSet("other", SET)(opened)).toBe(opened);
    expect(resolveSet("L,N:industry:集成电路", SET)(read)).toBe(read);
  });

  it("reading a recipe is no step of undo/redo; a new set is", () => {
    const opened = parse("?ws=L");
    const read = resolveSet("L", SET)(opened);
    expect(sameSnapshot(graphSnapshot(opened), graphSnapshot(read))).toBe(true);
    expect(sameSnapshot(graphSnapshot(opened), graphSnapshot(DEFAULT_STATE))).toBe(false);
    const grown = setGraphView({ set: [...SET, "x"], hidden: [] })(read);
    expect(sameSnapshot(graphSnapshot(read), graphSnapshot(grown))).toBe(false);
    // undo brings back the recipe with its set: the URL is short again
    const undone = applySnapshot(graphSnapshot(read))(grown);
    expect(undone.set).toEqual(SET);
    expect(serialize(undone)).toBe("?ws=L");
    // undo to the unread recipe: it is read again
    expect(pendingSet(applySnapshot(graphSnapshot(opened))(grown))).toBe(true);
  });

  it("drops an unread recipe when the level is chosen instead", () => {
    const opened = parse("?ws=L");
    expect(pendingSet(dropRecipe(setLevel("graph")(opened)))).toBe(false);
    expect(serialize(dropRecipe(setLevel("graph")(opened)))).toBe("?level=graph");
    const named = nameSet("L", SET)({ ...DEFAULT_STATE, set: SET });
    expect(dropRecipe(named)).toBe(named);
  });
});
