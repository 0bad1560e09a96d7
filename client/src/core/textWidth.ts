/**
 * How wide text is drawn, the one measure every label fit uses (canvas truncation, preset-layout
 * wrapping, map labels): a wide character (CJK, kana, Hangul, full-width forms) takes a full em, any
 * other about 0.6 em in the sans-serif stack we draw with. An estimate, not a measurement: the
 * layouts are pure and run without a DOM, and a font's exact advances would not change a decision.
 */

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

/** Narrow characters' width in em: Latin letters and digits average about this in our fonts. */
export const NARROW_EM = 0.6;

/** Whether a character (one code point) is drawn a full em wide. */
export function isWide(ch: string): boolean {
  return WIDE.test(ch);
}

/** Width of `s` in px at `fontSize`: a wide character 1 em, any other `narrow` em. */
export function textWidth(s: string, fontSize: number, narrow = NARROW_EM): number {
  let em = 0;
  for (const ch of s) em += isWide(ch) ? 1 : narrow;
  return em * fontSize;
}

/**
 * Display columns, as a terminal counts them: a wide character 2, any other 1. The same measure on
 * a grid of half-em cells; label limits are set in columns because they stay whole numbers.
 */
export function columns(s: string): number {
  return textWidth(s, 2, 0.5);
}
