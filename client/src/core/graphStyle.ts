/** The Cytoscape stylesheet: colour and shape by node type, size by degree, subtle typed edges. */
import type { StylesheetJson } from "cytoscape";
import { EDGE_TYPES, NODE_TYPES } from "../../../contract/graph.js";
import { EDGE_THEME, FONT_STACK, NODE_THEME } from "./theme.js";

/** Labels whose on-screen size would fall below this many px are not drawn (declutters low zoom). */
export const MIN_ZOOMED_FONT_SIZE = 9;

export function graphStylesheet(): StylesheetJson {
  return [
    {
      selector: "node",
      style: {
        width: "data(size)",
        height: "data(size)",
        label: "data(label)",
        "font-family": FONT_STACK,
        "font-size": "data(fontSize)",
        "font-weight": 500,
        color: "#1f2430",
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": 3,
        "text-wrap": "ellipsis",
        "text-max-width": "160px",
        "text-outline-color": "#ffffff",
        "text-outline-width": 2,
        "text-outline-opacity": 0.9,
        "min-zoomed-font-size": MIN_ZOOMED_FONT_SIZE,
        "border-width": 1.5,
        "border-color": "#ffffff",
        "border-opacity": 0.9,
        "overlay-opacity": 0,
        "transition-property": "opacity",
        "transition-duration": 150,
      },
    },
    ...NODE_TYPES.map((t) => ({
      selector: `node[type = "${t}"]`,
      style: { "background-color": NODE_THEME[t].color, shape: NODE_THEME[t].shape },
    })),
    {
      selector: "edge",
      style: {
        width: 1.2,
        "curve-style": "bezier",
        "line-color": "#c9ced8",
        "target-arrow-shape": "triangle",
        "target-arrow-color": "#c9ced8",
        "arrow-scale": 0.7,
        opacity: 0.75,
        "overlay-opacity": 0,
      },
    },
    ...EDGE_TYPES.map((t) => ({
      selector: `edge[type = "${t}"]`,
      style: { "line-color": EDGE_THEME[t].color, "target-arrow-color": EDGE_THEME[t].color },
    })),
    // The chain itself (upstream → downstream) reads a little stronger than structure.
    { selector: 'edge[type = "FEEDS"], edge[type = "SUPPLIES"]', style: { width: 1.8 } },
    { selector: "node.hover", style: { "border-color": "#1f2430", "border-width": 2, "min-zoomed-font-size": 0 } },
    // Selection: the node and its neighbourhood stand out, the rest fades.
    { selector: ".faded", style: { opacity: 0.12, "text-opacity": 0 } },
    { selector: "node.neighbour", style: { "min-zoomed-font-size": 0, "z-index": 10 } },
    { selector: "edge.neighbour", style: { opacity: 1, width: 2.2, "z-index": 10 } },
    {
      selector: "node:selected",
      style: {
        "border-width": 4,
        "border-color": "#1f2430",
        "border-opacity": 1,
        "min-zoomed-font-size": 0,
        "font-weight": 700,
        "z-index": 20,
      },
    },
  ];
}
