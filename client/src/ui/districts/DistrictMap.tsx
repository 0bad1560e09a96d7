/**
 * The map of Chongqing for the district view: the 38 districts as a choropleth (how many
 * industries name each one as a key district, one chosen industry, or the similarity to the
 * chosen district), the development zones as markers (hover/select outlines the districts they
 * overlap), and optionally the graph over the map (`overlay`: District nodes at their
 * coordinates, industries on a ring, KEY_DISTRICT links). What is pointed at elsewhere in the
 * view (`spot`: a district, or an industry's key districts) is outlined. One transform, clamped
 * to the region, pans and zooms every layer (usePanZoom); the main city is repeated, enlarged,
 * in an inset that can be collapsed (remembered) and steps aside when it would cover the main
 * city. `compact`: a small locator map (no inset, legend or controls) beside the matrix.
 * The geometry and label placement live in core/mapProjection, mapInset and mapLabels. With
 * `camera`, the map's zoom and centre are kept in the URL (useMapCamera).
 */
import { useCallback, useMemo, useRef, useState } from "react";
import type { DistrictOverlap } from "../../../../contract/api.js";
import type { Camera } from "../../core/camera.js";
import type { GraphEdge, GraphNode } from "../../../../contract/graph.js";
import { BY_SIMILARITY, keyLinks, outlined, similarityValues, spannedBy } from "../../core/districts.js";
import { choroplethBins, choroplethValues, similarityBins, type GeoFeature } from "../../core/geo.js";
import { INSET_TITLE, insetProjection, insetShapes, insetShows, insetZones, mainCityBox, mapFrame } from "../../core/mapInset.js";
import { PROJECTOR_SCALE, englishMapName, insetMapLabels, mainMapLabels, ringNames } from "../../core/mapLabels.js";
import { displayName, nameFromId, type Lang } from "../../core/names.js";
import { districtShapes, industryRing, mapProjection, nodePositions, nodesByAdcode, zonePoints, zonesOf } from "../../core/mapProjection.js";
import { textWidth } from "../../core/textWidth.js";
import { useApi } from "../apiContext.js";
import { useMessages } from "../i18n.js";
import { usePresenting } from "../usePresenting.js";
import { useRemote } from "../useRemote.js";
import { DistrictLayer, type MapPaint } from "./DistrictLayer.js";
import { MapGraphOverlay } from "./MapGraphOverlay.js";
import { MapControls, MapLegend } from "./MapLegend.js";
import { useMapCamera } from "./useMapCamera.js";
import { usePanZoom, type Transform } from "./usePanZoom.js";
import { useBoxIn, useSize } from "./useSize.js";
import { useStoredFlag } from "./useStoredFlag.js";

export interface DistrictMapProps {
  overlap: DistrictOverlap;
  /** The District and Industry nodes. */
  nodes: GraphNode[];
  /** Edges among the District nodes (the zones' OVERLAPS). */
  edges: GraphEdge[];
  selected: string | null;
  onSelect(id: string): void;
  /** Choropleth by this one industry, or BY_SIMILARITY (else: the number of industries per district). */
  industry: string | null;
  onIndustry(id: string | null): void;
  /** The graph drawn over the map. */
  overlay: boolean;
  onOverlay(on: boolean): void;
  /** A district or industry pointed at elsewhere in the view: its district(s) outlined. */
  spot?: string | null;
  lang?: Lang;
  compact?: boolean;
  /** The URL's camera (core/camera.ts; null: the whole region); undefined: the map keeps none. */
  camera?: Camera | null;
  onCamera?: (camera: Camera | null) => void;
}

const NO_FEATURES: GeoFeature[] = [];
/** The inset title's font size (px, styles/districtPanel.css): story mode scales it with the labels. */
const INSET_TITLE_FS = 11;
const NO_SPAN: ReadonlySet<string> = new Set();

