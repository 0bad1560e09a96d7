/**
 * Over the district map: the controls (graph on the map or not, zoom) at the top right, and the
 * legend — what colours the districts (the count, one industry, or the similarity to the chosen
 * district), its bins, the zone marker, what is hovered.
 */
import { BY_SIMILARITY, nameLang } from "../../core/districts.js";
import type { Ref } from "react";
import type { Bin } from "../../core/geo.js";
import { useMessages } from "../i18n.js";
import { ZONE_SHAPE } from "./DistrictLayer.js";

const ZONE_COLOR = "#c2571a";

interface ControlsProps {
  overlay: boolean;
  onOverlay(on: boolean): void;
  zoomBy(factor: number): void;
  fit(): void;
  /** The controls' element: the map keeps its labels off it. */
  ref?: Ref<HTMLDivElement>;
}

export function MapControls(props: ControlsProps) {
  const { overlay, zoomBy, ref } = props;
  const m = useMessages().districts;
  return (
    <div className="dmap-controls" ref={ref}>
      <button type="button" data-testid="map-toggle" aria-pressed={overlay} title={m.toggleTitle} onClick={() => props.onOverlay(!overlay)}>
        {overlay ? m.mapOnly : m.graphOnMap}
      </button>
      <div className="dmap-zoom">
        <button type="button" data-testid="map-zoom-in" title={m.zoomIn} aria-label={m.zoomIn} onClick={() => zoomBy(1.5)}>
          +
        </button>
        <button type="button" data-testid="map-zoom-out" title={m.zoomOut} aria-label={m.zoomOut} onClick={() => zoomBy(1 / 1.5)}>
          −
        </button>
        <button type="button" data-testid="map-zoom-fit" title={m.fitTitle} onClick={props.fit}>
          {m.fit}
        </button>
      </div>
    </div>
  );
}

interface LegendProps {
  industries: readonly string[];
  /** The choropleth's one industry, BY_SIMILARITY, or null for the count. */
  industry: string | null;
  onIndustry(id: string | null): void;
  nameOf(id: string): string;
  /** What the colours say. */
  title: string;
  bins: readonly Bin[];
  /** The line about what is hovered ("" for nothing). */
  hovered: string;
  /** Narrow views keep the legend beside the inset, wide ones above it. */
  maxWidth?: number;
  maxHeight?: number;
  /** The legend's element: the map keeps its labels off it. */
  ref?: Ref<HTMLDivElement>;
}

export function MapLegend({ industries, industry, onIndustry, nameOf, title, bins, hovered, maxWidth, maxHeight, ref }: LegendProps) {
  const m = useMessages().districts;
  return (
    <div className="dmap-legend" data-testid="map-legend" ref={ref} style={{ maxWidth, maxHeight }}>
      <label className="dmap-industry-select">
        <span>{m.colourBy}</span>
        <select data-testid="map-industry" value={industry ?? ""} onChange={(e) => onIndustry(e.target.value || null)}>
          <option value="">{m.byCount}</option>
          <option value={BY_SIMILARITY}>{m.bySimilarity}</option>
          {industries.map((ind) => (
            <option key={ind} value={ind} lang={nameLang(nameOf(ind))}>
              {nameOf(ind)}
            </option>
          ))}
        </select>
      </label>
      <div className="dmap-legend-title" data-testid="map-legend-title">
        {title}
      </div>
      <ul className="dmap-bins">
        {bins.map((b) => (
          <li key={b.label}>
            <span className="dmap-swatch" style={{ background: b.color }} />
            {b.label}
          </li>
        ))}
      </ul>
      <div className="dmap-legend-zone">
        <svg width="14" height="16" viewBox="-8 -9 16 18" aria-hidden>
          <path d={ZONE_SHAPE} fill={ZONE_COLOR} />
        </svg>
        {m.zoneLegend}
      </div>
      <div className="dmap-hover" aria-live="polite">
        {hovered || "\u00a0"}
      </div>
    </div>
  );
}
