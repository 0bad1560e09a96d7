/**
 * The presenter's tools, mounted once by the app beside the view tabs: share link, exports, the
 * story's scenes, and story mode (owned by the stories work, which wires the others in).
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Subgraph } from "../../../../contract/api.js";
import { sceneTitle } from "../../core/sceneTitle.js";
import type { Scene } from "../../core/story.js";
import type { ViewState } from "../../core/viewState.js";
import { useMessages } from "../i18n.js";
import { ExportMenu } from "../present/ExportMenu.js";
import { PresentBar } from "../present/PresentBar.js";
import { ShareLink } from "../present/ShareLink.js";
import type { UpdateViewState } from "../useViewState.js";
import { StoryPanel } from "./StoryPanel.js";
import { usePptxExport } from "./usePptxExport.js";
import { useShowScene } from "./useShowScene.js";
import { useStory } from "./useStory.js";
import { useStoryActions, type Announce, type Tone } from "./useStoryActions.js";

export interface PresenterProps {
  state: ViewState;
  update: UpdateViewState;
  graph: Subgraph | null;
}

/** Story mode (and its Markdown renderer) loads when a presentation starts, not with the app. */
const StoryMode = lazy(() => import("../present/StoryMode.js").then((mod) => ({ default: mod.StoryMode })));

/** How long a confirmation stays on screen; errors stay until the next message. */
const OK_MS = 4000;

export function Presenter({ state, update, graph }: PresenterProps) {
  const msgs = useMessages();
  const m = msgs.story;
  const store = useStory();
  const { story, problem, clearProblem } = store;
  const { showScene, showQuery } = useShowScene(update);
  /** The scene story mode opens on, or null when not presenting. */
  const [presenting, setPresenting] = useState<number | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: Tone; n: number } | null>(null);
  const listButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const none = story.scenes.length === 0;

  const announce = useCallback<Announce>((text, tone = "ok") => setMessage((prev) => ({ text, tone, n: (prev?.n ?? 0) + 1 })), []);
  useEffect(() => {
    if (!message || message.tone !== "ok") return;
    const t = setTimeout(() => setMessage((cur) => (cur?.n === message.n ? null : cur)), OK_MS);
    return () => clearTimeout(t);
  }, [message]);
  useEffect(() => {
    if (!problem) return;
    announce(problem === "full" ? m.storageFull : problem === "refused" ? m.storageRefused : m.storageCorrupt, "error");
    clearProblem();
  }, [problem, announce, clearProblem, m]);

  const actions = useStoryActions(store, state, graph, showQuery, announce);
  const planName = graph?.nodes.find((n) => n.type === "Plan")?.name ?? null;
  const pptx = usePptxExport(store, state, planName, showQuery, announce);
  const title = useMemo(() => sceneTitle(state, state.lang, { viewLabel: msgs.shell.viewLabel, nodes: graph?.nodes ?? [] }), [state, graph, msgs]);

  const presentFrom = useCallback((index: number) => {
    // The panel belongs to the explorer's chrome, which story mode hides.
    setPanelOpen(false);
    setPresenting(index);
  }, []);
  const closePanel = useCallback(() => {
    setPanelOpen(false);
    listButton.current?.focus();
  }, []);
  const show = useCallback(
    (scene: Scene) => {
      // On a phone the panel covers the view the person asked to see.
      if (window.matchMedia("(max-width: 768px)").matches) setPanelOpen(false);
      showScene(scene, { animate: false }).catch(() => announce(m.viewTimeout, "error"));
    },
    [showScene, announce, m],
  );

  return (
    <PresentBar>
      <ShareLink />
      <ExportMenu title={title} onExportPptx={none ? undefined : () => void pptx.run()} pptxProgress={pptx.progress} />
      <span className="story-tools">
        <button type="button" data-testid="scene-add" title={m.sceneAddTitle} aria-label={m.sceneAdd} onClick={() => void actions.captureScene()}>
          <span aria-hidden="true">+</span> <span className="tool-label">{m.sceneAdd}</span>
        </button>
        <button
          ref={listButton}
          type="button"
          data-testid="scene-list"
          data-count={story.scenes.length}
          aria-expanded={panelOpen}
          aria-controls={panelOpen ? "story-panel" : undefined}
          title={m.sceneListTitle}
          aria-label={m.sceneListLabel(story.scenes.length)}
          onClick={() => (panelOpen ? closePanel() : setPanelOpen(true))}
        >
          <span className="tool-icon" aria-hidden="true">
            ☰
          </span>
          <span className="tool-label">{m.title}</span> <span className="story-count">{story.scenes.length}</span>
        </button>
        {panelOpen && <StoryPanel store={store} actions={actions} announce={announce} onShow={show} onPresent={presentFrom} onClose={closePanel} />}
      </span>
      <button
        type="button"
        ref={startButton}
        className="present-start"
        data-testid="present-start"
        disabled={none}
        title={none ? m.presentDisabled : m.presentTitle}
        aria-label={m.present}
        onClick={() => setPresenting(0)}
      >
        <span aria-hidden="true">▶</span> <span className="tool-label">{m.present}</span>
      </button>
      <div className={`story-message${message?.tone === "error" ? " error" : ""}`} data-testid="story-message" role="status" aria-live="polite">
        {message && (
          <>
            <span>{message.text}</span>
            {message.tone === "error" && (
              <button type="button" className="story-message-close" aria-label={m.close} title={m.close} onClick={() => setMessage(null)}>
                <span aria-hidden="true">×</span>
              </button>
            )}
          </>
        )}
      </div>
      {presenting !== null && (
        <Suspense fallback={null}>
          <StoryMode
            story={story}
            start={presenting}
            showScene={showScene}
            onExit={() => {
              setPresenting(null);
              // Keyboard users land where they started, not at the top of the page.
              requestAnimationFrame(() => startButton.current?.focus());
            }}
          />
        </Suspense>
      )}
    </PresentBar>
  );
}
