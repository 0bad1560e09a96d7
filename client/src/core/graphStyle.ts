/** The Cytoscape stylesheet: colour and shape by node type, size by degree, subtle typed edges. */
import type { StylesheetJson } from "cytoscape";
import { EDGE_TYPES, NODE_TYPES } from "../../../contract/vocabulary.js";
import { EDGE_THEME, FONT_STACK, NODE_THEME } from "./theme.js";

/**
 * Labels of nodes with class `label-hidden` are not drawn: the canvas sets it by zoom (see
 * core/labels.ts). The selection, its neighbours and the hovered node always show theirs.
 * (Cytoscape's own `min-zoomed-font-size` works in power-of-two zoom steps and depends on the
 * screen's pixel ratio: too coarse to declutter with.)
 */
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
        // Labels come cut and broken into lines (core/graphElements.ts): only "\n" breaks a line.
        "text-wrap": "wrap",
        "text-max-width": "1000px",
        "text-outline-color": "#ffffff",
        "text-outline-width": 2,
        "text-outline-opacity": 0.9,
        "border-width": 1.5,
        "border-color": "#ffffff",
        "border-opacity": 0.9,
        "overlay-opacity": 0,
        // Hubs (and their labels) are drawn above the leaves crowding round them.
        // (a data mapper; Cytoscape's types only admit a number here)
        "z-index": "data(degree)" as unknown as number,
        "transition-property": "opacity, background-color, width, height",
        "transition-duration": 200,
      },
    },
    ...NODE_TYPES.map((t) => ({
      selector: `node[type = "${t}"]`,
      style: { "background-color": NODE_THEME[t].color, shape: NODE_THEME[t].shape },
    })),
    // The fill the elements carry (type or community colour, core/styling.ts), where they carry one.
    { selector: "node[color]", style: { "background-color": "data(color)" } },
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
    { selector: "node.label-hidden", style: { label: "" } },
    // The box of unconnected nodes: a labelled, dashed frame behind them (its title's size is set
    // by the canvas so that it reads about 14 px at any zoom).
    {
      selector: "node[?group]",
      style: {
        shape: "round-rectangle",
        "background-color": "#f4f5f8",
        "background-opacity": 1,
        "border-width": 1.5,
        "border-style": "dashed",
        "border-color": "#8b93a1",
        label: "data(label)",
        "font-size": "data(fontSize)",
        "font-weight": 600,
        color: "#3d4452",
        "text-valign": "top",
        "text-halign": "center",
        "text-margin-y": -4,
        padding: "28px",
        "z-index": 0,
      },
    },
    { selector: "node.hover", style: { "border-color": "#1f2430", "border-width": 2, label: "data(label)" } },
    // Selection: the node and its neighbourhood stand out, the rest is dimmed; in focus mode
    // (`focus=1`) the rest all but disappears.
    // dimmed labels are hidden: at the selection's zoom they would cover the neighbourhood's own
    { selector: ".dimmed", style: { opacity: 0.3, "text-opacity": 0 } },
    { selector: ".faded", style: { opacity: 0.07, "text-opacity": 0 } },
    {
      selector: "node.neighbour",
      style: {
        label: "data(label)",
        "z-index": 100000,
        // Neighbours' labels may crowd: a light plate keeps the one on top readable.
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.85,
        "text-background-padding": "1px",
        "text-background-shape": "roundrectangle",
      },
    },
    { selector: "edge.neighbour", style: { opacity: 1, width: 2.2, "z-index": 100000 } },
    {
      selector: "node.selected",
      style: {
        "border-width": 4,
        "border-color": "#1f2430",
        "border-opacity": 1,
        label: "data(fullLabel)",
        "text-wrap": "wrap",
        "text-max-width": "220px",
        "font-weight": 700,
        "z-index": 100001,
      },
    },
    // Zoomed far out, or a large graph zoomed out: no arrowheads (core/edgeDetail.ts).
    { selector: "edge.lod-plain", style: { "target-arrow-shape": "none" } },
  ];
}
