/**
 * Path view: the k shortest paths (at most 4 steps) between two nodes, drawn left to right and told
 * in words (集成电路 —供给→ 新能源汽车和智能网联汽车 —重点区县→ 两江新区). Clicking a path shows it alone.
 * The connection types the paths may use are a filter ("supply links only": SUPPLIES and FEEDS);
 * with a filter on, more paths are asked for and the first k that pass are shown.
 * URL: `?view=path&from=…&to=…[&k=3][&pedges=FEEDS,SUPPLIES]`.
 */
import { useEffect, useMemo, useState } from "react";
import type { NodeType } from "../../../../contract/graph.js";
import { EDGE_TYPES } from "../../../../contract/vocabulary.js";
import { SUPPLY_TYPES, edgeTypeCounts, filterPaths, pathLayout, pathSteps } from "../../core/paths.js";
import { pathStylesheet } from "../../core/presetStyles.js";
import { NARROW_MAX_PX } from "../../core/panels.js";
import { MAX_K, normalizeEdgeTypes, setCamera, setPathEdges, setPathQuery, swapPathEnds } from "../../core/viewState.js";
import { useApi } from "../apiContext.js";
import { namer } from "../chain/NameText.js";
import { EdgeTypeFilter } from "../EdgeTypeFilter.js";
import { useMessages } from "../i18n.js";
import { NodePicker } from "../NodePicker.js";
import { PresetCanvas } from "../PresetCanvas.js";
import { EmptyState, ErrorState, Loading } from "../StatusMessage.js";
import { TypeSwatch } from "../TypeSwatch.js";
import { useRemote } from "../useRemote.js";
import type { ViewProps } from "./types.js";

const STYLE = pathStylesheet();
export const PATH_MAX_DEPTH = 4;

