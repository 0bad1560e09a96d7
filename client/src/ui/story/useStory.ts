/**
 * The presenter's story, kept in this browser under one localStorage key. A value that does not
 * read as a story starts a new one; a full storage keeps the story without its thumbnails; a
 * refused storage keeps it for this visit. Each is said once through `problem`.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { EMPTY_STORY, type Story, type StoryProducer } from "../../core/story.js";
import { readStoryFile, writeStoryFile } from "../../core/storyFile.js";

export const STORY_KEY = "chain-atlas:story";

/** What went wrong with the browser's storage, for the story catalog's message. */
export type StorageProblem = "full" | "refused" | "corrupt";

function load(): { story: Story; problem: StorageProblem | null } {
  let text: string | null;
  try {
    text = window.localStorage.getItem(STORY_KEY);
  } catch {
    return { story: EMPTY_STORY, problem: "refused" };
  }
  if (text === null) return { story: EMPTY_STORY, problem: null };
  const read = readStoryFile(text);
  return read.ok ? { story: read.story, problem: null } : { story: EMPTY_STORY, problem: "corrupt" };
}

const isQuota = (e: unknown) => e instanceof DOMException && (e.name === "QuotaExceededError" || e.code === 22);

function store(story: Story): StorageProblem | null {
  try {
    window.localStorage.setItem(STORY_KEY, writeStoryFile(story));
    return null;
  } catch (e) {
    if (!isQuota(e)) return "refused";
  }
  try {
    const slim: Story = { ...story, scenes: story.scenes.map(({ thumbnail: _t, ...sc }) => sc) };
    window.localStorage.setItem(STORY_KEY, writeStoryFile(slim));
    return "full";
  } catch {
    return "refused";
  }
}

export interface StoryStore {
  story: Story;
  /** Change the story (kept in the browser at once). */
  change: (producer: StoryProducer) => void;
  /** Read the latest story (for async work that must not act on a stale render's copy). */
  current: () => Story;
  problem: StorageProblem | null;
  clearProblem: () => void;
}

export function useStory(): StoryStore {
  const [initial] = useState(load);
  const [story, setStory] = useState<Story>(initial.story);
  const [problem, setProblem] = useState<StorageProblem | null>(initial.problem);
  const latest = useRef(story);

  const change = useCallback((producer: StoryProducer) => {
    const next = producer(latest.current);
    if (next === latest.current) return;
    latest.current = next;
    setStory(next);
    const trouble = store(next);
    // A storage that refused or filled up once is said once, not on every keystroke.
    setProblem((p) => (trouble && trouble !== p ? trouble : p));
  }, []);

  // Another tab of the app changed the story: follow it, so two tabs do not overwrite each other.
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== STORY_KEY || e.newValue === null) return;
      const read = readStoryFile(e.newValue);
      if (read.ok) {
        latest.current = read.story;
        setStory(read.story);
      }
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  const current = useCallback(() => latest.current, []);
  const clearProblem = useCallback(() => setProblem(null), []);
  return { story, change, current, problem, clearProblem };
}
