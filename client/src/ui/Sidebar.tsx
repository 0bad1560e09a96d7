/** Legend and type filter (one checkbox per node type, with counts) and the layout selector. */
import type { NodeType } from "../../../contract/graph.js";
import { EDGE_TYPES, NODE_TYPES } from "../../../contract/vocabulary.js";
import { DIRECTION_LABELS, DIRECTIONS, LAYOUT_LABELS, LAYOUT_NAMES, type Direction, type LayoutName } from "../core/layouts.js";
import { COLOR_BY, COLOR_BY_LABELS, SIZE_BY, SIZE_BY_LABELS, type ColorBy, type SizeBy } from "../core/styling.js";
import { EDGE_THEME, NODE_THEME } from "../core/theme.js";
import { TypeSwatch } from "./TypeSwatch.js";

interface Props {
  types: readonly NodeType[];
  /** Nodes per type in the whole graph (null while loading). */
  counts: Record<NodeType, number> | null;
  onToggleType: (type: NodeType, on: boolean) => void;
  onSetTypes: (types: readonly NodeType[]) => void;
  layout: LayoutName;
  onLayout: (layout: LayoutName) => void;
  direction: Direction;
  onDirection: (direction: Direction) => void;
  colorBy: ColorBy;
  onColorBy: (colorBy: ColorBy) => void;
  sizeBy: SizeBy;
  onSizeBy: (sizeBy: SizeBy) => void;
}

export function Sidebar({
  types,
  counts,
  onToggleType,
  onSetTypes,
  layout,
  onLayout,
  direction,
  onDirection,
  colorBy,
  onColorBy,
  sizeBy,
  onSizeBy,
}: Props) {
  const shown = new Set(types);
  return (
    <aside className="sidebar" aria-label="Filters and legend">
      <section className="panel-section">
        <div className="section-head">
          <h3>Node types</h3>
          <div className="link-buttons">
            <button type="button" onClick={() => onSetTypes(NODE_TYPES)} disabled={types.length === NODE_TYPES.length}>
              all
            </button>
            <button type="button" onClick={() => onSetTypes([])} disabled={types.length === 0}>
              none
            </button>
          </div>
        </div>
        <ul className="type-filter">
          {NODE_TYPES.map((t) => {
            const n = counts?.[t];
            return (
              <li key={t} className={n === 0 ? "empty" : undefined}>
                <label>
                  <input
                    type="checkbox"
                    data-testid={`type-filter-${t}`}
                    checked={shown.has(t)}
                    onChange={(e) => onToggleType(t, e.target.checked)}
                  />
                  <TypeSwatch type={t} />
                  <span className="type-name">{NODE_THEME[t].label}</span>
                  <span className="type-zh" lang="zh-CN">
                    {NODE_THEME[t].labelZh}
                  </span>
                  <span className="count">{n ?? "–"}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="panel-section">
        <h3>
          <label htmlFor="layout-select">Layout</label>
        </h3>
        <select
          id="layout-select"
          data-testid="layout-select"
          value={layout}
          onChange={(e) => onLayout(e.target.value as LayoutName)}
        >
          {LAYOUT_NAMES.map((l) => (
            <option key={l} value={l}>
              {LAYOUT_LABELS[l]}
            </option>
          ))}
        </select>
        {layout === "dagre" && (
          <label className="sub-control">
            <span>Direction</span>
            <select
              data-testid="layout-direction"
              value={direction}
              onChange={(e) => onDirection(e.target.value as Direction)}
            >
              {DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {DIRECTION_LABELS[d]}
                </option>
              ))}
            </select>
          </label>
        )}
      </section>

      <section className="panel-section">
        <h3>Style</h3>
        <label className="sub-control">
          <span>Colour by</span>
          <select data-testid="color-by" value={colorBy} onChange={(e) => onColorBy(e.target.value as ColorBy)}>
            {COLOR_BY.map((c) => (
              <option key={c} value={c}>
                {COLOR_BY_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="sub-control">
          <span>Size by</span>
          <select data-testid="size-by" value={sizeBy} onChange={(e) => onSizeBy(e.target.value as SizeBy)}>
            {SIZE_BY.map((c) => (
              <option key={c} value={c}>
                {SIZE_BY_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        {colorBy === "community" && <p className="muted small">Communities of the graph drawn: see the legend on the canvas.</p>}
      </section>

      <details className="panel-section edge-legend">
        <summary>
          <h3>Edge types</h3>
        </summary>
        <ul>
          {EDGE_TYPES.map((t) => (
            <li key={t}>
              <span className="edge-line" style={{ background: EDGE_THEME[t].color }} />
              <code>{t}</code>
            </li>
          ))}
        </ul>
      </details>

      <p className="hint">
        Click a node for its details and evidence; click the background or press <kbd>Esc</kbd> to clear.
        Scroll to zoom: small labels appear as you zoom in. Double-click a node to expand (or collapse)
        its neighbours, right-click for more; <kbd>f</kbd> focus, <kbd>Ctrl</kbd>+<kbd>Z</kbd> undo.
      </p>
    </aside>
  );
}
