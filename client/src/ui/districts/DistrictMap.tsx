/**
 * The map of Chongqing for the district view: the 38 districts as a choropleth (how many
 * industries name each one as a key district, or one chosen industry), the development zones as
 * markers (hover/select outlines the districts they overlap), and optionally the graph over the
 * map (`overlay`: District nodes at their coordinates, industries on a ring, KEY_DISTRICT links).
 * One transform pans and zooms every layer (usePanZoom); the main city is repeated, enlarged, in
 * an inset. The geometry and label placement live in core/mapProjection, mapInset and mapLabels.
 */
import { useCallback, useMemo, useState } from "react";
import type { DistrictOverlap } from "../../../../contract/api.js";
import type { GraphEdge, GraphNode } from "../../../../contract/graph.js";
import { keyLinks, spannedBy } from "../../core/districts.js";
import { choroplethBins, choroplethValues, type GeoFeature } from "../../core/geo.js";
import { INSET_TITLE, INSET_UNTIL_ZOOM, insetProjection, insetShapes, insetZones, mainCityBox, mapFrame } from "../../core/mapInset.js";
import { insetMapLabels, mainMapLabels } from "../../core/mapLabels.js";
import { nameFromId } from "../../core/names.js";
import { districtShapes, industryRing, mapProjection, nodePositions, nodesByAdcode, zonePoints, zonesOf } from "../../core/mapProjection.js";
import { useApi } from "../apiContext.js";
import { useRemote } from "../useRemote.js";
import { DistrictLayer, type MapPaint } from "./DistrictLayer.js";
import { MapGraphOverlay } from "./MapGraphOverlay.js";
import { MapControls, MapLegend } from "./MapLegend.js";
import { usePanZoom } from "./usePanZoom.js";
import { useSize } from "./useSize.js";

export interface DistrictMapProps {
  overlap: DistrictOverlap;
  /** The District and Industry nodes. */
  nodes: GraphNode[];
  /** Edges among the District nodes (the zones' OVERLAPS). */
  edges: GraphEdge[];
  selected: string | null;
  onSelect(id: string): void;
  /** Choropleth by this one industry (else: the number of industries per district). */
  industry: string | null;
  onIndustry(id: string | null): void;
  /** The graph drawn over the map. */
  overlay: boolean;
  onOverlay(on: boolean): void;
}

const NO_FEATURES: GeoFeature[] = [];
const NO_SPAN: ReadonlySet<string> = new Set();

