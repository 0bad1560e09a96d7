/**
 * The geometry of an exported picture: a title band above the view, the view, and a legend band
 * below it (the node types drawn with their colours and shapes, or the map's colour scale), in CSS
 * pixels; the PNG and SVG exports draw the same layout, the PNG multiplied by its scale.
 *
 * Pure: text is measured with core/textWidth's estimate unless a measure is passed in (the PNG
 * passes the canvas's own, so the title's ellipsis falls where the font really ends).
 */
import type { NodeType } from "../../../contract/graph.js";
import { NODE_TYPES } from "../../../contract/vocabulary.js";
import { messagesFor } from "./i18n/index.js";
import type { Lang } from "./names.js";
import { COMMUNITY_COLORS } from "./styling.js";
import { textWidth } from "./textWidth.js";
import { NODE_THEME, type NodeShape } from "./theme.js";

/** A node type's shape, a colour swatch (a map bin), or the map's development-zone marker. */
export type LegendMark = NodeShape | "square" | "zone";

export interface LegendItem {
  mark: LegendMark;
  color: string;
  label: string;
}

export interface Legend {
  /** What the colours say (the map's "industries per district"); none for node types. */
  heading?: string;
  items: readonly LegendItem[];
}

export type Measure = (text: string, fontPx: number, weight?: number) => number;

export const EXPORT_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';
export const EXPORT_INK = "#1f2430";
export const EXPORT_MUTED = "#5c6270";
export const EXPORT_PAPER = "#ffffff";
export const EXPORT_RULE = "#dfe3ea";

const PAD = 16;
export const TITLE_FONT = 20;
const TITLE_BAND = 48;
export const LEGEND_FONT = 13;
const ROW = 22;
export const SWATCH = 14;
const SWATCH_GAP = 6;
const ITEM_GAP = 18;
/** A neutral fill for the type shapes when colour says community, not type. */
const NEUTRAL = "#8b93a1";

const estimate: Measure = (text, px) => textWidth(text, px);

/** The legend of a canvas: the types of the nodes in the picture; their communities when coloured so. */
export function nodeLegend(nodes: readonly { type: NodeType; color?: string }[], lang: Lang): Legend {
  const m = messagesFor(lang).exporting;
  const types = new Set(nodes.map((n) => n.type));
  const typeColor = (t: NodeType) => NODE_THEME[t].color.toLowerCase();
  const fills = new Set(nodes.map((n) => (n.color ?? typeColor(n.type)).toLowerCase()));
  const byCommunity = nodes.some((n) => n.color !== undefined && n.color.toLowerCase() !== typeColor(n.type));
  const items: LegendItem[] = NODE_TYPES.filter((t) => types.has(t)).map((t) => ({
    mark: NODE_THEME[t].shape,
    color: byCommunity ? NEUTRAL : NODE_THEME[t].color,
    label: lang === "zh" ? NODE_THEME[t].labelZh : NODE_THEME[t].label,
  }));
  if (byCommunity) {
    COMMUNITY_COLORS.forEach((c, i) => {
      if (fills.has(c.toLowerCase())) items.push({ mark: "ellipse", color: c, label: m.community(i + 1) });
    });
  }
  return { heading: byCommunity ? m.legendCommunities : undefined, items };
}

/** `text` cut with an ellipsis to fit `max` pixels (whole, when it fits). */
export function fitText(text: string, max: number, px: number, measure: Measure = estimate, weight = 400): string {
  if (measure(text, px, weight) <= max) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join("") + "…", px, weight) <= max) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join("").trimEnd() + "…";
}

export interface PlacedItem extends LegendItem {
  /** The swatch's centre and the label's start (baseline at `y`, middle of the row). */
  x: number;
  y: number;
  textX: number;
}

export interface ExportLayout {
  width: number;
  height: number;
  /** The title, cut to fit, its middle at `y` in a band `band` px high; none when there is no title. */
  title?: { text: string; x: number; y: number; band: number };
  /** Where the view is drawn. */
  view: { y: number; width: number; height: number };
  legend?: { y: number; band: number; heading?: { text: string; x: number; y: number }; items: PlacedItem[] };
}

/**
 * Lays out the picture of a `width` × `height` view with an optional title and legend: the title
 * band is 48 px, the legend wraps its items into rows of 22 px under an optional heading.
 */