export function PathView({ graph, state, update, onSelect }: ViewProps) {
  const m = useMessages().path;
  const { from, to, k, pathEdges } = state;
  const ready = Boolean(from && to);
  const api = useApi();
  // A filter drops paths: ask for as many as the API gives, and show the first k that pass.
  const ask = pathEdges ? MAX_K : k;
  const result = useRemote(
    useMemo(
      () => (from && to ? (signal: AbortSignal) => api.paths({ from, to, k: ask, maxDepth: PATH_MAX_DEPTH }, signal) : null),
      [api, from, to, ask],
    ),
  );
  const [chosen, setChosen] = useState<{ key: string; index: number } | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const key = `${from}|${to}|${k}|${pathEdges?.join() ?? ""}`;
  const pinned = chosen?.key === key ? chosen.index : null;
  const shownPath = hovered ?? pinned;

  const index = useMemo(() => new Map((graph.data?.nodes ?? []).map((n) => [n.id, n])), [graph.data]);
  const names = useMemo(() => namer(index, state.lang), [index, state.lang]);
  const answer = result.data;
  const found = useMemo(() => (ready && answer ? answer.paths : []), [ready, answer]);
  const paths = useMemo(() => filterPaths(found, pathEdges, k), [found, pathEdges, k]);
  const counts = useMemo(() => edgeTypeCounts(found), [found]);
  const hiddenTypes = useMemo(() => new Set(EDGE_TYPES.filter((t) => pathEdges && !pathEdges.includes(t))), [pathEdges]);
  // On a narrow screen the paths run top to bottom: the canvas is taller than wide.
  const narrow = useNarrowScreen();
  const elements = useMemo(() => pathLayout(paths, state.lang, narrow ? "down" : "right"), [paths, state.lang, narrow]);
  const marks = useMemo(() => {
    if (shownPath === null || !paths[shownPath]) return { "path-on": [], "path-off": [] };
    const on = new Set([...paths[shownPath].nodes.map((n) => n.id), ...paths[shownPath].edges.map((e) => e.id)]);
    const all = [...elements.nodes, ...elements.edges].map((e) => e.data.id);
    return { "path-on": [...on], "path-off": all.filter((id) => !on.has(id)) };
  }, [shownPath, paths, elements]);
  const typeOf = (id: string): NodeType | null => index.get(id)?.type ?? null;
  const supplyOnly = pathEdges !== null && pathEdges.join() === normalizeEdgeTypes(SUPPLY_TYPES).join();

  let overlay = null;
  if (!ready) overlay = <EmptyState>{m.pick}</EmptyState>;
  else if (from === to) overlay = <EmptyState>{m.pickDifferent}</EmptyState>;
  else if (result.status === "loading") overlay = <Loading what={m.loading} />;
  else if (result.status === "error") overlay = <ErrorState title={m.loadError} error={result.error} onRetry={result.retry} />;
  else if (paths.length === 0) overlay = <EmptyState>{m.noPathBetween(PATH_MAX_DEPTH, names.text(from), names.text(to))}</EmptyState>;

  return (
    <div className="path-view">
      <div className="view-toolbar">
        <NodePicker
          testId="path-from"
          label={m.from}
          value={from}
          valueName={from ? names.text(from) : ""}
          placeholder={m.fromPlaceholder}
          onPick={(id) => update(setPathQuery({ from: id }), { history: "push" })}
        />
        <button
          type="button"
          className="icon-button swap"
          data-testid="path-swap"
          title={m.swap}
          aria-label={m.swap}
          onClick={() => update(swapPathEnds, { history: "push" })}
        >
          ⇄
        </button>
        <NodePicker
          testId="path-to"
          label={m.to}
          value={to}
          valueName={to ? names.text(to) : ""}
          placeholder={m.toPlaceholder}
          onPick={(id) => update(setPathQuery({ to: id }), { history: "push" })}
        />
        <label className="toolbar-field">
          <span>{m.paths}</span>
          <select data-testid="path-k" value={k} onChange={(e) => update(setPathQuery({ k: Number(e.target.value) }))}>
            {Array.from({ length: MAX_K }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <span className="muted toolbar-note">{m.maxSteps(PATH_MAX_DEPTH)}</span>
        <label className="toolbar-check" title={m.supplyOnlyTitle}>
          <input
            type="checkbox"
            data-testid="path-supply-only"
            checked={supplyOnly}
            onChange={(e) => update(setPathEdges(e.target.checked ? SUPPLY_TYPES : null), { history: "push" })}
          />
          {m.supplyOnly}
        </label>
      </div>
      <div className="chain-body">
        <div className="chain-canvas">
          <PresetCanvas
            name="path"
            elements={elements}
            stylesheet={STYLE}
            minFitZoom={pathFitFloor}
            selected={state.selected}
            onSelect={(id) => onSelect(id, id ? typeOf(id) : null)}
            marks={marks}
            busy={ready && result.status === "loading"}
            overlay={overlay}
            camera={state.camera}
            onCamera={(c) => update(setCamera(c), { history: "replace" })}
          />
        </div>
        <aside className="chain-side" aria-label={m.inWords}>
          {counts.length > 0 && (
            <div className="path-filter">
              <EdgeTypeFilter
                testId="path-edge-filter"
                counts={counts}
                hidden={hiddenTypes}
                onToggle={(t, shown) =>
                  update(setPathEdges(shown ? [...(pathEdges ?? EDGE_TYPES), t] : (pathEdges ?? EDGE_TYPES).filter((x) => x !== t)))
                }
                onOnly={(types) => update(setPathEdges(types))}
              />
            </div>
          )}
          <section>
            <h3>
              {m.paths} <span className="count">{paths.length}</span>
            </h3>
            {ready && result.status === "ok" && paths.length === 0 && (
              <p className="muted" data-testid="path-empty">
                {m.noPath(PATH_MAX_DEPTH)}
              </p>
            )}
            {pathEdges && found.length > paths.length && <p className="path-note">{m.filteredOut(found.length - filterPaths(found, pathEdges, MAX_K).length)}</p>}
            <ol className="path-list">
              {paths.map((p, i) => (
                <li key={i}>
                  <button
                    type="button"
                    data-testid="path-result"
                    data-steps={p.edges.length}
                    className={`path-result${shownPath === i ? " on" : ""}`}
                    aria-pressed={pinned === i}
                    onMouseEnter={() => setHovered(i)}
                    onMouseLeave={() => setHovered(null)}
                    onClick={() => setChosen(pinned === i ? null : { key, index: i })}
                  >
                    <span className="path-len">{m.steps(p.edges.length)}</span>
                    <span className="path-words">
                      {pathSteps(p, state.lang).map((s, j) =>
                        s.kind === "node" ? (
                          <span key={j} className="path-node" lang={names.lang(s.id)}>
                            <TypeSwatch type={s.type} size={10} />
                            {s.name}
                          </span>
                        ) : (
                          <span key={j} className={`path-edge${s.forward ? "" : " back"}`}>
                            {" "}
                            {s.text}{" "}
                          </span>
                        ),
                      )}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </div>
  );
}

/**
 * The default view's floor: on a wide canvas labels at their own size (taller sets scroll from the
 * top); on a narrow one the whole of a few paths is worth more (the top-to-bottom layout keeps it
 * near zoom 1).
 */
const pathFitFloor = (width: number) => (width < 600 ? 0.45 : 1);

const NARROW_QUERY = `(max-width: ${NARROW_MAX_PX}px)`;

function useNarrowScreen(): boolean {
  const query = () => typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia(NARROW_QUERY).matches;
  const [narrow, setNarrow] = useState(query);
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const mq = window.matchMedia(NARROW_QUERY);
    const onChange = () => setNarrow(mq.matches);
    mq.addEventListener("change", onChange);
    return () => mq.removeEventListener("change", onChange);
  }, []);
  return narrow;
}
