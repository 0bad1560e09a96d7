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
