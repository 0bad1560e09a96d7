// @vitest-environment happy-dom
import { act, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { addScene, type Scene } from "../../core/story.js";
import { readStoryFile } from "../../core/storyFile.js";
import { STORY_KEY, useStory } from "./useStory.js";

const PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const scene: Scene = { id: "s1", title: "产业链 · 集成电路", note: "缺口", query: "?view=chain&lang=zh", lang: "zh", thumbnail: PNG };

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

const stored = () => readStoryFile(localStorage.getItem(STORY_KEY) ?? "");

describe("the story kept in the browser", () => {
  it("keeps every change under one key and reads it back on the next visit", () => {
    const first = renderHook(() => useStory());
    act(() => first.result.current.change(addScene(scene)));
    expect(stored()).toMatchObject({ ok: true, story: { scenes: [scene] } });
    first.unmount();
    const again = renderHook(() => useStory());
    expect(again.result.current.story.scenes).toEqual([scene]);
    expect(again.result.current.problem).toBeNull();
  });

  it("starts a new story, and says so, when the kept one does not read", () => {
    localStorage.setItem(STORY_KEY, "{not json");
    const { result } = renderHook(() => useStory());
    expect(result.current.story.scenes).toEqual([]);
    expect(result.current.problem).toBe("corrupt");
  });

  it("keeps the story without its pictures when the storage is full, and says so", () => {
    const real = localStorage.setItem.bind(localStorage);
    vi.spyOn(localStorage, "setItem").mockImplementation((key: string, value: string) => {
      if (value.includes("base64")) throw new DOMException("full", "QuotaExceededError");
      real(key, value);
    });
    const { result } = renderHook(() => useStory());
    act(() => result.current.change(addScene(scene)));
    expect(result.current.problem).toBe("full");
    // The story on screen keeps its picture; the kept copy has none.
    expect(result.current.story.scenes[0]!.thumbnail).toBe(PNG);
    const read = stored();
    expect(read.ok && read.story.scenes[0]!.thumbnail).toBeUndefined();
  });

  it("lasts the visit when the browser refuses storage", () => {
    vi.spyOn(localStorage, "setItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    const { result } = renderHook(() => useStory());
    act(() => result.current.change(addScene(scene)));
    expect(result.current.story.scenes).toHaveLength(1);
    expect(result.current.problem).toBe("refused");
  });
});
