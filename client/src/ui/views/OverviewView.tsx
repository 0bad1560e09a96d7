/**
 * Overview: the plan at industry level (the default: core/industryLevel.ts), the whole graph
 * (`level=graph`), or a working set grown from nodes (`set=` in the URL: core/workingSet.ts), each
 * filtered by node and connection type. Double-click expands a node's neighbours (or
 * collapses them when all are drawn); right-click opens a menu; a toolbar holds undo/redo, focus
 * mode and the working-set controls; colour and size come from core/styling.ts.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { GraphData, NodeType } from "../../../../contract/graph.js";
import { hierarchyRoots, toCyElements, visibleGraph } from "../../core/graphElements.js";
import { drawnGraph, holdings, levelLooks, LEVELS } from "../../core/industryLevel.js";
import { DEFAULT_LAYOUT } from "../../core/layouts.js";
import { levelPositions } from "../../core/levelLayout.js";
import { displayName, displayNameLang } from "../../core/names.js";
import { setLevel } from "../../core/overviewState.js";
import { communityLegend } from "../../core/styling.js";
import { NODE_TYPES } from "../../../../contract/vocabulary.js";
import { clearSelection, dropRecipe, graphViewOf, selectNode, setCamera, setFocus, setGraphView, setIndustry, setPositions, setTypes, setView } from "../../core/viewState.js";
import { neighboursIn, newIds, reduceGraphView, type GraphAction } from "../../core/workingSet.js";
import { useApi } from "../apiContext.js";
import { GraphCanvas } from "../GraphCanvas.js";
import { useExactSet } from "../useExactSet.js";
import { useMessages } from "../i18n.js";
import { EmptyState, ErrorState, Loading } from "../StatusMessage.js";
import type { ViewProps } from "./types.js";

const NO_GRAPH: GraphData = { nodes: [], edges: [] };
/** Ask before an expand adds more than this many nodes. */
export const EXPAND_CONFIRM_OVER = 150;
const NEIGHBOUR_LIMIT = 2000;

type StatsModule = typeof import("../../core/graphStats.js");

/** Communities and betweenness of the drawn graph, computed only when asked for (lazy module). */
function useGraphStats(graph: GraphData, wantCommunities: boolean, wantBetweenness: boolean) {
  const [mod, setMod] = useState<StatsModule | null>(null);
  useEffect(() => {
    if ((wantCommunities || wantBetweenness) && !mod) void import("../../core/graphStats.js").then(setMod);
  }, [wantCommunities, wantBetweenness, mod]);
  const communities = useMemo(() => {
    if (!mod || !wantCommunities) return null;
    const t0 = performance.now();
    const c = mod.communities(graph);
    return { map: c, ms: Math.round(performance.now() - t0) };
  }, [mod, graph, wantCommunities]);
  const betweenness = useMemo(() => {
    if (!mod || !wantBetweenness) return null;
    const t0 = performance.now();
    const b = mod.betweenness(graph);
    return { map: b, ms: Math.round(performance.now() - t0) };
  }, [mod, graph, wantBetweenness]);
  return { communities, betweenness };
}

interface PendingExpand {
  id: string;
  add: string[];
  base?: string[];
}