export function exportLayout(
  input: { width: number; height: number; title?: string; legend?: Legend | null },
  measure: Measure = estimate,
): ExportLayout {
  const { width, height } = input;
  const inner = Math.max(0, width - 2 * PAD);
  const title = input.title?.trim();
  const band = title ? TITLE_BAND : 0;
  const layout: ExportLayout = { width, height: band + height, view: { y: band, width, height } };
  if (title) layout.title = { text: fitText(title, inner, TITLE_FONT, measure, 600), x: PAD, y: band / 2, band };

  const legend = input.legend;
  if (legend && (legend.items.length > 0 || legend.heading)) {
    const top = band + height;
    let y = PAD / 2;
    let heading: { text: string; x: number; y: number } | undefined;
    if (legend.heading) {
      heading = { text: fitText(legend.heading, inner, LEGEND_FONT, measure, 600), x: PAD, y: top + y + ROW / 2 };
      y += ROW;
    }
    const items: PlacedItem[] = [];
    let x = PAD;
    let rowUsed = false;
    for (const item of legend.items) {
      const label = fitText(item.label, Math.max(0, inner - SWATCH - SWATCH_GAP), LEGEND_FONT, measure);
      const w = SWATCH + SWATCH_GAP + measure(label, LEGEND_FONT);
      if (rowUsed && x + w > PAD + inner) {
        x = PAD;
        y += ROW;
      }
      items.push({ ...item, label, x: x + SWATCH / 2, y: top + y + ROW / 2, textX: x + SWATCH + SWATCH_GAP });
      x += w + ITEM_GAP;
      rowUsed = true;
    }
    if (items.length > 0) y += ROW;
    const legendBand = Math.ceil(y + PAD / 2);
    layout.legend = { y: top, band: legendBand, heading, items };
    layout.height += legendBand;
  }
  return layout;
}

/** Corners of each polygonal mark in a 16 × 16 box centred on (8, 8), as the type swatches draw them. */
const POINTS: Partial<Record<LegendMark, readonly (readonly [number, number])[]>> = {
  star: [[8, 1], [9.9, 5.6], [14.8, 5.9], [11, 9.1], [12.2, 14], [8, 11.3], [3.8, 14], [5, 9.1], [1.2, 5.9], [6.1, 5.6]],
  "round-triangle": [[8, 2], [14.5, 13.5], [1.5, 13.5]],
  diamond: [[8, 1], [15, 8], [8, 15], [1, 8]],
  "round-hexagon": [[4.5, 2], [11.5, 2], [15, 8], [11.5, 14], [4.5, 14], [1, 8]],
  "round-pentagon": [[8, 1.5], [14.8, 6.4], [12.2, 14.2], [3.8, 14.2], [1.2, 6.4]],
  "round-tag": [[1.5, 2.5], [10.5, 2.5], [14.5, 8], [10.5, 13.5], [1.5, 13.5]],
  // the map's development-zone marker (ui/districts/DistrictLayer ZONE_SHAPE), pointy side up
  zone: [[8, 0], [15, 4], [15, 12], [8, 16], [1, 12], [1, 4]],
};

const n2 = (v: number) => String(Math.round(v * 100) / 100);

/** The SVG path of a legend mark `size` px wide centred on (cx, cy): one path for canvas and SVG. */
export function markPath(mark: LegendMark, cx: number, cy: number, size = SWATCH): string {
  const k = size / 16;
  const at = (x: number, y: number) => `${n2(cx + (x - 8) * k)},${n2(cy + (y - 8) * k)}`;
  const points = POINTS[mark];
  if (points) return `M${points.map(([x, y]) => at(x, y)).join("L")}Z`;
  if (mark === "ellipse") {
    const r = n2(6.5 * k);
    return `M${at(1.5, 8)}A${r},${r} 0 1,0 ${at(14.5, 8)}A${r},${r} 0 1,0 ${at(1.5, 8)}Z`;
  }
  if (mark === "round-rectangle") {
    const r = n2(2.5 * k);
    return (
      `M${at(4, 2.5)}L${at(12, 2.5)}A${r},${r} 0 0,1 ${at(14.5, 5)}L${at(14.5, 11)}A${r},${r} 0 0,1 ${at(12, 13.5)}` +
      `L${at(4, 13.5)}A${r},${r} 0 0,1 ${at(1.5, 11)}L${at(1.5, 5)}A${r},${r} 0 0,1 ${at(4, 2.5)}Z`
    );
  }
  // "square": a map bin's swatch
  return `M${at(1, 2)}L${at(15, 2)}L${at(15, 14)}L${at(1, 14)}Z`;
}