export function DistrictMap({ overlap, nodes, edges, selected, onSelect, industry, onIndustry, overlay, onOverlay }: DistrictMapProps) {
  const api = useApi();
  const geo = useRemote(useCallback((signal: AbortSignal) => api.geoDistricts(signal), [api]));
  const [wrapRef, { w: W, h: H }] = useSize<HTMLDivElement>({ w: 800, h: 600 });
  const { t, svgProps, zoomBy, fit, guard, shield } = usePanZoom(W, H);
  const [hover, setHover] = useState<string | null>(null);
  const onHover = useCallback((id: string, on: boolean) => setHover((h) => (on ? id : h === id ? null : h)), []);

  const features = geo.data?.features ?? NO_FEATURES;
  const districtNodes = useMemo(() => nodes.filter((n) => n.type === "District"), [nodes]);
  const nodeById = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const industryName = (id: string) => nodeById.get(id)?.name ?? nameFromId(id);
  const byAdcode = useMemo(() => nodesByAdcode(districtNodes), [districtNodes]);
  const zones = useMemo(() => zonesOf(districtNodes), [districtNodes]);

  // ── the main map and the inset ──
  const frame = useMemo(() => mapFrame(W, H), [W, H]);
  const project = useMemo(() => mapProjection(features, frame.map), [features, frame]);
  const shapes = useMemo(() => districtShapes(features, byAdcode, project), [features, byAdcode, project]);
  const zoneAt = useMemo(() => zonePoints(zones, project), [zones, project]);
  const mainBox = useMemo(() => mainCityBox(features, project), [features, project]);
  const insetProject = useMemo(() => insetProjection(features, frame.inset), [features, frame]);
  const inset = useMemo(() => insetShapes(features, byAdcode, insetProject, frame.inset), [features, byAdcode, insetProject, frame]);
  const insetZoneAt = useMemo(() => insetZones(zonePoints(zones, insetProject), frame.inset), [zones, insetProject, frame]);

  // ── choropleth and zones ──
  const values = useMemo(() => choroplethValues(overlap, industry), [overlap, industry]);
  const counts = useMemo(() => choroplethValues(overlap), [overlap]);
  const max = useMemo(() => Math.max(0, ...shapes.map((s) => values.get(s.id) ?? 0)), [shapes, values]);
  const bins = useMemo(() => choroplethBins(max, !!industry), [max, industry]);
  const spans = useMemo(() => spannedBy(edges), [edges]);
  const zoneFocus = [hover, selected].find((id) => id && zones.some((z) => z.id === id)) ?? null;

  // ── labels (placed again at every zoom: they keep their screen size) ──
  const labels = useMemo(() => mainMapLabels(shapes, zoneAt, counts, selected, t.k, overlay), [shapes, zoneAt, counts, selected, t.k, overlay]);
  const insetLabels = useMemo(
    () => insetMapLabels(inset, insetZoneAt, counts, selected, frame.inset, INSET_TITLE),
    [inset, insetZoneAt, counts, selected, frame],
  );

  // ── the graph over the map ──
  const links = useMemo(() => keyLinks(overlap), [overlap]);
  const positions = useMemo(() => nodePositions(districtNodes, shapes, project), [districtNodes, shapes, project]);
  const ring = useMemo(() => industryRing(overlap.industries, links, positions, frame.map), [overlap, links, positions, frame]);
  const graphDistricts = useMemo(() => districtNodes.filter((n) => n.props.kind !== "zone"), [districtNodes]);

  const paint: MapPaint = { values, bins, counts, industry, selected, hover, zoneFocus, spanned: (zoneFocus && spans.get(zoneFocus)) || NO_SPAN, spans };
  const pick = (id: string) => guard(() => onSelect(id));
  const mode = overlay ? "graph" : "map";
  const showInset = t.k < INSET_UNTIL_ZOOM;
  const hoveredName = hover ? (shapes.find((s) => s.id === hover)?.name ?? zoneAt.find((z) => z.node.id === hover)?.node.name) : undefined;
  const hoverCount = hover ? (counts.get(hover) ?? 0) : 0;
  const hovered = hoveredName
    ? `${hoveredName}: ${hoverCount} ${hoverCount === 1 ? "industry" : "industries"}`
    : hover?.startsWith("industry:")
      ? industryName(hover)
      : "";
  const status = geo.status === "error" ? `Boundaries unavailable: ${geo.error.message}` : geo.status === "loading" ? "Loading boundaries…" : null;
  const r = frame.inset;

  return (
    <div className={`dmap${frame.tall ? " dmap-tall" : ""}`} ref={wrapRef}>
      <svg
        {...svgProps}
        className={`dmap-svg dmap-mode-${mode}`}
        data-testid="district-map"
        data-district-count={shapes.length}
        data-mode={mode}
        data-zoom={t.k.toFixed(2)}
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label="Map of Chongqing's districts"
      >
        <g transform={`translate(${t.x},${t.y}) scale(${t.k})`}>
          <DistrictLayer shapes={shapes} labels={labels} zones={zoneAt} k={t.k} paint={paint} onPick={pick} onHover={onHover}>
            {overlay && (
              <MapGraphOverlay
                links={links}
                ring={ring}
                positions={positions}
                districts={graphDistricts}
                industries={overlap.industries}
                counts={counts}
                selected={selected}
                focusIndustry={hover?.startsWith("industry:") ? hover : industry}
                k={t.k}
                panX={t.x}
                width={W}
                nameOf={industryName}
                onPick={pick}
                onPickIndustry={(id) => guard(() => onIndustry(id === industry ? null : id))}
                onHover={onHover}
              />
            )}
          </DistrictLayer>
          {mainBox && showInset && (
            <rect className="dmap-mainbox" x={mainBox.x} y={mainBox.y} width={mainBox.w} height={mainBox.h} vectorEffect="non-scaling-stroke" />
          )}
        </g>

        {showInset && inset.length > 0 && (
          <g className="dmap-inset" data-testid="map-inset" onPointerDown={shield}>
            <rect className="dmap-inset-frame" x={r.x} y={r.y} width={r.w} height={r.h} rx={4} />
            <text className="dmap-inset-title" x={r.x + 6} y={r.y + 13}>
              主城区 main city
            </text>
            <clipPath id="dmap-inset-clip">
              <rect x={r.x} y={r.y + INSET_TITLE} width={r.w} height={r.h - INSET_TITLE} />
            </clipPath>
            <DistrictLayer inset clipPath="dmap-inset-clip" shapes={inset} labels={insetLabels} zones={insetZoneAt} k={1} paint={paint} onPick={pick} onHover={onHover} />
          </g>
        )}
      </svg>

      {status && <div className="dmap-status">{status}</div>}
      <MapControls overlay={overlay} onOverlay={onOverlay} zoomBy={zoomBy} fit={fit} />
      <MapLegend
        industries={overlap.industries}
        industry={industry}
        onIndustry={onIndustry}
        nameOf={industryName}
        bins={bins}
        hovered={hovered}
        maxWidth={frame.tall ? Math.max(150, W - r.w - 28) : undefined}
      />
    </div>
  );
}
