import { describe, expect, it } from "vitest";
import { CHAIN_STEPS } from "./chainReveal.js";
import {
  clampPosition,
  formatElapsed,
  keyAction,
  lastPosition,
  movePosition,
  nextPosition,
  previousPosition,
  readMessage,
  stepsOf,
  type Position,
} from "./presentation.js";
import { EMPTY_STORY } from "./story.js";

/** Overview (1 step), a chain (4), the districts map (1). */
const STEPS = [1, CHAIN_STEPS, 1];

describe("story mode's position", () => {
  it("counts a chain's steps and one for every other view", () => {
    expect(stepsOf({ query: "?view=chain&industry=industry:集成电路&lang=zh" })).toBe(CHAIN_STEPS);
    expect(stepsOf({ query: "view=districts&lang=en" })).toBe(1);
    expect(stepsOf({ query: "" })).toBe(1);
  });

  it("walks every step of every scene forward, then stays on the last", () => {
    const seen: Position[] = [{ scene: 0, step: 0 }];
    for (let i = 0; i < 10; i++) seen.push(nextPosition(seen[seen.length - 1], STEPS));
    expect(seen.slice(0, 7)).toEqual([
      { scene: 0, step: 0 },
      { scene: 1, step: 0 },
      { scene: 1, step: 1 },
      { scene: 1, step: 2 },
      { scene: 1, step: 3 },
      { scene: 2, step: 0 },
      { scene: 2, step: 0 },
    ]);
    expect(seen[10]).toEqual(lastPosition(STEPS));
  });

  it("goes back into the previous scene as it was left, fully revealed, and stops at the start", () => {
    expect(previousPosition({ scene: 2, step: 0 }, STEPS)).toEqual({ scene: 1, step: 3 });
    expect(previousPosition({ scene: 1, step: 2 }, STEPS)).toEqual({ scene: 1, step: 1 });
    expect(previousPosition({ scene: 1, step: 0 }, STEPS)).toEqual({ scene: 0, step: 0 });
    expect(previousPosition({ scene: 0, step: 0 }, STEPS)).toEqual({ scene: 0, step: 0 });
  });

  it("moves by a delta, and any position clamps into the story", () => {
    expect(movePosition({ scene: 0, step: 0 }, STEPS, 2)).toEqual({ scene: 1, step: 1 });
    expect(movePosition({ scene: 1, step: 1 }, STEPS, -2)).toEqual({ scene: 0, step: 0 });
    expect(clampPosition({ scene: 9, step: 9 }, STEPS)).toEqual({ scene: 2, step: 0 });
    expect(clampPosition({ scene: -1, step: 2 }, STEPS)).toEqual({ scene: 0, step: 0 });
    expect(clampPosition({ scene: 1, step: 9 }, STEPS)).toEqual({ scene: 1, step: 3 });
    expect(nextPosition({ scene: 0, step: 0 }, [])).toEqual({ scene: 0, step: 0 });
  });
});

describe("clicker keys", () => {
  it("reads what presentation clickers and keyboards send", () => {
    for (const key of ["ArrowRight", "PageDown", " ", "ArrowDown"]) expect(keyAction({ key })).toBe("next");
    for (const key of ["ArrowLeft", "PageUp", "ArrowUp"]) expect(keyAction({ key })).toBe("previous");
    expect(keyAction({ key: " ", shiftKey: true })).toBe("previous");
    expect(keyAction({ key: "b" })).toBe("blank");
    expect(keyAction({ key: "." })).toBe("blank");
    expect(keyAction({ key: "c" })).toBe("caption");
    expect(keyAction({ key: "Escape" })).toBe("exit");
    expect(keyAction({ key: "Home" })).toBe("first");
    expect(keyAction({ key: "End" })).toBe("last");
  });

  it("leaves the browser's shortcuts and other keys alone", () => {
    expect(keyAction({ key: "ArrowRight", altKey: true })).toBeNull();
    expect(keyAction({ key: "b", ctrlKey: true })).toBeNull();
    expect(keyAction({ key: "x" })).toBeNull();
    expect(keyAction({ key: "F5" })).toBeNull();
  });
});

describe("the presenter's timer", () => {
  it("shows minutes and seconds, hours past the hour", () => {
    expect(formatElapsed(0)).toBe("00:00");
    expect(formatElapsed(65_400)).toBe("01:05");
    expect(formatElapsed(3_600_000 + 61_000)).toBe("1:01:01");
    expect(formatElapsed(-5)).toBe("00:00");
  });
});

describe("messages between the windows", () => {
  const state = { type: "state", story: EMPTY_STORY, scene: 1, step: 2, steps: 4, startedAt: 1000, lang: "zh" };

  it("reads its own messages", () => {
    expect(readMessage(state)).toEqual(state);
    expect(readMessage({ type: "hello" })).toEqual({ type: "hello" });
    expect(readMessage({ type: "go", delta: -1 })).toEqual({ type: "go", delta: -1 });
    expect(readMessage({ type: "ended", extra: 1 })).toEqual({ type: "ended" });
  });

  it("drops anything else", () => {
    expect(readMessage(null)).toBeNull();
    expect(readMessage("hello")).toBeNull();
    expect(readMessage({ type: "go", delta: 0.5 })).toBeNull();
    expect(readMessage({ ...state, lang: "fr" })).toBeNull();
    expect(readMessage({ ...state, story: { format: "other", scenes: [] } })).toBeNull();
    expect(readMessage({ ...state, scene: "1" })).toBeNull();
    expect(readMessage({ type: "reload" })).toBeNull();
  });
});
