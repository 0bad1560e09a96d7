/**
 * A presenter's story: an ordered list of scenes, each a captured view of the explorer with a title
 * and a note. Kept in the browser (localStorage), saved and opened as a versioned JSON file, and
 * sent whole as one link.
 *
 * Pure: types, validation and producers only; storage and files are the UI's edge (ui/story/).
 */
import type { Lang } from "./names.js";

/** The `format` field every story file carries: a JSON file without it is not a story. */
export const STORY_FORMAT = "chain-atlas-story";
/** The newest story version this build reads and writes. */
export const STORY_VERSION = 1;

export interface Scene {
  /** Stable within its story (React keys, reordering). */
  id: string;
  title: string;
  /** The presenter's note, Markdown: the caption in story mode and the speaker notes in the PPTX. */
  note: string;
  /** The view, as the URL query string that reopens it (core/viewState.ts serialize, `lang` always written). */
  query: string;
  /** The language the scene is shown in: its caption and the chrome of story mode follow it. */
  lang: Lang;
  /** A small picture of the view (a PNG data URL, at most 320 px wide); absent in story links. */
  thumbnail?: string;
}

export interface Story {
  format: typeof STORY_FORMAT;
  version: number;
  title: string;
  scenes: readonly Scene[];
}

export const EMPTY_STORY: Story = { format: STORY_FORMAT, version: STORY_VERSION, title: "", scenes: [] };

// ── producers ───────────────────────────────────────────────────────────────

export type StoryProducer = (story: Story) => Story;

/** Append a scene (at the end, or at `index`). */
export const addScene =
  (scene: Scene, index?: number): StoryProducer =>
  (s) => {
    const at = index === undefined ? s.scenes.length : Math.max(0, Math.min(index, s.scenes.length));
    return { ...s, scenes: [...s.scenes.slice(0, at), scene, ...s.scenes.slice(at)] };
  };

function patchScene(id: string, patch: (scene: Scene) => Scene): StoryProducer {
  return (s) => {
    let changed = false;
    const scenes = s.scenes.map((sc) => {
      if (sc.id !== id) return sc;
      const next = patch(sc);
      if (next !== sc) changed = true;
      return next;
    });
    return changed ? { ...s, scenes } : s;
  };
}

export const renameScene = (id: string, title: string): StoryProducer =>
  patchScene(id, (sc) => (sc.title === title ? sc : { ...sc, title }));

export const setSceneNote = (id: string, note: string): StoryProducer =>
  patchScene(id, (sc) => (sc.note === note ? sc : { ...sc, note }));

/** Move the scene at `from` to `to` (indices; out of range ones are clamped, a no-op keeps the story). */
export const moveScene =
  (from: number, to: number): StoryProducer =>
  (s) => {
    const n = s.scenes.length;
    if (from < 0 || from >= n) return s;
    const target = Math.max(0, Math.min(to, n - 1));
    if (target === from) return s;
    const scenes = [...s.scenes];
    const [moved] = scenes.splice(from, 1);
    scenes.splice(target, 0, moved!);
    return { ...s, scenes };
  };

/** A copy of a scene right after it, under a new id. */
export const duplicateScene =
  (id: string, newId: string): StoryProducer =>
  (s) => {
    const i = s.scenes.findIndex((sc) => sc.id === id);
    if (i < 0) return s;
    return addScene({ ...s.scenes[i]!, id: newId }, i + 1)(s);
  };

export const deleteScene =
  (id: string): StoryProducer =>
  (s) => {
    const scenes = s.scenes.filter((sc) => sc.id !== id);
    return scenes.length === s.scenes.length ? s : { ...s, scenes };
  };

export const setStoryTitle =
  (title: string): StoryProducer =>
  (s) => (s.title === title ? s : { ...s, title });

/** An id no scene of the story has: short, since story links carry it. `random` in [0, 1). */
export function newSceneId(story: Pick<Story, "scenes">, random: () => number = Math.random): string {
  const taken = new Set(story.scenes.map((sc) => sc.id));
  for (let tries = 0; tries < 50; tries++) {
    const id = `s${Math.floor(random() * 36 ** 5).toString(36).padStart(5, "0")}`;
    if (!taken.has(id)) return id;
  }
  // A random source that keeps repeating itself (a test's) still gets a free id.
  let n = taken.size;
  while (taken.has(`s${n}`)) n++;
  return `s${n}`;
}
