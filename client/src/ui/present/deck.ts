/** A story as a PowerPoint deck (owned by the exports work). */
import type { Lang } from "../../core/names.js";

export interface DeckSlide {
  title: string;
  /** The scene's note (Markdown): the slide's speaker notes. */
  note: string;
  png: Blob;
  width: number;
  height: number;
}

export interface DeckInput {
  title: string;
  /** The plan's name, on the title slide. */
  subtitle?: string;
  lang: Lang;
  slides: readonly DeckSlide[];
}

/** The deck as a .pptx file: a title slide, then one slide per scene, 16:9. */
export async function buildDeck(_input: DeckInput): Promise<Blob> {
  throw new Error("buildDeck: not built yet");
}
