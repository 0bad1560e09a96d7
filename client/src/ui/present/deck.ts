/**
 * A story as a PowerPoint deck (owned by the exports work): a title slide, then one 16:9 slide per
 * scene with its title as real text, its picture fitted without distortion and its note as the
 * speaker notes. Built by pptxgenjs, loaded only when a deck is asked for; runs in the browser and
 * in Node (its test). Text carries its language and a CJK face PowerPoint and WPS have ("Microsoft
 * YaHei"); LibreOffice, lacking it, falls back to Noto Sans CJK, so Chinese stays Chinese.
 */
import { fitPicture, officeLang, SCENE_TITLE_BOX, SLIDE_W, titleSlideText } from "../../core/deckLayout.js";
import { messagesFor } from "../../core/i18n/index.js";
import { markdownToText } from "../../core/markdownText.js";
import type { Lang } from "../../core/names.js";

export interface DeckSlide {
  title: string;
  /** The scene's note (Markdown): the slide's speaker notes. */
  note: string;
  png: Blob;
  width: number;
  height: number;
  /** The scene's language (its title's); the deck's when absent. */
  lang?: Lang;
}

export interface DeckInput {
  title: string;
  /** The plan's name, on the title slide. */
  subtitle?: string;
  lang: Lang;
  slides: readonly DeckSlide[];
  /** The date on the title slide (today when absent). */
  date?: Date;
}

export const DECK_FONT = "Microsoft YaHei";
const INK = "1F2430";
const MUTED = "5C6270";
const ACCENT = "3B5BDB";
export const PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

/** A PNG as the base64 data pptxgenjs embeds (chunked: a big picture would overflow the call stack). */
async function pngData(png: Blob): Promise<string> {
  const bytes = new Uint8Array(await png.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `image/png;base64,${btoa(binary)}`;
}

/** The deck as a .pptx file: a title slide, then one slide per scene, 16:9. */
export async function buildDeck(input: DeckInput): Promise<Blob> {
  const { default: PptxGenJS } = await import("pptxgenjs");
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  const text = titleSlideText({ title: input.title, subtitle: input.subtitle, scenes: input.slides.length, date: input.date ?? new Date(), lang: input.lang });
  pptx.title = text.title;
  pptx.subject = text.subtitle;
  pptx.author = "Chain Atlas";
  const deckLang = officeLang(input.lang);
  const face = { fontFace: DECK_FONT, lang: deckLang };

  const first = pptx.addSlide();
  first.addShape(pptx.ShapeType.rect, { x: 0.8, y: 2.35, w: 0.12, h: 2.1, fill: { color: ACCENT }, line: { color: ACCENT } });
  first.addText(text.title, { ...face, x: 1.15, y: 2.2, w: SLIDE_W - 2, h: 1.2, fontSize: 40, bold: true, color: INK, valign: "middle", fit: "shrink" });
  if (text.subtitle) first.addText(text.subtitle, { ...face, x: 1.15, y: 3.4, w: SLIDE_W - 2, h: 0.6, fontSize: 22, color: INK, valign: "middle" });
  first.addText(text.meta, { ...face, x: 1.15, y: 4.0, w: SLIDE_W - 2, h: 0.5, fontSize: 16, color: MUTED, valign: "middle" });

  const untitled = messagesFor(input.lang).exporting.untitledScene;
  for (const [i, scene] of input.slides.entries()) {
    const slide = pptx.addSlide();
    const title = scene.title.trim() || untitled(i + 1);
    const lang = officeLang(scene.lang ?? input.lang);
    slide.addText(title, { ...SCENE_TITLE_BOX, fontFace: DECK_FONT, lang, fontSize: 26, bold: true, color: INK, valign: "middle", fit: "shrink" });
    const box = fitPicture(scene.width, scene.height);
    if (box.w > 0) slide.addImage({ data: await pngData(scene.png), ...box, altText: title });
    slide.slideNumber = { x: SLIDE_W - 1.0, y: 7.05, w: 0.6, h: 0.3, fontFace: DECK_FONT, fontSize: 10, color: MUTED, align: "right" };
    const notes = markdownToText(scene.note);
    if (notes) slide.addNotes(notes);
  }

  const blob = (await pptx.write({ outputType: "blob" })) as Blob;
  return blob.type === PPTX_TYPE ? blob : new Blob([blob], { type: PPTX_TYPE });
}
