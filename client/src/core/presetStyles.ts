/**
 * Stylesheets of the chain and path canvases: the shared one (core/graphStyle.ts) plus wrapped
 * labels that are always drawn, edge badges, and the classes the views put on elements ("marks").
 * Rules come after the shared ones, so marks win over the selection's fading.
 */
import type { StylesheetJson } from "cytoscape";
import { BADGE_FONT, lodStylesheet } from "./chainViewport.js";
import { graphStylesheet } from "./graphStyle.js";

const ACCENT = "#3b5bdb";
const FADED = { selector: ".faded", style: { opacity: 0.12, "text-opacity": 0 } } as const;
const GAP = "#d6336c";

/** Labels pre-wrapped by core/wrap.ts: "\n" breaks, never re-wrapped by Cytoscape. */
const presetLabels: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "text-wrap": "wrap",
      "text-max-width": "400px",
      "line-height": 1.2,
      "text-margin-y": 4,
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.75,
      "text-background-padding": "1px",
      "text-background-shape": "roundrectangle",
      "text-outline-width": 0,
    },
  },
  // The shared sheet shows the full name of the selection and widens it: keep the wrapped label.
  { selector: "node.selected", style: { label: "data(label)", "text-max-width": "400px" } },
  { selector: "node.hover", style: { label: "data(label)" } },
  { selector: "edge", style: { "curve-style": "bezier", "arrow-scale": 0.9 } },
];

export function chainStylesheet(): StylesheetJson {
  return [
    ...graphStylesheet(),
    ...presetLabels,
    { selector: 'node[role = "focus"]', style: { "border-width": 3, "border-color": "#1f2430", "font-weight": 700 } },
    {
      selector: "edge.link",
      style: {
        width: 2,
        opacity: 0.9,
        label: "data(badge)",
        "font-size": BADGE_FONT,
        "font-family": '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
        color: "#5c6270",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.9,
        "text-background-padding": "1px",
        "text-background-shape": "roundrectangle",
        "text-rotation": "none",
      },
    },
    { selector: 'edge.link[type = "SUPPLIES"]', style: { width: 2.6 } },
    { selector: "edge.link.gap", style: { color: GAP, "font-weight": 700 } },
    { selector: "edge.structure", style: { width: 0.8, opacity: 0.35, "arrow-scale": 0.5 } },
    { selector: "edge.hover", style: { width: 3.5, opacity: 1, "z-index": 99999 } },
    // The selection's fading again: the link rules above set their own opacity.
    FADED,
    // Marks.
    {
      selector: "edge.gap-on",
      style: {
        "line-style": "dashed",
        "line-dash-pattern": [6, 4],
        "line-color": GAP,
        "target-arrow-color": GAP,
        width: 2.6,
        opacity: 1,
      },
    },
    {
      selector: "edge.link-focus",
      style: {
        width: 5,
        opacity: 1,
        "line-color": GAP,
        "target-arrow-color": GAP,
        "underlay-color": GAP,
        "underlay-opacity": 0.18,
        "underlay-padding": 6,
        "z-index": 100002,
        "font-weight": 700,
      },
    },
    { selector: "edge.link-focus.backed-link", style: { "line-color": ACCENT, "target-arrow-color": ACCENT, "underlay-color": ACCENT } },
    { selector: "node.link-end", style: { opacity: 1, "text-opacity": 1, "border-width": 3, "border-color": GAP, "z-index": 100002 } },
    {
      selector: "node.backer",
      style: { opacity: 1, "text-opacity": 1, "border-width": 3, "border-color": ACCENT, "font-weight": 700, "z-index": 100002 },
    },
    { selector: "edge.backed", style: { opacity: 1, width: 4, "line-color": ACCENT, "target-arrow-color": ACCENT, "z-index": 100001 } },
    { selector: "node.backed-end", style: { opacity: 1, "text-opacity": 1 } },
    { selector: "edge.neighbour", style: { opacity: 1 } },
    // Levels of detail last: below a zoom, lesser labels go rather than shrink (core/chainViewport.ts).
    ...lodStylesheet(),
  ];
}

export function pathStylesheet(): StylesheetJson {
  return [
    ...graphStylesheet(),
    ...presetLabels,
    { selector: 'node[role = "end"]', style: { "border-width": 3, "border-color": "#1f2430", "font-weight": 700 } },
    {
      selector: "edge",
      style: {
        width: 2,
        opacity: 0.85,
        label: "data(verb)",
        "font-size": BADGE_FONT,
        color: "#4a5060",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.9,
        "text-background-padding": "2px",
        "text-background-shape": "roundrectangle",
        "text-rotation": "none",
      },
    },
    FADED,
    { selector: ".path-off", style: { opacity: 0.15, "text-opacity": 0.15 } },
    { selector: "edge.path-on", style: { width: 4, opacity: 1, "line-color": ACCENT, "target-arrow-color": ACCENT, "z-index": 100 } },
    { selector: "node.path-on", style: { opacity: 1, "border-width": 3, "border-color": ACCENT } },
  ];
}
