/**
 * The main map's geometry, pure: the projection that fits Chongqing into the map's part of the
 * view, each district's path and label anchor, the zones' markers, and the graph drawn over the
 * map (District nodes at their coordinates, industries on a ring round them). The arithmetic
 * underneath is core/geo.ts; the inset's geometry is core/mapInset.ts.
 */
import type { GraphNode } from "../../../contract/graph.js";
import type { KeyLink } from "./districts.js";
import {
  collectionBounds,
  fitProjection,
  geometryPath,
  labelAnchor,
  ringLayout,
  type GeoFeature,
  type LonLatBounds,
  type Point,
  type Projection,
  type Rect,
} from "./geo.js";
import type { ZonePoint } from "./mapLabels.js";

/** Chongqing's bounds, fitted while the boundaries load. */
export const CHONGQING: LonLatBounds = [105.29, 28.16, 110.2, 32.2];

/** The projection of the whole city into `rect`, with room round it for labels and the ring. */
export function mapProjection(features: readonly GeoFeature[], rect: Rect): Projection {
  const b = features.length ? collectionBounds(features) : CHONGQING;
  return fitProjection(b, rect.w, rect.h, { x: Math.max(24, rect.w * 0.1), y: Math.max(20, rect.h * 0.05) }, { x: rect.x, y: rect.y });
}

/** What the map needs of a District node. */
export type DistrictNode = Pick<GraphNode, "id" | "name" | "nameEn" | "props">;

export interface MapShape {
  /** The District node's id, else one made from the feature's name. */
  id: string;
  name: string;
  nameEn?: string;
  /** The SVG path. */
  d: string;
  /** The label's anchor. */
  at: Point;
}

/** The District nodes by adcode: how a boundary finds its node. */
export function nodesByAdcode<N extends DistrictNode>(districts: readonly N[]): Map<string, N> {
  return new Map(districts.filter((n) => n.props.adcode != null).map((n) => [String(n.props.adcode), n]));
}

/** One district's shape under `project`, labelled at its node's lon/lat (else its centroid). */
export function districtShape(f: GeoFeature, node: DistrictNode | undefined, project: Projection): MapShape {
  const anchor = labelAnchor(node?.props, f.geometry)!;
  return {
    id: node?.id ?? `district:${f.properties.name}`,
    name: f.properties.name,
    nameEn: node?.nameEn ?? f.properties.nameEn,
    d: geometryPath(f.geometry, project),
    at: project(anchor[0], anchor[1]),
  };
}

export function districtShapes(features: readonly GeoFeature[], byAdcode: ReadonlyMap<string, DistrictNode>, project: Projection): MapShape[] {
  return features.map((f) => districtShape(f, byAdcode.get(String(f.properties.adcode)), project));
}

/** The development zones with a position: drawn as markers, not shapes. */
export function zonesOf<N extends DistrictNode>(districts: readonly N[]): N[] {
  return districts.filter((n) => n.props.kind === "zone" && Number.isFinite(Number(n.props.lon)));
}

export function zonePoints(zones: readonly DistrictNode[], project: Projection): ZonePoint[] {
  return zones.map((z) => ({ node: z, at: project(Number(z.props.lon), Number(z.props.lat)) }));
}

// ── the graph over the map ──────────────────────────────────────────────────

/** Where the District nodes go: at their lon/lat, else at their shape's label anchor. */
export function nodePositions(districts: readonly DistrictNode[], shapes: readonly MapShape[], project: Projection): Map<string, Point> {
  const m = new Map<string, Point>();
  for (const n of districts) {
    const lon = Number(n.props.lon);
    const lat = Number(n.props.lat);
    if (Number.isFinite(lon) && Number.isFinite(lat)) m.set(n.id, project(lon, lat));
  }
  for (const s of shapes) if (!m.has(s.id)) m.set(s.id, s.at);
  return m;
}

/** The industries on an ellipse inside `rect`, each towards the mean of its key districts. */
export function industryRing(
  industries: readonly string[],
  links: readonly KeyLink[],
  positions: ReadonlyMap<string, Point>,
  rect: Rect,
): Map<string, Point & { angle: number }> {
  const items = industries.map((ind) => ({
    id: ind,
    points: links.filter((l) => l.industry === ind).map((l) => positions.get(l.district)).filter((p): p is Point => !!p),
  }));
  return ringLayout(items, rect.x + rect.w / 2, rect.y + rect.h / 2, rect.w / 2 - Math.max(60, rect.w * 0.1), rect.h / 2 - 30);
}

/** A District node's radius in screen pixels: grows with how many industries name it. */
export function nodeRadius(count: number): number {
  return count > 0 ? 3 + Math.sqrt(count) * 1.6 : 2.5;
}
