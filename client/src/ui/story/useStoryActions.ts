/**
 * What the story's buttons do beyond editing: capture the view as a scene, save and open story
 * files, copy the story link, and open a story that came in a link (`?story=…`).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Subgraph } from "../../../../contract/api.js";
import { messagesFor } from "../../core/i18n/index.js";
import type { Lang } from "../../core/names.js";
import { sceneTitle } from "../../core/sceneTitle.js";
import { addScene, newSceneId, type Story } from "../../core/story.js";
import { STORY_PARAM, decodeStoryLink, readStoryFile, storyFileName, storyLink, writeStoryFile, type StoryRead } from "../../core/storyFile.js";
import { parse, serialize, type ViewState } from "../../core/viewState.js";
import { reportViewsNow } from "../canvas/useCyCamera.js";
import { downloadBlob } from "../download.js";
import { captureThumbnail, copyText } from "./files.js";
import type { ShowQuery } from "./useShowScene.js";
import type { StoryStore } from "./useStory.js";

export type Tone = "ok" | "error";
export type Announce = (text: string, tone?: Tone) => void;

export interface StoryActions {
  captureScene: () => Promise<void>;
  save: () => void;
  openFile: (file: File) => Promise<void>;
  /** Copies the story link; resolves to the link (also when the clipboard refused it). */
  copyLink: () => Promise<string>;
}

const other = (lang: Lang): Lang => (lang === "zh" ? "en" : "zh");

/**
 * The view exactly as on screen: the canvases report their camera and positions at once (they
 * otherwise wait for the mouse to rest), which writes them to the URL, read back here. A URL
 * without `lang` is in the language on screen.
 */
export function viewOnScreen(lang: Lang): ViewState {
  reportViewsNow();
  return parse(window.location.search, lang);
}

/** The view on screen as a scene's query: `lang` always written, so the scene keeps its language. */
export const sceneQuery = (s: ViewState): string => serialize(s, other(s.lang));

export function useStoryActions(
  store: StoryStore,
  state: ViewState,
  graph: Subgraph | null,
  showQuery: ShowQuery,
  announce: Announce,
): StoryActions {
  const { change, current } = store;
  const lang = state.lang;
  // Async work reads the state of the moment it started, not of a later render.
  const live = useRef({ state, graph });
  useEffect(() => {
    live.current = { state, graph };
  });

  const captureScene = useCallback(async () => {
    const s = viewOnScreen(live.current.state.lang);
    const g = live.current.graph;
    const m = messagesFor(s.lang);
    const title = sceneTitle(s, s.lang, { viewLabel: m.shell.viewLabel, nodes: g?.nodes ?? [] });
    const query = sceneQuery(s);
    const thumbnail = await captureThumbnail(s.lang);
    const id = newSceneId(current());
    change(addScene({ id, title, note: "", query, lang: s.lang, ...(thumbnail ? { thumbnail } : {}) }));
    announce(m.story.sceneAdded(current().scenes.length));
  }, [change, current, announce]);

  const save = useCallback(() => {
    const story = current();
    downloadBlob(storyFileName(story), new Blob([writeStoryFile(story)], { type: "application/json" }));
  }, [current]);

  /** Replace the story with one read, after a confirm when the current one has scenes. */
  const adopt = useCallback(
    (read: StoryRead, m: ReturnType<typeof messagesFor>["story"]): Story | null => {
      if (!read.ok) {
        announce(m.problem(read.problem), "error");
        return null;
      }
      const had = current().scenes.length;
      if (had > 0 && !window.confirm(m.replaceConfirm(had))) {
        announce(m.notReplaced);
        return null;
      }
      change(() => read.story);
      announce(m.opened(read.story.title || m.untitled, read.story.scenes.length));
      return read.story;
    },
    [announce, change, current],
  );

  const openFile = useCallback(
    async (file: File) => {
      const m = messagesFor(lang).story;
      let text: string;
      try {
        text = await file.text();
      } catch {
        announce(m.problem({ kind: "not-json" }), "error");
        return;
      }
      adopt(readStoryFile(text), m);
    },
    [adopt, announce, lang],
  );

  const copyLink = useCallback(async () => {
    const m = messagesFor(lang).story;
    const link = storyLink(`${window.location.origin}${window.location.pathname}`, current());
    const copied = await copyText(link);
    announce(copied ? m.linkCopied(link.length) : m.linkNotCopied, copied ? "ok" : "error");
    return link;
  }, [announce, current, lang]);

  // A story link: open it once, show its first scene, and leave a plain view link in the address bar.
  // Read while the page is first drawn, before anything rewrites the URL.
  const [linked] = useState(() => new URLSearchParams(window.location.search).get(STORY_PARAM));
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || linked === null) return;
    opened.current = true;
    const param = linked;
    const params = new URLSearchParams(window.location.search);
    params.delete(STORY_PARAM);
    const rest = params.toString();
    window.history.replaceState(window.history.state, "", `${window.location.pathname}${rest ? `?${rest}` : ""}${window.location.hash}`);
    const story = adopt(decodeStoryLink(param), messagesFor(live.current.state.lang).story);
    const first = story?.scenes[0];
    if (first) {
      showQuery(first.query, "replace").catch(() => {
        // The view is on its way even if slow; nothing waits on it here.
      });
    }
  }, [adopt, showQuery, linked]);

  return { captureScene, save, openFile, copyLink };
}
