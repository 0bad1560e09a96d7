/**
 * The two small graphs of the district view, as preset elements for PresetCanvas: a district's
 * portfolio (the district in the centre, its industries round it, the SUPPLIES among them) and the
 * industry co-location circle (edges weighted by shared districts). Positions come from
 * core/districts.ts.
 */
import type { StylesheetJson } from "cytoscape";
import type { GraphEdge } from "../../../contract/graph.js";
import { circlePositions, shortIndustryName, weightWidth, type Colocation } from "./districts.js";
import { graphStylesheet } from "./graphStyle.js";
import { FONT_STACK } from "./theme.js";

type NodeData = { id: string; label: string; type: string; size: number; fontSize: number; degree: number };
type EdgeData = { id: string; source: string; target: string; type: string; label?: string; width?: number; bend?: number };

/** Elements with their positions, as ui/PresetCanvas draws them. */
export interface DistrictGraphElements {
  nodes: { group: "nodes"; data: NodeData; position: { x: number; y: number } }[];
  edges: { group: "edges"; data: EdgeData; classes?: string }[];
}

/** Model units between the rows of the portfolio's column (its canvas is sized to fit them). */
const ROW = 28;
const COLUMN_X = 64;

/** The portfolio canvas's height in CSS pixels for `n` industries: drawn at about zoom 1, not shrunk. */
export function portfolioCanvasHeight(n: number): number {
  return Math.min(560, Math.max(160, 72 + 26 * n));
}

export function portfolioElements(
  district: string,
  industries: readonly string[],
  edges: readonly GraphEdge[],
  nameOf: (id: string) => string,
): DistrictGraphElements {
  // The side column is narrow: the district at the top left (named above), its industries in one
  // column below to its right, labelled to their right: fitted at about zoom 1, its type stays big.
  const row = new Map(industries.map((id, i) => [id, i]));
  const inSet = new Set([district, ...industries]);
  const nodes = [district, ...industries].map((id) => ({
    group: "nodes" as const,
    data: {
      id,
      label: id === district ? nameOf(id) : shortIndustryName(nameOf(id)),
      type: id === district ? "District" : "Industry",
      size: id === district ? 30 : 16,
      fontSize: id === district ? 16 : 15,
      degree: id === district ? 99 : 1,
    } satisfies NodeData,
    position: id === district ? { x: 0, y: -ROW } : { x: COLUMN_X, y: row.get(id)! * ROW },
  }));
  const es = edges
    .filter((e) => (e.type === "KEY_DISTRICT" && e.target === district && inSet.has(e.source)) || (e.type === "SUPPLIES" && inSet.has(e.source) && inSet.has(e.target)))
    .map((e) => {
      // supplies between two rows bow out to the left of the column, further the further apart
      const span = e.type === "SUPPLIES" ? (row.get(e.target) ?? 0) - (row.get(e.source) ?? 0) : 0;
      return {
        group: "edges" as const,
        data: { id: e.id, source: e.source, target: e.target, type: e.type, bend: Math.sign(span) * Math.min(44, 8 + 5 * Math.abs(span)) } satisfies EdgeData,
      };
    });
  return { nodes, edges: es };
}

export function colocationElements(
  industries: readonly string[],
  links: readonly Colocation[],
  districtCount: (id: string) => number,
  nameOf: (id: string) => string,
): DistrictGraphElements {
  const pos = circlePositions(industries, 130, 220);
  const max = Math.max(1, ...links.map((l) => l.weight));
  return {
    nodes: industries.map((id) => ({
      group: "nodes" as const,
      // short names in big type: the circle is fitted into the view, so type shrinks with it
      data: {
        id,
        label: `${shortIndustryName(nameOf(id))} (${districtCount(id)})`,
        type: "Industry",
        size: 18 + 3 * districtCount(id),
        fontSize: 20,
        degree: districtCount(id),
      } satisfies NodeData,
      position: pos.get(id)!,
    })),
    edges: links.map((l) => ({
      group: "edges" as const,
      data: { id: `COLOCATED:${l.a}--${l.b}`, source: l.a, target: l.b, type: "COLOCATED", label: String(l.weight), width: weightWidth(l.weight, max) } satisfies EdgeData,
      classes: l.weight > 1 ? "heavy" : "light",
    })),
  };
}

const LABELS: StylesheetJson = [
  { selector: "node", style: { "text-wrap": "none", "text-max-width": "400px", "font-family": FONT_STACK } },
  { selector: "node.label-hidden", style: { label: "data(label)" } },
];

export function portfolioStylesheet(): StylesheetJson {
  return [
    ...graphStylesheet(),
    ...LABELS,
    { selector: "node", style: { "text-valign": "center", "text-halign": "right", "text-margin-x": 5 } },
    // the district's name above it, running right from it (above the column, not out of the frame)
    {
      selector: 'node[type = "District"]',
      style: { "text-valign": "top", "text-halign": "right", "text-margin-x": -24, "text-margin-y": -2, "text-background-color": "#ffffff", "text-background-opacity": 0.85 },
    },
    {
      selector: 'edge[type = "SUPPLIES"]',
      style: { width: 1, opacity: 0.35, "arrow-scale": 0.5, "curve-style": "unbundled-bezier", "control-point-distances": "data(bend)", "control-point-weights": 0.5 },
    },
    { selector: 'edge[type = "KEY_DISTRICT"]', style: { width: 1.6, opacity: 0.7, "line-color": "#12b886", "target-arrow-shape": "none" } },
    { selector: "edge.neighbour, edge.hover", style: { opacity: 1, width: 2.2 } },
    { selector: ".faded", style: { opacity: 0.15, "text-opacity": 0.3 } },
  ];
}

export function colocationStylesheet(): StylesheetJson {
  return [
    ...graphStylesheet(),
    ...LABELS,
    {
      selector: "edge",
      style: {
        width: "data(width)",
        "line-color": "#748ffc",
        "target-arrow-shape": "none",
        "curve-style": "straight",
        opacity: 0.5,
        label: "data(label)",
        // fitted at about zoom 0.8 at 1440×900: 16 reads as 12 px or more
        "font-size": 16,
        "font-family": FONT_STACK,
        color: "#364fc7",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.85,
        "text-background-padding": "1px",
      },
    },
    { selector: "edge.light", style: { opacity: 0.25, label: "" } },
    { selector: "edge.hover, edge.neighbour", style: { opacity: 1, "line-color": "#3b5bdb", label: "data(label)", "z-index": 100 } },
    { selector: "edge.picked", style: { opacity: 1, "line-color": "#d6336c", label: "data(label)", "z-index": 101 } },
    { selector: ".faded", style: { opacity: 0.12, "text-opacity": 0.3 } },
  ];
}
