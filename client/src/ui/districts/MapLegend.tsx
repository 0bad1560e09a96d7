/**
 * Over the district map: the controls (graph on the map or not, zoom) at the top right, and the
 * legend — the choropleth's industry selector, its bins, the zone marker, what is hovered.
 */
import type { Bin } from "../../core/geo.js";
import { ZONE_SHAPE } from "./DistrictLayer.js";

const ZONE_COLOR = "#c2571a";

export function MapControls(props: { overlay: boolean; onOverlay(on: boolean): void; zoomBy(factor: number): void; fit(): void }) {
  const { overlay, zoomBy } = props;
  return (
    <div className="dmap-controls">
      <button
        type="button"
        data-testid="map-toggle"
        aria-pressed={overlay}
        title="Toggle the choropleth map and the geographic layout of the graph"
        onClick={() => props.onOverlay(!overlay)}
      >
        {overlay ? "Map only" : "Graph on map"}
      </button>
      <div className="dmap-zoom">
        <button type="button" data-testid="map-zoom-in" title="Zoom in" onClick={() => zoomBy(1.5)}>
          +
        </button>
        <button type="button" data-testid="map-zoom-out" title="Zoom out" onClick={() => zoomBy(1 / 1.5)}>
          −
        </button>
        <button type="button" data-testid="map-zoom-fit" title="Fit Chongqing" onClick={props.fit}>
          Fit
        </button>
      </div>
    </div>
  );
}

interface LegendProps {
  industries: readonly string[];
  /** The choropleth's one industry, or null for the count. */
  industry: string | null;
  onIndustry(id: string | null): void;
  nameOf(id: string): string;
  bins: readonly Bin[];
  /** The line about what is hovered ("" for nothing). */
  hovered: string;
  /** Narrow views keep the legend beside the inset. */
  maxWidth?: number;
}

export function MapLegend({ industries, industry, onIndustry, nameOf, bins, hovered, maxWidth }: LegendProps) {
  return (
    <div className="dmap-legend" data-testid="map-legend" style={maxWidth ? { maxWidth } : undefined}>
      <label className="dmap-industry-select">
        <span>Colour by</span>
        <select data-testid="map-industry" value={industry ?? ""} onChange={(e) => onIndustry(e.target.value || null)}>
          <option value="">All (count)</option>
          {industries.map((ind) => (
            <option key={ind} value={ind}>
              {nameOf(ind)}
            </option>
          ))}
        </select>
      </label>
      <div className="dmap-legend-title">
        {industry ? `Key districts of ${nameOf(industry)}` : "Industries naming the district as key (重点区县)"}
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
        zone: industries on the marker; hover outlines its districts
      </div>
      <div className="dmap-hover" aria-live="polite">
        {hovered || "\u00a0"}
      </div>
    </div>
  );
}
