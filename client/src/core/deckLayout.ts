/**
 * Where things go on the PPTX's 16:9 slides (PowerPoint's "widescreen", 13.333 × 7.5 in): the
 * scene's title above, its picture fitted below without distortion; and what the title slide says.
 * Inches, as pptxgenjs takes them. Pure.
 */
import { messagesFor } from "./i18n/index.js";
import type { Lang } from "./names.js";

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
const MARGIN = 0.4;

/** The scene's title: one line across the top. */
export const SCENE_TITLE_BOX: Box = { x: MARGIN, y: 0.25, w: SLIDE_W - 2 * MARGIN, h: 0.75 };
/** The room the picture is fitted into, under the title. */
export const PICTURE_BOX: Box = { x: MARGIN, y: 1.1, w: SLIDE_W - 2 * MARGIN, h: SLIDE_H - 1.1 - MARGIN };

/** The largest box of the picture's proportions inside `room`, centred in it. */
export function fitPicture(width: number, height: number, room: Box = PICTURE_BOX): Box {
  if (!(width > 0 && height > 0)) return { ...room, w: 0, h: 0 };
  const k = Math.min(room.w / width, room.h / height);
  const w = width * k;
  const h = height * k;
  return { x: room.x + (room.w - w) / 2, y: room.y + (room.h - h) / 2, w, h };
}

/** The date as people write it in the language: 2 July 2025, 2025年7月2日. */
export function deckDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", { year: "numeric", month: "long", day: "numeric" }).format(date);
}

export interface TitleSlideText {
  title: string;
  subtitle: string;
  /** The date and how many scenes follow, on one line. */
  meta: string;
}

export function titleSlideText(input: { title: string; subtitle?: string; scenes: number; date: Date; lang: Lang }): TitleSlideText {
  const m = messagesFor(input.lang).exporting;
  return {
    title: input.title.trim() || m.untitledStory,
    subtitle: input.subtitle?.trim() ?? "",
    meta: `${deckDate(input.date, input.lang)} · ${m.sceneCount(input.scenes)}`,
  };
}

/** The language tag PowerPoint and WPS read to choose the East Asian font and proofing. */
export function officeLang(lang: Lang): string {
  return lang === "zh" ? "zh-CN" : "en-US";
}
