/**
 * What the district map can draw for the chosen plan. Boundaries exist only for Chongqing (GB/T
 * 2260 codes starting 50; seeds/geo/chongqing.geojson): a plan of another region, or one whose
 * districts carry no coordinates, gets no map but a line saying so (its lists and matrix work). With
 * all plans, the map shows Chongqing and the districts without coordinates are listed beside it,
 * never drawn at (0,0). Pure.
 */
import type { PlanSummary } from "../../../contract/api.js";
import type { GraphNode } from "../../../contract/graph.js";

/** The region the boundaries cover. */
export const MAPPED_REGION_PREFIX = "50";
export const MAPPED_REGION = "重庆市";

type DistrictLike = Pick<GraphNode, "id" | "type" | "props">;

/** A finite longitude and latitude (null, "" and missing are none: Number(null) would be 0). */
export function hasCoordinates(n: Pick<GraphNode, "props">): boolean {
  const { lon, lat } = n.props;
  const ok = (v: unknown) => (typeof v === "number" || (typeof v === "string" && v.trim() !== "")) && Number.isFinite(Number(v));
  return ok(lon) && ok(lat);
}

/** Whether the map can place a district: at its coordinates, or in its shape (a code of the mapped region). */
export function placeable(n: Pick<GraphNode, "props">): boolean {
  const code = n.props.adcode;
  return hasCoordinates(n) || (typeof code === "string" && code.startsWith(MAPPED_REGION_PREFIX));
}

/** Whether the boundaries are of the plan's region: by its code, else by its name; undefined when neither is known. */
export function regionMapped(plan: Pick<PlanSummary, "region" | "regionCode">): boolean | undefined {
  if (plan.regionCode) return plan.regionCode.startsWith(MAPPED_REGION_PREFIX);
  return plan.region ? plan.region === MAPPED_REGION : undefined;
}

export type MapCoverage =
  /** The map is drawn; `unplaced` are the districts it cannot place (listed instead, and not given to the map). */
  | { kind: "map"; unplaced: DistrictLike[] }
  /** No map: the plan's region has no boundaries (or its districts no coordinates). */
  | { kind: "none"; region: string };

/**
 * What the map shows: `plan` the chosen plan (undefined: all plans), `districts` the District
 * nodes the view has (the plan's own when one is chosen).
 */
export function mapCoverage(plan: Pick<PlanSummary, "region" | "regionCode"> | undefined, districts: readonly DistrictLike[]): MapCoverage {
  const own = districts.filter((n) => n.type === "District");
  const unplaced = own.filter((n) => !placeable(n));
  // a region known to be elsewhere, or (known or not) districts none of which the map can place
  if (plan && (regionMapped(plan) === false || (own.length > 0 && unplaced.length === own.length))) return { kind: "none", region: plan.region };
  return { kind: "map", unplaced };
}
