/**
 * Story mode's position and its moves: which scene and which step inside it is on screen, what a
 * clicker's key does, the timer's text, and the messages the main window and the presenter window
 * exchange (ui/present/presentChannel.ts). Pure.
 */
import { CHAIN_STEPS } from "./chainReveal.js";
import { isLang, type Lang } from "./names.js";
import { STORY_FORMAT, type Scene, type Story } from "./story.js";
import { parse } from "./viewState.js";

export interface Position {
  /** The scene's index in the story. */
  scene: number;
  /** The step inside the scene, from 0 to its step count − 1. */
  step: number;
}

/** How many steps a scene has: a chain is revealed lane by lane (core/chainReveal.ts); others show at once. */
export function stepsOf(scene: Pick<Scene, "query">): number {
  return parse(scene.query).view === "chain" ? CHAIN_STEPS : 1;
}

/** The position inside the story: a scene that is not there is the nearest one, a step past the end its last. */
export function clampPosition(pos: Position, steps: readonly number[]): Position {
  if (steps.length === 0) return { scene: 0, step: 0 };
  const scene = Math.min(Math.max(0, Math.trunc(pos.scene)), steps.length - 1);
  const step = Math.min(Math.max(0, Math.trunc(pos.step)), steps[scene] - 1);
  return { scene, step };
}

/** The next step, or the next scene's first; the last step of the last scene stays. */
export function nextPosition(pos: Position, steps: readonly number[]): Position {
  const p = clampPosition(pos, steps);
  if (steps.length === 0) return p;
  if (p.step + 1 < steps[p.scene]) return { scene: p.scene, step: p.step + 1 };
  if (p.scene + 1 < steps.length) return { scene: p.scene + 1, step: 0 };
  return p;
}

/**
 * The previous step; from a scene's first step, the previous scene as it was left (fully revealed),
 * as a slide show goes back to a slide with all its builds shown.
 */
export function previousPosition(pos: Position, steps: readonly number[]): Position {
  const p = clampPosition(pos, steps);
  if (p.step > 0) return { scene: p.scene, step: p.step - 1 };
  if (p.scene > 0) return { scene: p.scene - 1, step: steps[p.scene - 1] - 1 };
  return p;
}

export function lastPosition(steps: readonly number[]): Position {
  return steps.length === 0 ? { scene: 0, step: 0 } : { scene: steps.length - 1, step: steps[steps.length - 1] - 1 };
}

/** A move of `delta` steps (the presenter window's buttons send ±1). */
export function movePosition(pos: Position, steps: readonly number[], delta: number): Position {
  let p = clampPosition(pos, steps);
  for (let i = 0; i < Math.abs(delta); i++) p = delta > 0 ? nextPosition(p, steps) : previousPosition(p, steps);
  return p;
}

export type PresentAction = "next" | "previous" | "first" | "last" | "blank" | "caption" | "exit";

/**
 * What a key does in story mode. Presentation clickers send → / ← or PageDown / PageUp, some also
 * "b" or "." to black the screen and Esc to stop; a keyboard adds Space, Home and End. Keys with
 * Ctrl, Alt or Meta are the browser's.
 */
export function keyAction(e: { key: string; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean; shiftKey?: boolean }): PresentAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  switch (e.key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
      return "next";
    case " ":
    case "Spacebar":
      return e.shiftKey ? "previous" : "next";
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
      return "previous";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "b":
    case "B":
    case ".":
      return "blank";
    case "c":
    case "C":
      return "caption";
    case "Escape":
      return "exit";
    default:
      return null;
  }
}

/** Time since story mode started, "mm:ss", or "h:mm:ss" past an hour. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** Where story mode is, as the main window tells the presenter window. */
export interface PresentState {
  story: Story;
  scene: number;
  step: number;
  /** The scene's step count. */
  steps: number;
  /** When story mode started (ms since the epoch): the presenter's timer counts from it. */
  startedAt: number;
  /** The scene's language: the presenter window's chrome follows it. */
  lang: Lang;
}

export type PresentMessage =
  | ({ type: "state" } & PresentState)
  /** The presenter window opened: the main window answers with its state. */
  | { type: "hello" }
  /** A move asked for by the presenter window. */
  | { type: "go"; delta: number }
  /** Story mode ended (Esc, or full screen left). */
  | { type: "ended" };

const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);

/** A message from the channel, or null when it is not one of ours (another tab's build, a stray post). */
export function readMessage(data: unknown): PresentMessage | null {
  if (!data || typeof data !== "object") return null;
  const d = data as Record<string, unknown>;
  switch (d.type) {
    case "hello":
    case "ended":
      return { type: d.type };
    case "go":
      return isInt(d.delta) && Math.abs(d.delta) <= 100 ? { type: "go", delta: d.delta } : null;
    case "state": {
      const story = d.story as Story | undefined;
      if (!story || story.format !== STORY_FORMAT || !Array.isArray(story.scenes)) return null;
      if (!isInt(d.scene) || !isInt(d.step) || !isInt(d.steps) || typeof d.startedAt !== "number") return null;
      if (typeof d.lang !== "string" || !isLang(d.lang)) return null;
      return { type: "state", story, scene: d.scene, step: d.step, steps: d.steps, startedAt: d.startedAt, lang: d.lang };
    }
    default:
      return null;
  }
}
