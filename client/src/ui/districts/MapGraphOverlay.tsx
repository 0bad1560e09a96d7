/**
 * The graph drawn over the district map: District nodes at their coordinates (sized by how many
 * industries name them), the industries on a ring round the city, and a KEY_DISTRICT line from
 * each industry to each of its key districts. Lines of the focused industry and of the selected
 * district are drawn hot. Nodes and names keep their screen size at any zoom `k`; the industries'
 * names go where core/mapLabels placed them with the districts' labels (no two overlap), hidden
 * where they fit nowhere (the node's tooltip names it then).
 */
import { nameLang, type KeyLink } from "../../core/districts.js";
import type { Point } from "../../core/geo.js";
import { nodeRadius, type DistrictNode } from "../../core/mapProjection.js";

const INDUSTRY_COLOR = "#CC6677";

interface Props {
  links: readonly KeyLink[];
  ring: ReadonlyMap<string, Point & { angle: number }>;
  /** Where each industry's name is centred, in screen pixels from its node (core/mapLabels). */
  labels: ReadonlyMap<string, Point & { visible: boolean }>;
  positions: ReadonlyMap<string, Point>;
  /** The districts drawn as nodes (not the zones: they have their markers). */
  districts: readonly DistrictNode[];
  industries: readonly string[];
  counts: ReadonlyMap<string, number>;
  selected: string | null;
  /** The industry hovered or chosen: its lines are hot. */
  focusIndustry: string | null;
  /** The transform's zoom: nodes and names keep their screen size. */
  k: number;
  nameOf(id: string): string;
  onPick(id: string): () => void;
  onPickIndustry(id: string): () => void;
  onHover(id: string, on: boolean): void;
}

export function MapGraphOverlay(p: Props) {
  const { k, selected, focusIndustry } = p;
  const hoverProps = (id: string) => ({ onPointerEnter: () => p.onHover(id, true), onPointerLeave: () => p.onHover(id, false) });
  const hot = (l: KeyLink) => (!!focusIndustry && l.industry === focusIndustry) || (!!selected && l.district === selected);
  return (
    <g className="dmap-graph">
      <g className="dmap-links">
        {p.links.map((l) => {
          const a = p.ring.get(l.industry);
          const b = p.positions.get(l.district);
          if (!a || !b) return null;
          return (
            <line
              key={`${l.industry}|${l.district}`}
              className={`dmap-link${hot(l) ? " is-hot" : ""}`}
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              vectorEffect="non-scaling-stroke"
            />
          );
        })}
      </g>
      <g className="dmap-nodes">
        {p.districts.map((n) => {
          const at = p.positions.get(n.id);
          if (!at) return null;
          const c = p.counts.get(n.id) ?? 0;
          return (
            <circle
              key={n.id}
              className={`dmap-node${c ? "" : " is-empty"}${n.id === selected ? " is-selected" : ""}`}
              data-testid="map-district-node"
              data-id={n.id}
              cx={at.x}
              cy={at.y}
              r={nodeRadius(c) / k}
              onClick={p.onPick(n.id)}
              {...hoverProps(n.id)}
            />
          );
        })}
      </g>
      <g className="dmap-industries">
        {p.industries.map((ind) => {
          const at = p.ring.get(ind);
          if (!at) return null;
          const name = p.nameOf(ind);
          const label = p.labels.get(ind);
          return (
            <g
              key={ind}
              className={`dmap-industry${ind === focusIndustry ? " is-on" : ""}`}
              data-testid="map-industry-node"
              data-id={ind}
              transform={`translate(${at.x},${at.y}) scale(${1 / k})`}
              onClick={p.onPickIndustry(ind)}
              {...hoverProps(ind)}
            >
              <title>{name}</title>
              <circle r={6} fill={INDUSTRY_COLOR} />
              {label?.visible && (
                <text x={label.x} y={label.y} dy="0.35em" textAnchor="middle" lang={nameLang(name)}>
                  {name}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </g>
  );
}
