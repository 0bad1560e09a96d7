/**
 * The district layer of the map, drawn twice: on the main map (under the pan/zoom transform) and
 * in the main-city inset. The districts filled by the choropleth, the outlines of the selected
 * district and of the districts the focused zone spans, label leaders, labels and zone markers.
 * Labels, leaders and markers are scaled by 1/k so they keep their screen size at any zoom; the
 * labels' and markers' sizes come from the placement (core/mapLabels), which grows them in story mode.
 */
import type { KeyboardEvent, ReactNode } from "react";
import { nameLang } from "../../core/districts.js";
import { binOf, type Bin } from "../../core/geo.js";
import { LABEL_SMALL, type MapLabels, type ZonePoint } from "../../core/mapLabels.js";
import type { MapShape } from "../../core/mapProjection.js";
import { useLang, useMessages } from "../i18n.js";

/** What colours and marks the districts: the same for both draws. */
export interface MapPaint {
  /** The choropleth's value per district, and its bins. */
  values: ReadonlyMap<string, number>;
  bins: readonly Bin[];
  /** Industries naming each district. */
  counts: ReadonlyMap<string, number>;
  /** The choropleth's one industry, or null for the count. */
  industry: string | null;
  selected: string | null;
  hover: string | null;
  /** Districts pointed at elsewhere in the view (a row, a district like this one, an industry's chip): outlined. */
  outlined: ReadonlySet<string>;
  /** The zone hovered or selected, and the districts it spans. */
  zoneFocus: string | null;
  spanned: ReadonlySet<string>;
  /** Every zone's spanned districts (the markers' tooltips). */
  spans: ReadonlyMap<string, ReadonlySet<string>>;
}

interface Props {
  shapes: readonly MapShape[];
  /** Parallel to `shapes`. */
  labels: MapLabels;
  zones: readonly ZonePoint[];
  /** The zoom the layer is drawn at. */
  k: number;
  paint: MapPaint;
  /** A district's or zone's full name in the interface's language (tooltips, labels for screen readers). */
  nameOf(id: string): string;
  /** The click handler for a district or zone. */
  onPick(id: string): () => void;
  onHover(id: string, on: boolean): void;
  /** Drawn in the inset: its own test ids, no zone tooltips. */
  inset?: boolean;
  /** The id of a <clipPath> for the districts' shapes. */
  clipPath?: string;
  /** Drawn over the districts, under their labels (the graph over the map). */
  children?: ReactNode;
}

/** A zone marker: a hexagon 16 px high. */
export const ZONE_SHAPE = "M0,-8 L7,-4 L7,4 L0,8 L-7,4 L-7,-4 Z";
const classes = (...parts: (string | false)[]) => parts.filter(Boolean).join(" ");

