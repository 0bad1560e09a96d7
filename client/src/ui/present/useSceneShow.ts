/**
 * Showing the scene story mode is on: within one view the explorer glides there (showScene with
 * `animate`: the camera and positions move); to another view the old one fades out, the new one
 * is drawn and fades in (`data-present-fade` on <html>, styles/presentMode.css). With reduced
 * motion asked for, neither: the scene just appears.
 */
import { useEffect, useRef, useState } from "react";
import type { Scene } from "../../core/story.js";
import { parse } from "../../core/viewState.js";

export const FADE_MS = 250;

/** StoryMode's `showScene`: sets the scene's view state, resolves once it is drawn. */
export type ShowScene = (scene: Scene, options: { animate: boolean }) => Promise<void>;

const viewOf = (scene: Scene) => parse(scene.query).view;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const reducedMotion = () => window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;

/** Shows `scene` whenever it changes; true once it is drawn. */
export function useSceneShow(scene: Scene | undefined, showScene: ShowScene): boolean {
  const shown = useRef<Scene | null>(null);
  /** The scene last drawn: ready means this one (never the one before it, for a frame). */
  const [drawn, setDrawn] = useState<Scene | null>(null);

  useEffect(() => {
    if (!scene) return;
    // (the same scene again, e.g. React's second run in development, is shown again: harmless)
    const prev = shown.current;
    shown.current = scene;
    let cancelled = false;
    const html = document.documentElement;
    const still = reducedMotion();
    const sameView = prev !== null && viewOf(prev) === viewOf(scene);
    void (async () => {
      if (prev && !sameView && !still) {
        html.setAttribute("data-present-fade", "out");
        await sleep(FADE_MS);
        if (cancelled) return;
      }
      try {
        await showScene(scene, { animate: sameView && !still });
      } catch {
        // not drawn in time: the scene's state is set all the same, and the next key moves on
      }
      if (cancelled) return;
      html.removeAttribute("data-present-fade");
      setDrawn(scene);
    })();
    return () => {
      cancelled = true;
    };
  }, [scene, showScene]);

  return scene !== undefined && drawn === scene;
}