export function DistrictMap(props: DistrictMapProps) {
  const { overlap, nodes, edges, selected, onSelect, industry, onIndustry, overlay, onOverlay, spot = null, lang = "zh", compact = false } = props;
  const m = useMessages().districts;
  const api = useApi();
  const geo = useRemote(useCallback((signal: AbortSignal) => api.geoDistricts(signal), [api]));
  const [wrapRef, { w: W, h: H }] = useSize<HTMLDivElement>(compact ? { w: 280, h: 220 } : { w: 800, h: 600 });
  const settled = useRef<(t: Transform) => void>(null);
  const { t, svgProps, zoomBy, fit, guard, shield, glideTo, jumpTo, settleNow } = usePanZoom(W, H, (moved) => settled.current?.(moved));
  const [hover, setHover] = useState<string | null>(null);
  const onHover = useCallback((id: string, on: boolean) => setHover((h) => (on ? id : h === id ? null : h)), []);
  const legendRef = useRef<HTMLDivElement>(null);
  const legendBox = useBoxIn(legendRef, wrapRef);
  const controlsRef = useRef<HTMLDivElement>(null);
  const controlsBox = useBoxIn(controlsRef, wrapRef);
  const [insetOpen, setInsetOpen] = useStoredFlag("chain-atlas.mapInset", true);
  const withInset = insetOpen && !compact;
  // story mode: every label on the map projector-sized (none under 16 px at 1920×1080)
  const fontScale = usePresenting() ? PROJECTOR_SCALE : 1;
  const titleFs = INSET_TITLE_FS * fontScale;
  // the title's band grows by as much as its font, so the inset's labels keep clear of it
  const titleBand = INSET_TITLE + titleFs - INSET_TITLE_FS;

  const features = geo.data?.features ?? NO_FEATURES;
  const districtNodes = useMemo(() => nodes.filter((n) => n.type === "District"), [nodes]);
  const nodeById = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const nameOf = useCallback((id: string) => {
    const n = nodeById.get(id);
    return n ? displayName(n, lang) : nameFromId(id);
  }, [nodeById, lang]);
  const byAdcode = useMemo(() => nodesByAdcode(districtNodes), [districtNodes]);
  const zones = useMemo(() => zonesOf(districtNodes), [districtNodes]);

  // ── the main map and the inset (names on the map in the interface's language) ──
  const frame = useMemo(() => mapFrame(W, H, withInset), [W, H, withInset]);
  const project = useMemo(() => mapProjection(features, frame.map), [features, frame]);
  settled.current = useMapCamera({
    camera: compact ? undefined : props.camera,
    onCamera: props.onCamera,
    project: geo.status === "ok" && features.length ? project : null,
    width: W,
    height: H,
    glideTo,
    jumpTo,
    settleNow,
  });
  const named = useCallback(<S extends { name: string; nameEn?: string }>(s: S): S => (lang === "en" && s.nameEn ? { ...s, name: englishMapName(s.nameEn) } : s), [lang]);
  const shapes = useMemo(() => districtShapes(features, byAdcode, project), [features, byAdcode, project]);
  const labelShapes = useMemo(() => shapes.map(named), [shapes, named]);
  const zoneName = useCallback((id: string) => (lang === "en" ? englishMapName(nameOf(id)) : nameOf(id)), [lang, nameOf]);
  const zoneAt = useMemo(() => zonePoints(zones, project).map((z) => ({ ...z, node: { ...z.node, name: zoneName(z.node.id) } })), [zones, project, zoneName]);
  const mainBox = useMemo(() => mainCityBox(features, project), [features, project]);
  const insetProject = useMemo(() => insetProjection(features, frame.inset), [features, frame]);
  const inset = useMemo(() => insetShapes(features, byAdcode, insetProject, frame.inset).map(named), [features, byAdcode, insetProject, frame, named]);
  const insetZoneAt = useMemo(
    () => insetZones(zonePoints(zones, insetProject), frame.inset).map((z) => ({ ...z, node: { ...z.node, name: zoneName(z.node.id) } })),
    [zones, insetProject, frame, zoneName],
  );

  // ── choropleth and zones ──
  const similar = industry === BY_SIMILARITY;
  const counts = useMemo(() => choroplethValues(overlap), [overlap]);
  const values = useMemo(() => {
    if (similar) return selected ? similarityValues(overlap, selected) : counts;
    return choroplethValues(overlap, industry);
  }, [overlap, industry, similar, selected, counts]);
  const max = useMemo(() => Math.max(0, ...shapes.map((s) => counts.get(s.id) ?? 0)), [shapes, counts]);
  const bins = useMemo(() => {
    if (similar && selected) return similarityBins(m.binNothingShared);
    return choroplethBins(max, industry && !similar ? { none: m.binNone, named: m.binNamed } : undefined);
  }, [max, industry, similar, selected, m]);
  const spans = useMemo(() => spannedBy(edges), [edges]);
  // a zone hovered on the map or pointed at elsewhere (else the selected one): its districts dashed
  const zoneFocus = [hover, spot, selected].find((id) => id && zones.some((z) => z.id === id)) ?? null;
  const pointed = useMemo(() => outlined(overlap, spot), [overlap, spot]);

  // ── the graph over the map ──
  const links = useMemo(() => keyLinks(overlap), [overlap]);
  const positions = useMemo(() => nodePositions(districtNodes, shapes, project), [districtNodes, shapes, project]);
  const ring = useMemo(() => industryRing(overlap.industries, links, positions, frame.map), [overlap, links, positions, frame]);
  const graphDistricts = useMemo(() => districtNodes.filter((n) => n.props.kind !== "zone"), [districtNodes]);
  const ringLabels = useMemo(
    () => (overlay ? ringNames(ring, (id) => textWidth(nameOf(id), 12), t.k, t.x, W) : []),
    [overlay, ring, nameOf, t.k, t.x, W],
  );

  // ── labels (placed again at every zoom: they keep their screen size), on screen and off the inset ──
  const showInset = withInset && insetShows(t, mainBox, frame.inset);
  const labelView = useMemo(() => {
    const toModel = (x: number, y: number) => ({ x: (x - t.x) / t.k, y: (y - t.y) / t.k });
    const box = (x0: number, y0: number, x1: number, y1: number) => {
      const a = toModel(x0, y0);
      const b = toModel(x1, y1);
      return { x0: a.x, y0: a.y, x1: b.x, y1: b.y };
    };
    const r = frame.inset;
    const avoid = showInset ? [box(r.x, r.y, r.x + r.w, r.y + r.h)] : [];
    // the legend and the controls are drawn over the map: labels keep off them too
    for (const o of [legendBox, controlsBox]) if (o) avoid.push(box(o.x, o.y, o.x + o.w, o.y + o.h));
    return { within: box(0, 0, W, H), avoid, fontScale };
  }, [t.x, t.y, t.k, W, H, frame, showInset, legendBox, controlsBox, fontScale]);
  const labels = useMemo(
    () => mainMapLabels(labelShapes, zoneAt, counts, selected, t.k, overlay, ringLabels, labelView),
    [labelShapes, zoneAt, counts, selected, t.k, overlay, ringLabels, labelView],
  );
  const insetLabels = useMemo(
    () => insetMapLabels(inset, insetZoneAt, counts, selected, frame.inset, titleBand, fontScale),
    [inset, insetZoneAt, counts, selected, frame, titleBand, fontScale],
  );

  // the markers show a tick for one industry's districts, else their count
  const paint: MapPaint = { values, bins, counts, industry: similar ? null : industry, selected, hover, zoneFocus, spanned: (zoneFocus && spans.get(zoneFocus)) || NO_SPAN, spans, outlined: pointed };
  const pick = (id: string) => guard(() => onSelect(id));
  const mode = overlay ? "graph" : "map";
  const hoverName = hover && (labelShapes.find((s) => s.id === hover)?.name ?? zoneAt.find((z) => z.node.id === hover)?.node.name);
  const hovered = !hover
    ? ""
    : !hoverName
      ? hover.startsWith("industry:")
        ? nameOf(hover)
        : ""
      : similar && selected
        ? m.hoveredSimilar(hoverName, (values.get(hover) ?? 0).toFixed(2))
        : m.hovered(hoverName, counts.get(hover) ?? 0);
  const status = geo.status === "error" ? m.boundariesUnavailable(geo.error.message) : geo.status === "loading" ? m.boundariesLoading : null;
  const r = frame.inset;
  const legendTitle = similar
    ? selected
      ? m.legendSimilar(nameOf(selected))
      : m.legendPickFirst
    : industry
      ? m.legendIndustry(nameOf(industry))
      : m.legendCount;

  return (
    <div className={`dmap-wrap${frame.tall ? " dmap-tall" : ""}${compact ? " dmap-compact" : ""}`}>
      <div className="dmap" ref={wrapRef} data-inset={withInset ? "open" : "closed"}>
        <svg
          {...svgProps}
          className={`dmap-svg dmap-mode-${mode}`}
          data-testid={compact ? "district-locator" : "district-map"}
          data-district-count={shapes.length}
          data-mode={mode}
          data-zoom={t.k.toFixed(2)}
          data-transform={`${t.k},${t.x.toFixed(1)},${t.y.toFixed(1)}`}
          width={W}
          height={H}
          viewBox={`0 0 ${W} ${H}`}
          role="group"
          aria-label={m.mapLabel}
        >
          <g transform={`translate(${t.x},${t.y}) scale(${t.k})`}>
            <DistrictLayer shapes={shapes} labels={labels} zones={zoneAt} k={t.k} paint={paint} nameOf={nameOf} onPick={pick} onHover={onHover}>
              {overlay && (
                <MapGraphOverlay
                  links={links}
                  ring={ring}
                  labels={labels.ring}
                  positions={positions}
                  districts={graphDistricts}
                  industries={overlap.industries}
                  counts={counts}
                  selected={selected}
                  focusIndustry={hover?.startsWith("industry:") ? hover : industry && !similar ? industry : null}
                  k={t.k}
                  nameOf={nameOf}
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
              <text
                className="dmap-inset-title"
                x={r.x + 6}
                y={r.y + 13 + (titleFs - INSET_TITLE_FS) * 0.6}
                style={fontScale !== 1 ? { fontSize: titleFs } : undefined}
              >
                {m.insetTitle}
              </text>
              <clipPath id="dmap-inset-clip">
                {/* below the title's band, which grows with it in story mode (the map's top edge goes under it) */}
                <rect x={r.x} y={r.y + titleBand} width={r.w} height={r.h - titleBand} />
              </clipPath>
              <DistrictLayer inset clipPath="dmap-inset-clip" shapes={inset} labels={insetLabels} zones={insetZoneAt} k={1} paint={paint} nameOf={nameOf} onPick={pick} onHover={onHover} />
            </g>
          )}
        </svg>
        {!compact && withInset && showInset && (
          <button
            type="button"
            className="dmap-inset-toggle"
            data-testid="map-inset-toggle"
            aria-expanded
            aria-label={m.insetHide}
            title={m.insetHide}
            style={{ left: r.x + r.w - 22, top: r.y + 1 }}
            onClick={() => setInsetOpen(false)}
          >
            ×
          </button>
        )}
        {!compact && !withInset && (
          <button type="button" className="dmap-inset-open" data-testid="map-inset-toggle" aria-expanded={false} onClick={() => setInsetOpen(true)}>
            {m.insetShow}
          </button>
        )}

        {status && <div className="dmap-status">{status}</div>}
        {!compact && <MapControls ref={controlsRef} overlay={overlay} onOverlay={onOverlay} zoomBy={zoomBy} fit={fit} />}
      </div>
      {!compact && (
        <MapLegend
          ref={legendRef}
          maxHeight={!frame.tall && showInset ? r.y - 16 : undefined}
          industries={overlap.industries}
          industry={industry}
          onIndustry={onIndustry}
          nameOf={nameOf}
          title={legendTitle}
          bins={bins}
          hovered={hovered}
          maxWidth={frame.tall ? Math.max(150, W - (showInset ? r.w : 0) - 28) : undefined}
        />
      )}
    </div>
  );
}
