/**
 * The canvas in story mode: rules added after a canvas's own stylesheet, each tied to a class that
 * story mode puts on the elements (ui/present/presentCanvas.ts) and takes off when it ends, so the
 * explorer's canvas is as it was. And the projector's rule for labels: none drawn under 16 px. Pure.
 */
import type { StylesheetJson } from "cytoscape";

/** The smallest label on a projector, in CSS pixels at 1920×1080 (a meeting room reads it from the back). */
export const PRESENT_MIN_LABEL_PX = 16;
/** A label may grow this much to reach PRESENT_MIN_LABEL_PX; one that would need more is not drawn. */
export const PRESENT_MAX_RAISE = 1.4;

/** Every element while story mode is on. */
export const PRESENT_ON = "present-on";
/** Not shown yet: a chain step still to come (core/chainReveal.ts). */
export const PRESENT_HIDDEN = "present-hidden";
/** A gap lit up: the chain's last step. */
export const PRESENT_GAP = "present-gap";
/** A label that would be drawn under the projector's least size. */
export const PRESENT_SMALL = "present-small";
/** The dark theme's colours. */
export const PRESENT_DARK = "present-dark";
export const PRESENT_CLASSES = [PRESENT_ON, PRESENT_HIDDEN, PRESENT_GAP, PRESENT_SMALL, PRESENT_DARK] as const;

const GAP = "#d6336c";
const GAP_DARK = "#ff6b9a";
/** Dark theme: labels light on a dark plate (contrast over 10:1 against the canvas's #12161f). */
const DARK = { text: "#e9ecf2", muted: "#c3c9d4", plate: "#1a1f2b", ring: "#f1f3f7" };

export function presentStylesheet(): StylesheetJson {
  return [
    // Cytoscape's own threshold is coarse (power-of-two zoom steps), PRESENT_SMALL is exact; both hold.
    { selector: `.${PRESENT_ON}`, style: { "min-zoomed-font-size": PRESENT_MIN_LABEL_PX } },
    { selector: `edge.${PRESENT_ON}`, style: { "transition-property": "opacity", "transition-duration": 250 } },
    { selector: `.${PRESENT_DARK}`, style: { color: DARK.text, "text-outline-color": DARK.plate, "text-background-color": DARK.plate } },
    { selector: `edge.${PRESENT_DARK}`, style: { color: DARK.muted } },
    { selector: `node.${PRESENT_DARK}[?group]`, style: { "background-color": "#222836", "border-color": "#7b8494", color: DARK.muted } },
    { selector: `node.${PRESENT_DARK}.selected, node.${PRESENT_DARK}[role = "focus"], node.${PRESENT_DARK}[role = "end"]`, style: { "border-color": DARK.ring } },
    { selector: `edge.${PRESENT_DARK}.gap`, style: { color: GAP_DARK } },
    {
      selector: `edge.${PRESENT_GAP}`,
      style: {
        "line-style": "dashed",
        "line-dash-pattern": [8, 5],
        "line-color": GAP,
        "target-arrow-color": GAP,
        width: 3.5,
        opacity: 1,
        "z-index": 100003,
      },
    },
    { selector: `edge.${PRESENT_GAP}.${PRESENT_DARK}`, style: { "line-color": GAP_DARK, "target-arrow-color": GAP_DARK } },
    { selector: `.${PRESENT_SMALL}`, style: { label: "" } },
    // Last, so a step still to come stays hidden whatever marks or selection say.
    { selector: `.${PRESENT_HIDDEN}`, style: { opacity: 0, "text-opacity": 0, events: "no" } },
  ];
}

/**
 * A label's size on the projector: its own font when that renders at PRESENT_MIN_LABEL_PX or more
 * at `zoom`; raised just enough when a raise of at most PRESENT_MAX_RAISE does it; otherwise
 * `hide` (drawn smaller it would be unreadable, drawn larger it would crowd its neighbours).
 */
export function projectorFont(fontSize: number, zoom: number): { font: number; hide: boolean } {
  if (!(fontSize > 0) || !(zoom > 0)) return { font: fontSize, hide: true };
  const px = fontSize * zoom;
  if (px >= PRESENT_MIN_LABEL_PX) return { font: fontSize, hide: false };
  if (px * PRESENT_MAX_RAISE < PRESENT_MIN_LABEL_PX) return { font: fontSize, hide: true };
  // a hair over the threshold, so rounding on screen never lands under it
  return { font: Math.ceil((PRESENT_MIN_LABEL_PX / zoom) * 100) / 100 + 0.01, hide: false };
}