export function OverviewView({ graph, state: urlState, update, onSelect, graphHistory }: ViewProps) {
  const api = useApi();
  const state = useExactSet(urlState, graph.data ?? null, update);
  const m = useMessages();
  const o = m.overview;
  const whole = graph.data ?? NO_GRAPH;
  const typed = useMemo(() => visibleGraph(whole, state.types), [whole, state.types]);
  // only the working set, level, hidden nodes and selection shape the drawn graph
  const { set, hidden, level, selected, hiddenEdges } = state;
  const view = useMemo(() => graphViewOf({ set, hidden }), [set, hidden]);
  const drawn = useMemo(() => drawnGraph(typed, view, level, selected), [typed, view, level, selected]);
  const drawnIds = useMemo(() => new Set(drawn.nodes.map((n) => n.id)), [drawn]);
  const atLevel = set === null && level === "industries";
  const held = useMemo(() => holdings(whole), [whole]);
  const looks = useMemo(() => (atLevel && state.sizeBy === "degree" ? levelLooks(drawn, held) : undefined), [atLevel, state.sizeBy, drawn, held]);
  const stats = useGraphStats(drawn, state.colorBy === "community", state.sizeBy === "betweenness");
  const elements = useMemo(
    () =>
      toCyElements(drawn, state.lang, {
        colorBy: state.colorBy,
        sizeBy: state.sizeBy,
        communities: stats.communities?.map,
        betweenness: stats.betweenness?.map,
        looks,
        hiddenEdges,
        unconnectedTitle: o.unconnected,
      }),
    [drawn, state.lang, state.colorBy, state.sizeBy, stats.communities, stats.betweenness, looks, hiddenEdges, o.unconnected],
  );
  const roots = useMemo(() => hierarchyRoots(drawn), [drawn]);
  // The industry level opens on the same picture every time, with room for every industry's name.
  const preset = useMemo(() => {
    if (!atLevel || state.layout !== DEFAULT_LAYOUT) return undefined;
    const marks = new Map(elements.nodes.map((n) => [n.data.id, n.data]));
    return (width: number, height: number) => levelPositions(drawn, marks, width, height);
  }, [atLevel, state.layout, elements, drawn]);
  const index = useMemo(() => new Map(whole.nodes.map((n) => [n.id, n])), [whole]);
  const typeOf = useCallback((id: string) => index.get(id)?.type ?? null, [index]);

  const [pending, setPending] = useState<PendingExpand | null>(null);
  const [expanding, setExpanding] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const apply = useCallback(
    (action: GraphAction) => update(setGraphView(reduceGraphView(graphViewOf(state), action, typed)), { history: "push" }),
    [update, state, typed],
  );

  const expand = useCallback(
    async (id: string) => {
      setProblem(null);
      setExpanding(id);
      try {
        const all = state.types.length === NODE_TYPES.length;
        const res = await api.neighbors(id, { depth: 1, limit: NEIGHBOUR_LIMIT, types: all ? undefined : state.types });
        const add = res.nodes.map((n) => n.id).filter((n) => n !== id);
        // The industry level grows in place: what it draws stays, with the new neighbours.
        const base = state.set || atLevel ? drawnIds : new Set([id]);
        const fresh = newIds(base, add);
        const keep = atLevel ? [...drawnIds] : undefined;
        if (fresh.length > EXPAND_CONFIRM_OVER) setPending({ id, add: fresh, base: keep });
        else apply({ kind: "expand", id, add: fresh, base: keep });
      } catch (e) {
        setProblem(o.expandFailed(e instanceof Error ? e.message : String(e)));
      } finally {
        setExpanding(null);
      }
    },
    [api, state.types, state.set, atLevel, drawnIds, apply, o],
  );

  const collapse = useCallback(
    (id: string) => apply({ kind: "collapse", id, keep: state.set?.length ? [state.set[0]] : [] }),
    [apply, state.set],
  );

  /** Whether `id` has neighbours (of the shown types) that are not drawn. */
  const hasUndrawn = useCallback(
    (id: string) => neighboursIn(id, typed.edges, new Set(typed.nodes.map((n) => n.id))).size > neighboursIn(id, drawn.edges, drawnIds).size,
    [typed, drawn, drawnIds],
  );

  const onDouble = useCallback(
    (id: string) => {
      if (!state.set || hasUndrawn(id)) void expand(id);
      else collapse(id);
    },
    [state.set, hasUndrawn, expand, collapse],
  );

  const hide = useCallback(
    (id: string) => {
      const next = reduceGraphView(graphViewOf(state), { kind: "hide", id }, typed);
      update((s) => {
        const t = setGraphView(next)(s);
        return t.selected === id ? clearSelection(t) : t;
      }, { history: "push" });
    },
    [state, typed, update],
  );

  const startFrom = (id: string) => apply({ kind: "start", ids: [id] });

  const menu = (id: string, close: () => void) => {
    const node = index.get(id);
    const item = (testid: string, label: string, act: () => void, disabled = false) => (
      <button
        type="button"
        role="menuitem"
        data-testid={testid}
        disabled={disabled}
        onClick={() => {
          close();
          act();
        }}
      >
        {label}
      </button>
    );
    return (
      <>
        <div className="context-title" lang={node ? displayNameLang(node, state.lang) : undefined}>
          {node ? displayName(node, state.lang) : id}
        </div>
        {item("ctx-expand", o.menuExpand, () => void expand(id), state.set !== null && !hasUndrawn(id))}
        {item("ctx-collapse", o.menuCollapse, () => collapse(id))}
        {item("ctx-start", o.menuStart, () => startFrom(id))}
        {item("ctx-focus", o.menuFocus, () => {
          update(selectNode(id, typeOf(id) ?? undefined), { history: "push" });
          update(setFocus(true));
        })}
        {item("ctx-hide", o.menuHide, () => hide(id))}
        {node?.type === "Industry" &&
          item("ctx-chain", o.menuChain, () =>
            update((s) => setView("chain")(setIndustry(id)(selectNode(id, "Industry")(s))), { history: "push" }),
          )}
        {item("ctx-reader", o.menuReader, () =>
          update((s) => setView("reader")(selectNode(id, typeOf(id) ?? undefined)(s)), { history: "push" }),
        )}
      </>
    );
  };

  const legend = useMemo(
    () => (state.colorBy === "community" && stats.communities ? communityLegend(drawn, stats.communities.map, state.lang) : null),
    [state.colorBy, stats.communities, drawn, state.lang],
  );

  let overlay = null;
  if (graph.status === "loading") overlay = <Loading what={m.common.theGraph} />;
  else if (graph.status === "error")
    overlay = <ErrorState title={m.common.couldNotLoad(m.common.theGraph)} error={graph.error} onRetry={graph.retry} />;
  else if (graph.data.nodes.length === 0) overlay = <EmptyState>{o.emptyGraph}</EmptyState>;
  else if (typed.nodes.length === 0)
    overlay = (
      <EmptyState
        action={
          <button type="button" className="primary" onClick={() => update(setTypes(graph.data.nodes.map((n) => n.type)))}>
            {o.showAllTypes}
          </button>
        }
      >
        {o.allFiltered}
      </EmptyState>
    );

  const selectedName = state.selected && index.get(state.selected) ? displayName(index.get(state.selected)!, state.lang) : null;
  const shownLevel = state.set ? null : state.level;
  return (
    <GraphCanvas
      elements={elements}
      layout={state.layout}
      direction={state.direction}
      roots={roots}
      selected={state.selected}
      focus={state.focus}
      onSelect={(id) => onSelect(id, id ? (typeOf(id) as NodeType | null) : null)}
      onNodeDoubleTap={onDouble}
      contextMenu={menu}
      busy={graph.status !== "ok" || expanding !== null}
      overlay={overlay}
      labels={state.labels}
      preset={preset}
      camera={state.camera}
      onCamera={(c) => update(setCamera(c), { history: "replace" })}
      positions={state.pos}
      onPositions={(p) => update(setPositions(p), { history: "replace" })}
    >
      <div className="graph-toolbar" data-testid="graph-toolbar" role="toolbar" aria-label={o.toolbar}>
        <div className="level-switch" role="group" aria-label={o.level} data-testid="level-switch" data-level={shownLevel ?? "set"}>
          {LEVELS.map((l) => (
            <button
              key={l}
              type="button"
              data-testid={`level-${l}`}
              aria-pressed={shownLevel === l}
              className={shownLevel === l ? "on" : undefined}
              title={o.levelHint(l)}
              onClick={() => update((s) => dropRecipe(setLevel(l)(s)), { history: "push" })}
            >
              {o.levelName(l)}
            </button>
          ))}
          {state.set && (
            <span className="working-set on" data-testid="working-set" data-size={state.set.length}>
              {o.workingSetSize(drawn.nodes.length)}
            </span>
          )}
        </div>
        {!state.set && (
          <span className="working-set muted" data-testid="working-set" data-size="">
            {state.hidden.length > 0 && o.hiddenCount(state.hidden.length)}
            {state.hidden.length > 0 && (
              <button type="button" className="link" data-testid="show-hidden" onClick={() => update((s) => dropRecipe(setLevel(s.level)(s)), { history: "push" })}>
                {o.showHidden}
              </button>
            )}
          </span>
        )}
        <span className="sep" />
        <button type="button" data-testid="undo" onClick={graphHistory?.undo} disabled={!graphHistory?.canUndo} title={o.undoTitle}>
          {o.undo}
        </button>
        <button type="button" data-testid="redo" onClick={graphHistory?.redo} disabled={!graphHistory?.canRedo} title={o.redoTitle}>
          {o.redo}
        </button>
        <span className="sep" />
        <button
          type="button"
          data-testid="focus-toggle"
          aria-pressed={state.focus}
          className={state.focus ? "on" : undefined}
          onClick={() => update(setFocus(!state.focus))}
          title={o.focusTitle}
        >
          {o.focus}
        </button>
        <button
          type="button"
          data-testid="start-from-selection"
          disabled={!state.selected}
          onClick={() => state.selected && startFrom(state.selected)}
          title={selectedName ? o.startTitle(selectedName) : o.selectFirst}
        >
          {o.startFromSelection}
        </button>
        {expanding && <span className="muted">{o.expanding}</span>}
        {problem && <span className="error-text">{problem}</span>}
      </div>
      {pending && (
        <div className="expand-confirm" data-testid="expand-confirm" role="alertdialog" aria-label={o.confirmTitle}>
          <p>
            {o.confirmExpanding}{" "}
            <strong lang={index.get(pending.id) ? displayNameLang(index.get(pending.id)!, state.lang) : undefined}>
              {index.get(pending.id) ? displayName(index.get(pending.id)!, state.lang) : pending.id}
            </strong>{" "}
            {o.confirmAdds(pending.add.length)}
          </p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              data-testid="expand-confirm-all"
              onClick={() => {
                apply({ kind: "expand", id: pending.id, add: pending.add, base: pending.base });
                setPending(null);
              }}
            >
              {o.addAll(pending.add.length)}
            </button>
            <button
              type="button"
              data-testid="expand-confirm-some"
              onClick={() => {
                apply({ kind: "expand", id: pending.id, add: pending.add.slice(0, EXPAND_CONFIRM_OVER), base: pending.base });
                setPending(null);
              }}
            >
              {o.addFirst(EXPAND_CONFIRM_OVER)}
            </button>
            <button type="button" data-testid="expand-cancel" onClick={() => setPending(null)}>
              {o.cancel}
            </button>
          </div>
        </div>
      )}
      {legend && (
        <div className="community-legend" data-testid="community-legend" data-count={legend.length}>
          <div className="legend-head">
            <strong>{o.communities(legend.length)}</strong>
            <span className="muted">{o.louvainMs(stats.communities?.ms ?? 0)}</span>
          </div>
          <ol>
            {legend.slice(0, 12).map((c) => (
              <li key={c.index}>
                <span className="swatch" style={{ background: c.color }} />
                <span className="count">{c.count}</span>
                <span className="members" lang={state.lang === "zh" ? "zh" : undefined}>
                  {c.members.join("、")}
                </span>
              </li>
            ))}
          </ol>
          {legend.length > 12 && <div className="muted">{o.smallerCommunities(legend.length - 12)}</div>}
        </div>
      )}
      {state.sizeBy === "betweenness" && stats.betweenness && (
        <div className="stats-note muted" data-testid="betweenness-ms">
          {o.betweennessMs(stats.betweenness.ms)}
        </div>
      )}
    </GraphCanvas>
  );
}
