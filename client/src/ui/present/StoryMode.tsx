/**
 * Story mode: the story played full screen, scene by scene and step by step, driven by a clicker
 * (useStoryKeys), the on-screen controls or the presenter window (presentChannel.ts). The explorer
 * beneath shows each scene's view (`showScene`); this adds the caption, counter and controls over
 * it (StoryOverlay, in the scene's language), hides the explorer's chrome (presentMode.css),
 * dresses the canvas for a projector (presentCanvas.ts), and puts the explorer back as it was on
 * leaving.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import {
  clampPosition,
  lastPosition,
  movePosition,
  nextPosition,
  previousPosition,
  stepsOf,
  type Position,
  type PresentAction,
  type PresentState,
} from "../../core/presentation.js";
import { messagesFor } from "../../core/i18n/index.js";
import { DEFAULT_LANG, isLang } from "../../core/names.js";
import type { Scene, Story } from "../../core/story.js";
import { parse } from "../../core/viewState.js";
import { useLatest } from "../canvas/useCyCanvas.js";
import { LangProvider } from "../i18n.js";
import { openPresenterWindow, openPresentLine, type PresentLine } from "./presentChannel.js";
import { usePresentCanvas } from "./presentCanvas.js";
import { StoryOverlay } from "./StoryOverlay.js";
import { usePresentPage, useStoredTheme } from "./usePresentPage.js";
import { useSceneShow } from "./useSceneShow.js";
import { useStoryKeys } from "./useStoryKeys.js";

export interface StoryModeProps {
  story: Story;
  /** The scene to open on (its index). */
  start: number;
  /** Shows a scene on the explorer beneath (its view state); resolves once it is drawn. */
  showScene: (scene: Scene, options: { animate: boolean }) => Promise<void>;
  onExit: () => void;
}

/** The controls fade after the mouse rests this long. */
const IDLE_MS = 2500;

/** The view the explorer showed before story mode, as a scene to go back to (its language kept). */
function sceneToRestore(): Scene {
  const q = new URLSearchParams(window.location.search);
  const htmlLang = document.documentElement.lang;
  if (!q.has("lang")) q.set("lang", isLang(htmlLang) ? htmlLang : DEFAULT_LANG);
  const lang = q.get("lang")!;
  return { id: "before-story-mode", title: "", note: "", query: `?${q.toString()}`, lang: isLang(lang) ? lang : DEFAULT_LANG };
}

export function StoryMode({ story, start, showScene, onExit }: StoryModeProps) {
  const steps = useMemo(() => story.scenes.map(stepsOf), [story.scenes]);
  const [rawPos, setPos] = useState<Position>({ scene: start, step: 0 });
  const pos = clampPosition(rawPos, steps);
  const scene: Scene | undefined = story.scenes[pos.scene];
  const [theme, setTheme] = useStoredTheme();
  const [caption, setCaption] = useState(true);
  const [blank, setBlank] = useState(false);
  const [idle, setIdle] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [startedAt] = useState(() => Date.now());
  const [restore] = useState(sceneToRestore);
  const stepsRef = useLatest(steps);
  const lang = scene?.lang ?? DEFAULT_LANG;
  const m = messagesFor(lang).present;
  const isChain = scene !== undefined && steps[pos.scene] > 1;
  const chainStep = isChain ? pos.step : null;

  const leaving = useRef(false);
  const leave = useCallback(() => {
    if (leaving.current) return;
    leaving.current = true;
    showScene(restore, { animate: false }).catch(() => undefined);
    onExit();
  }, [showScene, restore, onExit]);

  const refused = usePresentPage(theme, chainStep, leave);
  // every scene deleted meanwhile (in another tab): nothing left to show
  const empty = story.scenes.length === 0;
  useEffect(() => {
    if (empty) leave();
  }, [empty, leave]);
  usePresentCanvas(chainStep, theme === "dark");
  const ready = useSceneShow(scene, showScene);

  const move = useCallback((to: (p: Position, s: readonly number[]) => Position) => {
    setBlank(false);
    setPos((p) => to(clampPosition(p, stepsRef.current), stepsRef.current));
  }, [stepsRef]);
  const next = useCallback(() => move(nextPosition), [move]);
  const previous = useCallback(() => move(previousPosition), [move]);

  const notes = useCallback(() => {
    if (!openPresenterWindow()) setNotice(messagesFor(lang).present.popupBlocked);
  }, [lang]);

  useStoryKeys((action: PresentAction) => {
    if (action === "exit") return leave();
    if (action === "blank") return setBlank((b) => !b);
    if (action === "caption") return setCaption((c) => !c);
    // from a black screen a forward or backward key first brings the picture back
    if (blank) return setBlank(false);
    if (action === "next") next();
    else if (action === "previous") previous();
    else if (action === "first") move(() => ({ scene: 0, step: 0 }));
    else if (action === "last") move((_, s) => lastPosition(s));
  });

  // The presenter window: told every move, answered when it says hello, obeyed when it says go.
  const line = useRef<PresentLine | null>(null);
  const state = useMemo<PresentState>(
    () => ({ story, scene: pos.scene, step: pos.step, steps: steps[pos.scene] ?? 1, startedAt, lang }),
    [story, pos.scene, pos.step, steps, startedAt, lang],
  );
  const stateRef = useLatest(state);
  useEffect(() => {
    const l = openPresentLine((msg) => {
      if (msg.type === "hello") l.post({ type: "state", ...stateRef.current });
      else if (msg.type === "go") move((p, s) => movePosition(p, s, msg.delta));
    });
    line.current = l;
    return () => {
      l.post({ type: "ended" });
      l.close();
      line.current = null;
    };
  }, [move, stateRef]);
  useEffect(() => {
    line.current?.post({ type: "state", ...state });
  }, [state]);

  // The controls fade when the mouse rests (a projector shows the picture, not the buttons).
  const idleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const wake = useCallback(() => {
    setIdle(false);
    clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(() => setIdle(true), IDLE_MS);
  }, []);
  useEffect(() => {
    wake();
    window.addEventListener("mousemove", wake);
    // a touch screen has no mouse to move: a tap brings the controls back
    window.addEventListener("pointerdown", wake);
    return () => {
      window.removeEventListener("mousemove", wake);
      window.removeEventListener("pointerdown", wake);
      clearTimeout(idleTimer.current);
    };
  }, [wake]);

  if (!scene) return null;
  return createPortal(
    <LangProvider lang={lang}>
      <StoryOverlay
        scene={scene}
        view={parse(scene.query).view}
        index={pos.scene}
        count={story.scenes.length}
        step={pos.step}
        steps={steps[pos.scene]}
        ready={ready}
        caption={caption}
        blank={blank}
        idle={idle}
        theme={theme}
        notice={notice ?? (refused ? m.noFullscreen : null)}
        onPrevious={previous}
        onNext={next}
        onNotes={notes}
        onTheme={() => setTheme(theme === "dark" ? "light" : "dark")}
        onCaption={() => setCaption((c) => !c)}
        onExit={leave}
        onActivity={wake}
      />
    </LangProvider>,
    document.body,
  );
}
