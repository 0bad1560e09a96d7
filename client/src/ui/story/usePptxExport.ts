/**
 * The story as a PowerPoint deck: each scene shown on the explorer in turn, pictured at 2× with its
 * legend (the slide carries the title as text, so the picture has none), then the deck built and
 * downloaded; the view that was on screen comes back afterwards, whether the export worked or not.
 */
import { useCallback, useRef, useState } from "react";
import { messagesFor } from "../../core/i18n/index.js";
import { storyFileName } from "../../core/storyFile.js";
import type { ViewState } from "../../core/viewState.js";
import { captureView } from "../present/capture.js";
import { buildDeck, type DeckSlide } from "../present/deck.js";
import { downloadBlob } from "../download.js";
import type { ShowQuery } from "./useShowScene.js";
import type { StoryStore } from "./useStory.js";
import { sceneQuery, viewOnScreen, type Announce } from "./useStoryActions.js";

export interface PptxExport {
  run: () => Promise<void>;
  /** "Scene 2 of 5…" while under way, else null. */
  progress: string | null;
}

export function usePptxExport(store: StoryStore, state: ViewState, planName: string | null, showQuery: ShowQuery, announce: Announce): PptxExport {
  const [progress, setProgress] = useState<string | null>(null);
  const busy = useRef(false);
  const live = useRef(state);
  live.current = state;
  const { current } = store;

  const run = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    const before = viewOnScreen(live.current.lang);
    const back = sceneQuery(before);
    const m = messagesFor(before.lang).story;
    const story = current();
    try {
      const slides: DeckSlide[] = [];
      for (const [i, scene] of story.scenes.entries()) {
        setProgress(m.pptxScene(i + 1, story.scenes.length));
        // Replace, not push: walking the scenes for a file leaves no trail in the history.
        await showQuery(scene.query, "replace");
        const picture = await captureView({ scale: 2, legend: true, lang: scene.lang });
        slides.push({ title: scene.title, note: scene.note, png: picture.blob, width: picture.width, height: picture.height, lang: scene.lang });
      }
      setProgress(m.pptxBuilding);
      const title = story.title || m.untitled;
      const deck = await buildDeck({ title, ...(planName ? { subtitle: planName } : {}), lang: before.lang, slides });
      const name = storyFileName(story, ".pptx");
      downloadBlob(name, deck);
      announce(m.pptxDone(name));
    } catch (e) {
      announce(m.pptxFailed(e instanceof Error ? e.message : String(e)), "error");
    } finally {
      setProgress(null);
      busy.current = false;
      await showQuery(back, "replace").catch(() => undefined);
    }
  }, [announce, current, planName, showQuery]);

  return { run, progress };
}