export function DistrictLayer({ shapes, labels, zones, k, paint, nameOf, onPick, onHover, inset = false, clipPath, children }: Props) {
  const m = useMessages().districts;
  const sep = useLang() === "en" ? ", " : "、";
  const { values, bins, counts, industry, selected, hover, zoneFocus, spanned, spans, outlined } = paint;
  // the markers (and their counts) drawn at the size the placement kept room for; none when unscaled
  const grow = labels.marker !== 1 ? `scale(${labels.marker})` : undefined;
  const hoverProps = (id: string) => ({ onPointerEnter: () => onHover(id, true), onPointerLeave: () => onHover(id, false) });
  // Labels and zone markers are the map's buttons: clickable and reachable by keyboard; named by
  // the text they show (a label that said more than it shows would not match what is read aloud).
  const buttonProps = (id: string, reachable: boolean) => ({
    role: "button",
    tabIndex: reachable ? 0 : -1,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key !== "Enter" && e.key !== " ") return;
      e.preventDefault();
      onPick(id)();
    },
    onFocus: () => onHover(id, true),
    onBlur: () => onHover(id, false),
  });
  return (
    <>
      <g clipPath={clipPath ? `url(#${clipPath})` : undefined}>
        <g className="dmap-districts">
          {shapes.map((s) => {
            const v = values.get(s.id) ?? 0;
            return (
              <path
                key={s.id}
                className={classes(
                  "dmap-district",
                  s.id === selected && "is-selected",
                  spanned.has(s.id) && "is-spanned",
                  s.id === hover && "is-hover",
                  outlined.has(s.id) && "is-outlined",
                )}
                d={s.d}
                fill={binOf(v, bins).color}
                data-id={s.id}
                data-value={v}
                data-outlined={outlined.has(s.id) ? "true" : undefined}
                vectorEffect="non-scaling-stroke"
                onClick={onPick(s.id)}
                {...hoverProps(s.id)}
              >
                <title>{`${nameOf(s.id)} — ${m.industries(counts.get(s.id) ?? 0)}`}</title>
              </path>
            );
          })}
        </g>
        {/* outlines drawn on top so neighbours do not cover them */}
        <g className="dmap-outlines" pointerEvents="none">
          {shapes
            .filter((s) => spanned.has(s.id))
            .map((s) => (
              <path key={`span-${s.id}`} className="dmap-outline-spanned" d={s.d} vectorEffect="non-scaling-stroke" />
            ))}
          {shapes
            .filter((s) => outlined.has(s.id) && s.id !== selected)
            .map((s) => (
              <path key={`out-${s.id}`} className="dmap-outline-pointed" d={s.d} vectorEffect="non-scaling-stroke" />
            ))}
          {shapes
            .filter((s) => s.id === selected)
            .map((s) => (
              <path key={`sel-${s.id}`} className="dmap-outline-selected" d={s.d} vectorEffect="non-scaling-stroke" />
            ))}
        </g>
      </g>

      {children}

      <g className="dmap-leaders" pointerEvents="none">
        {labels.districts.map((l, i) =>
          l.leader ? (
            <g key={shapes[i].id}>
              <line x1={l.leader.x1} y1={l.leader.y1} x2={l.leader.x2} y2={l.leader.y2} vectorEffect="non-scaling-stroke" />
              <circle cx={l.leader.x1} cy={l.leader.y1} r={1.8 / k} />
            </g>
          ) : null,
        )}
      </g>
      <g className="dmap-labels">
        {shapes.map((s, i) => {
          const l = labels.districts[i];
          if (!l.shown) return null;
          return (
            <text
              key={s.id}
              data-testid={inset ? "district-label-inset" : "district-label"}
              data-id={s.id}
              data-name={s.name}
              data-hidden={l.visible ? undefined : "true"}
              className={classes("dmap-label", l.minor && "is-minor", s.id === selected && "is-selected", outlined.has(s.id) && "is-outlined")}
              lang={nameLang(l.text)}
              {...buttonProps(s.id, l.visible)}
              onClick={onPick(s.id)}
              x={l.x}
              y={l.y}
              dy="0.35em"
              fontSize={l.fs / k}
              strokeWidth={3 / k}
              visibility={l.visible ? undefined : "hidden"}
              textAnchor="middle"
            >
              {l.text}
            </text>
          );
        })}
      </g>

      <g className="dmap-zones">
        {zones.map(({ node, at }) => {
          const n = counts.get(node.id) ?? 0;
          const named = industry ? (values.get(node.id) ?? 0) > 0 : n > 0;
          const name = labels.zones.get(node.id) ?? { x: 10, y: 0, visible: true };
          return (
            <g
              key={node.id}
              className={classes("dmap-zone", node.id === selected && "is-selected", node.id === zoneFocus && "is-focus", !named && "is-dim")}
              data-testid={inset ? undefined : "zone-marker"}
              data-id={node.id}
              transform={`translate(${at.x},${at.y}) scale(${1 / k})`}
              onClick={onPick(node.id)}
              {...hoverProps(node.id)}
              {...buttonProps(node.id, !inset)}
            >
              {!inset && <title>{m.zoneTitle(nameOf(node.id), n, [...(spans.get(node.id) ?? [])].map(nameOf).join(sep) || "—")}</title>}
              <path d={ZONE_SHAPE} transform={grow} />
              {n > 0 && (
                <text className="dmap-zone-count" y={3.5} textAnchor="middle" aria-hidden="true" transform={grow}>
                  {industry ? (named ? "✓" : "") : n}
                </text>
              )}
              {/* the size the placement measured (over the stylesheet's 11 px, which it equals outside story mode) */}
              <text
                className="dmap-zone-name"
                x={name.x}
                y={name.y + (4 * labels.zoneFs) / LABEL_SMALL}
                lang={nameLang(node.name)}
                style={{ fontSize: labels.zoneFs }}
                // no room for it: not drawn (it would cover a label), but still the marker's accessible name
                opacity={name.visible ? undefined : 0}
                pointerEvents={name.visible ? undefined : "none"}
              >
                {node.name}
              </text>
            </g>
          );
        })}
      </g>
    </>
  );
}
