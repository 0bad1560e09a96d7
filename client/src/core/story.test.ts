import { describe, expect, it } from "vitest";
import {
  EMPTY_STORY,
  addScene,
  deleteScene,
  duplicateScene,
  moveScene,
  newSceneId,
  renameScene,
  setSceneNote,
  setStoryTitle,
  type Scene,
  type Story,
} from "./story.js";

const scene = (id: string, title = id): Scene => ({ id, title, note: "", query: `?view=overview&lang=zh&node=${id}`, lang: "zh" });
const story = (...ids: string[]): Story => ({ ...EMPTY_STORY, scenes: ids.map((id) => scene(id)) });
const ids = (s: Story) => s.scenes.map((sc) => sc.id);

describe("story producers", () => {
  it("adds at the end, or at an index (clamped)", () => {
    expect(ids(addScene(scene("c"))(story("a", "b")))).toEqual(["a", "b", "c"]);
    expect(ids(addScene(scene("c"), 0)(story("a", "b")))).toEqual(["c", "a", "b"]);
    expect(ids(addScene(scene("c"), 99)(story("a", "b")))).toEqual(["a", "b", "c"]);
    expect(ids(addScene(scene("c"), -3)(story("a", "b")))).toEqual(["c", "a", "b"]);
  });

  it("never changes the story it is given", () => {
    const s = story("a", "b");
    const frozen = JSON.stringify(s);
    addScene(scene("c"))(s);
    moveScene(0, 1)(s);
    renameScene("a", "x")(s);
    deleteScene("a")(s);
    duplicateScene("a", "a2")(s);
    expect(JSON.stringify(s)).toBe(frozen);
  });

  it("renames and sets a note, Chinese intact; an unknown id or the same text keeps the story", () => {
    const s = story("a", "b");
    const renamed = renameScene("b", "产业链 · 集成电路")(s);
    expect(renamed.scenes[1]!.title).toBe("产业链 · 集成电路");
    expect(renamed.scenes[0]).toBe(s.scenes[0]);
    expect(setSceneNote("a", "**重点**：补链")(s).scenes[0]!.note).toBe("**重点**：补链");
    expect(renameScene("zz", "x")(s)).toBe(s);
    expect(renameScene("a", "a")(s)).toBe(s);
    expect(setSceneNote("a", "")(s)).toBe(s);
  });

  it("moves a scene from one place to another", () => {
    const s = story("a", "b", "c", "d");
    expect(ids(moveScene(0, 2)(s))).toEqual(["b", "c", "a", "d"]);
    expect(ids(moveScene(3, 0)(s))).toEqual(["d", "a", "b", "c"]);
    expect(ids(moveScene(1, 99)(s))).toEqual(["a", "c", "d", "b"]);
    expect(moveScene(1, 1)(s)).toBe(s);
    expect(moveScene(7, 0)(s)).toBe(s);
    expect(moveScene(0, -1)(s)).toBe(s);
  });

  it("duplicates right after the original under the new id, and deletes", () => {
    const s = story("a", "b");
    const d = duplicateScene("a", "a2")(s);
    expect(ids(d)).toEqual(["a", "a2", "b"]);
    expect({ ...d.scenes[1], id: "a" }).toEqual(d.scenes[0]);
    expect(duplicateScene("zz", "q")(s)).toBe(s);
    expect(ids(deleteScene("a")(s))).toEqual(["b"]);
    expect(deleteScene("zz")(s)).toBe(s);
  });

  it("sets the story's title", () => {
    expect(setStoryTitle("重庆战略性新兴产业")(EMPTY_STORY).title).toBe("重庆战略性新兴产业");
    expect(setStoryTitle("")(EMPTY_STORY)).toBe(EMPTY_STORY);
  });

  it("makes ids no scene of the story has, even from a random source that repeats", () => {
    const s = story("s00000", "s1", "s2");
    const id = newSceneId(s, () => 0);
    expect(ids(s)).not.toContain(id);
    expect(id).toMatch(/^s[0-9a-z]+$/);
    const many = new Set(Array.from({ length: 200 }, () => newSceneId(s)));
    expect(many.size).toBeGreaterThan(190);
  });
});
