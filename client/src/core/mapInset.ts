/**
 * The main-city inset of the district map, pure: how the view is split between the whole city and
 * the inset, the inset's projection (it magnifies the six inner districts), which districts and
 * zones show in it and where their labels anchor, and the dashed box on the map that it enlarges.
 */
import { collectionBounds, fitProjection, geometryBounds, type GeoFeature, type LonLatBounds, type Projection, type Rect } from "./geo.js";
import { LABEL_SMALL, mapName, type ZonePoint } from "./mapLabels.js";
import { districtShape, type DistrictNode, type MapShape } from "./mapProjection.js";
import { textWidth } from "./textWidth.js";

/** The nine districts of the main city (主城九区): the dashed box on the map. */
export const MAIN_CITY = new Set(["渝中区", "大渡口区", "江北区", "沙坪坝区", "九龙坡区", "南岸区", "北碚区", "渝北区", "巴南区"]);
/** The inset magnifies the dense core (the six inner districts); neighbours show clipped. */
export const CORE = new Set(["渝中区", "大渡口区", "江北区", "沙坪坝区", "九龙坡区", "南岸区"]);
/** Above this zoom the main city reads on the map itself: the inset goes. */
export const INSET_UNTIL_ZOOM = 2.5;
/** The strip at the inset's top that holds its title. */
export const INSET_TITLE = 18;
/** The core's bounds, fitted while the boundaries load. */
const CORE_BOUNDS: LonLatBounds = [106.3, 29.3, 106.75, 29.8];

export interface MapFrame {
  map: Rect;
  inset: Rect;
  /** Taller than wide: the inset goes below the map, not beside it. */
  tall: boolean;
}

/**
 * The inset takes the bottom-left corner of a `width`×`height` view; the whole city fits beside
 * or above it. With the inset collapsed (`withInset` false) the city takes the whole view.
 */
export function mapFrame(width: number, height: number, withInset = true): MapFrame {
  const tall = height > width * 0.95;
  const iw = Math.round(tall ? Math.min(width * 0.6, 300) : Math.min(width * 0.32, 340));
  const ih = Math.round(tall ? Math.min(height * 0.36, 320) : Math.min(height * 0.55, 400));
  const inset = { x: 8, y: height - ih - 8, w: iw, h: ih };
  if (!withInset) return { inset, map: { x: 0, y: 0, w: width, h: height }, tall };
  const map = tall ? { x: 0, y: 0, w: width, h: height - ih - 8 } : { x: iw + 8, y: 0, w: width - iw - 8, h: height };
  return { inset, map, tall };
}

/**
 * Whether the inset shows under the pan/zoom transform `t`: not once the main city reads on the
 * map itself (INSET_UNTIL_ZOOM), and never over the main city: when zooming or panning brings
 * the main city's box (`mainBox`, model units) under the inset's frame, the inset steps aside.
 */
export function insetShows(t: { k: number; x: number; y: number }, mainBox: Rect | null, inset: Rect): boolean {
  if (t.k >= INSET_UNTIL_ZOOM) return false;
  if (!mainBox) return true;
  const x0 = mainBox.x * t.k + t.x;
  const y0 = mainBox.y * t.k + t.y;
  const x1 = x0 + mainBox.w * t.k;
  const y1 = y0 + mainBox.h * t.k;
  return x1 <= inset.x || x0 >= inset.x + inset.w || y1 <= inset.y || y0 >= inset.y + inset.h;
}

/** The inset's projection: the core districts fitted below its title. */
export function insetProjection(features: readonly GeoFeature[], inset: Rect): Projection {
  const core = features.filter((f) => CORE.has(f.properties.name));
  const b = core.length ? collectionBounds(core) : CORE_BOUNDS;
  return fitProjection(b, inset.w, inset.h - INSET_TITLE, 4, { x: inset.x, y: inset.y + INSET_TITLE });
}

export interface InsetShape extends MapShape {
  core: boolean;
  /** Its name fits inside the inset: neighbours cut off too far get no label. */
  labelled: boolean;
}

/**
 * The districts the inset shows (any part inside its frame), each labelled at its anchor or, for a
 * big neighbour whose anchor is outside, at the middle of its visible part.
 */
export function insetShapes(features: readonly GeoFeature[], byAdcode: ReadonlyMap<string, DistrictNode>, project: Projection, inset: Rect): InsetShape[] {
  const r = inset;
  const [lon0, lat1] = project.invert({ x: r.x, y: r.y + INSET_TITLE });
  const [lon1, lat0] = project.invert({ x: r.x + r.w, y: r.y + r.h });
  return features
    .map((f) => ({ f, b: geometryBounds(f.geometry) }))
    .filter(({ b }) => b[0] < lon1 && b[2] > lon0 && b[1] < lat1 && b[3] > lat0)
    .map(({ f, b }) => {
      const shape = districtShape(f, byAdcode.get(String(f.properties.adcode)), project);
      const half = textWidth(mapName(f.properties.name), LABEL_SMALL) / 2 + 3;
      const inside = (p: { x: number; y: number }) => p.x > r.x + half && p.x < r.x + r.w - half && p.y > r.y + 26 && p.y < r.y + r.h - 8;
      let at = shape.at;
      if (!inside(at)) {
        const q0 = project(Math.max(b[0], lon0), Math.min(b[3], lat1));
        const q1 = project(Math.min(b[2], lon1), Math.max(b[1], lat0));
        at = { x: (q0.x + q1.x) / 2, y: (q0.y + q1.y) / 2 };
      }
      return { ...shape, at, core: CORE.has(f.properties.name), labelled: inside(at) };
    });
}

/** The zone markers that fall inside the inset, below its title. */
export function insetZones(points: readonly ZonePoint[], inset: Rect): ZonePoint[] {
  const r = inset;
  return points.filter(({ at }) => at.x > r.x && at.x < r.x + r.w && at.y > r.y + INSET_TITLE && at.y < r.y + r.h);
}

/** The main city's bounding box on the map (what the inset enlarges), or null before the boundaries load. */
export function mainCityBox(features: readonly GeoFeature[], project: Projection): Rect | null {
  const main = features.filter((f) => MAIN_CITY.has(f.properties.name));
  if (!main.length) return null;
  const [a, b, c, d] = collectionBounds(main);
  const p = project(a, d);
  const q = project(c, b);
  return { x: p.x, y: p.y, w: q.x - p.x, h: q.y - p.y };
}
