/**
 * Which labels the canvas draws: a label is drawn when its on-screen size (font size × zoom) reaches
 * a threshold in px. Choosing the threshold at the zoom where the whole graph fits keeps the
 * overview to about `budget` labels (the hubs, which have the largest fonts); zooming in reveals
 * the rest. Pure.
 */

/** No label is drawn smaller than this many px: small CJK text is unreadable. */
export const MIN_LABEL_PX = 9;

/** How many labels fit on a canvas of this size without turning into a blob. */
export function labelBudget(width: number, height: number): number {
  return Math.max(12, Math.round((width * height) / 24000));
}

/**
 * The `min-zoomed-font-size` (px) that, at `zoom`, shows at most `budget` of the labels whose font
 * sizes (model px) are given, the largest first, and none under MIN_LABEL_PX.
 */
export function labelThreshold(fontSizes: readonly number[], zoom: number, budget: number): number {
  if (fontSizes.length <= budget) return MIN_LABEL_PX;
  const sorted = [...fontSizes].sort((a, b) => b - a);
  // The first size left out decides; a hair above it hides it (and its ties) at this zoom.
  const cut = sorted[budget] * zoom + 0.01;
  return Math.max(MIN_LABEL_PX, Math.round(cut * 100) / 100);
}

/** Whether a label of `fontSize` (model px) is drawn at `zoom` under `threshold` (screen px). */
export function labelShown(fontSize: number, zoom: number, threshold: number): boolean {
  return fontSize * zoom >= threshold;
}
