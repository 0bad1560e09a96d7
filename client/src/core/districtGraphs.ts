/**
 * The two small graphs of the district view, as preset elements for PresetCanvas: a district's
 * portfolio (the district in the centre, its industries round it, the SUPPLIES among them) and the
 * industry co-location circle (edges weighted by shared districts). Positions come from
 * core/districts.ts.
 */
import type { StylesheetJson } from "cytoscape";
import type { GraphEdge } from "../../../contract/graph.js";
import { circlePositions, radialPositions, shortIndustryName, weightWidth, type Colocation } from "./districts.js";
import { graphStylesheet } from "./graphStyle.js";
import { FONT_STACK } from "./theme.js";

type NodeData = { id: string; label: string; type: string; size: number; fontSize: number; degree: number };
type EdgeData = { id: string; source: string; target: string; type: string; label?: string; width?: number };

/** Elements with their positions, as ui/PresetCanvas draws them. */
export interface DistrictGraphElements {
  nodes: { group: "nodes"; data: NodeData; position: { x: number; y: number } }[];
  edges: { group: "edges"; data: EdgeData; classes?: string }[];
}

export function portfolioElements(
  district: string,
  industries: readonly string[],
  edges: readonly GraphEdge[],
  nameOf: (id: string) => string,
): DistrictGraphElements {
  const pos = radialPositions(district, industries);
  const inSet = new Set([district, ...industries]);
  // The graph is drawn small (the side column) and fitted: short names in big type read at that zoom.
  const nodes = [district, ...industries].map((id) => ({
    group: "nodes" as const,
    data: {
      id,
      label: id === district ? nameOf(id) : shortIndustryName(nameOf(id)),
      type: id === district ? "District" : "Industry",
      size: id === district ? 46 : 30,
      fontSize: id === district ? 24 : 20,
      degree: id === district ? 99 : 1,
    } satisfies NodeData,
    position: pos.get(id)!,
  }));
  const es = edges
    .filter((e) => (e.type === "KEY_DISTRICT" && e.target === district && inSet.has(e.source)) || (e.type === "SUPPLIES" && inSet.has(e.source) && inSet.has(e.target)))
    .map((e) => ({ group: "edges" as const, data: { id: e.id, source: e.source, target: e.target, type: e.type } satisfies EdgeData }));
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
    { selector: 'edge[type = "SUPPLIES"]', style: { width: 1, opacity: 0.35, "arrow-scale": 0.5 } },
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
        "font-size": 10,
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
