/**
 * The overview's controls: the node-type filter (with counts), the connection-type filter (counts of
 * the graph drawn), the label density, the layout and the style.
 */
import { useMemo } from "react";
import type { EdgeType, GraphData, NodeType } from "../../../contract/graph.js";
import { NODE_TYPES } from "../../../contract/vocabulary.js";
import { edgeTypeCounts, visibleGraph } from "../core/graphElements.js";
import { drawnGraph } from "../core/industryLevel.js";
import { LABEL_DENSITIES } from "../core/labels.js";
import { DIRECTIONS, LAYOUT_NAMES, type Direction, type LayoutName } from "../core/layouts.js";
import { setHiddenEdges, setLabelDensity } from "../core/overviewState.js";
import { COLOR_BY, SIZE_BY, type ColorBy, type SizeBy } from "../core/styling.js";
import { graphViewOf, type ViewState } from "../core/viewState.js";
import { EdgeTypeFilter } from "./EdgeTypeFilter.js";
import { useMessages } from "./i18n.js";
import { RendererSetting } from "./RendererSetting.js";
import { TypeSwatch } from "./TypeSwatch.js";
import type { UpdateViewState } from "./useViewState.js";

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
  /** The whole view state, for the label density and the connection types (and the graph they count). */
  view: ViewState;
  update: UpdateViewState;
  graph: GraphData | null;
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
  view,
  update,
  graph,
}: Props) {
  const m = useMessages();
  const o = m.overview;
  const shown = new Set(types);
  const { set, hidden, level, selected, hiddenEdges } = view;
  // Counted on the graph drawn (before its connection types are filtered): what the filter acts on.
  const edgeCounts = useMemo(
    () => (graph ? edgeTypeCounts(drawnGraph(visibleGraph(graph, types), graphViewOf({ set, hidden }), level, selected)) : []),
    [graph, types, set, hidden, level, selected],
  );
  const off = useMemo(() => new Set(hiddenEdges), [hiddenEdges]);
  const present = edgeCounts.map(([t]) => t);
  return (
    <aside className="sidebar" aria-label={o.sidebar}>
      <section className="panel-section">
        <div className="section-head">
          <h3>{o.nodeTypes}</h3>
          <div className="link-buttons">
            <button type="button" onClick={() => onSetTypes(NODE_TYPES)} disabled={types.length === NODE_TYPES.length}>
              {m.common.all}
            </button>
            <button type="button" onClick={() => onSetTypes([])} disabled={types.length === 0}>
              {m.common.none}
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
                  <span className="type-name">{m.common.nodeType(t)}</span>
                  <span className="count">{n ?? "–"}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="panel-section">
        <EdgeTypeFilter
          counts={edgeCounts}
          hidden={off}
          onToggle={(t: EdgeType, on: boolean) =>
            update(setHiddenEdges(on ? hiddenEdges.filter((h) => h !== t) : [...hiddenEdges, t]))
          }
          onOnly={(only) => update(setHiddenEdges(only === null ? [] : present.filter((t) => !only.includes(t))))}
        />
      </section>

      <section className="panel-section">
        <fieldset className="label-density" data-testid="label-density" data-value={view.labels}>
          <legend>{o.labels}</legend>
          <div className="segmented">
            {LABEL_DENSITIES.map((d) => (
              <label key={d} className={view.labels === d ? "on" : undefined}>
                <input
                  type="radio"
                  name="label-density"
                  value={d}
                  data-testid={`label-density-${d}`}
                  checked={view.labels === d}
                  onChange={() => update(setLabelDensity(d))}
                />
                <span>{o.labelDensity(d)}</span>
              </label>
            ))}
          </div>
          <p className="muted small">{o.labelsHint}</p>
        </fieldset>
      </section>

      <section className="panel-section">
        <h3>
          <label htmlFor="layout-select">{o.layout}</label>
        </h3>
        <select
          id="layout-select"
          data-testid="layout-select"
          value={layout}
          onChange={(e) => onLayout(e.target.value as LayoutName)}
        >
          {LAYOUT_NAMES.map((l) => (
            <option key={l} value={l}>
              {o.layoutName(l)}
            </option>
          ))}
        </select>
        {layout === "dagre" && (
          <label className="sub-control">
            <span>{o.direction}</span>
            <select
              data-testid="layout-direction"
              value={direction}
              onChange={(e) => onDirection(e.target.value as Direction)}
            >
              {DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {o.directionName(d)}
                </option>
              ))}
            </select>
          </label>
        )}
      </section>

      <RendererSetting update={update} />

      <section className="panel-section">
        <h3>{o.style}</h3>
        <label className="sub-control">
          <span>{o.colorBy}</span>
          <select data-testid="color-by" value={colorBy} onChange={(e) => onColorBy(e.target.value as ColorBy)}>
            {COLOR_BY.map((c) => (
              <option key={c} value={c}>
                {o.colorByName(c)}
              </option>
            ))}
          </select>
        </label>
        <label className="sub-control">
          <span>{o.sizeBy}</span>
          <select data-testid="size-by" value={sizeBy} onChange={(e) => onSizeBy(e.target.value as SizeBy)}>
            {SIZE_BY.map((c) => (
              <option key={c} value={c}>
                {o.sizeByName(c)}
              </option>
            ))}
          </select>
        </label>
        {colorBy === "community" && <p className="muted small">{o.communityNote}</p>}
      </section>

      <p className="hint">{o.hint}</p>
    </aside>
  );
}
