/**
 * Overview: the whole graph (filtered by node type) on one canvas, or a working set grown from
 * one node (`set=` in the URL: core/workingSet.ts). Double-click expands a node's neighbours (or
 * collapses them when all are drawn); right-click opens a menu; a toolbar holds undo/redo, focus
 * mode and the working-set controls; colour and size come from core/styling.ts.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { GraphData, NodeType } from "../../../../contract/graph.js";
import { hierarchyRoots, toCyElements, visibleGraph } from "../../core/graphElements.js";
import { displayName } from "../../core/names.js";
import { communityLegend } from "../../core/styling.js";
import { NODE_TYPES } from "../../../../contract/vocabulary.js";
import { graphViewOf, selectNode, setFocus, setGraphView, setIndustry, setTypes, setView, clearSelection } from "../../core/viewState.js";
import { applyGraphView, neighboursIn, newIds, reduceGraphView, type GraphAction } from "../../core/workingSet.js";
import { useApi } from "../apiContext.js";
import { GraphCanvas } from "../GraphCanvas.js";
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
}

export function OverviewView({ graph, state, update, onSelect, graphHistory }: ViewProps) {
  const api = useApi();
  const whole = graph.data ?? NO_GRAPH;
  const typed = useMemo(() => visibleGraph(whole, state.types), [whole, state.types]);
  // only the working set and the hidden nodes shape the drawn graph, not the rest of the state
  const { set, hidden } = state;
  const view = useMemo(() => graphViewOf({ set, hidden }), [set, hidden]);
  const drawn = useMemo(() => applyGraphView(typed, view), [typed, view]);
  const drawnIds = useMemo(() => new Set(drawn.nodes.map((n) => n.id)), [drawn]);
  const stats = useGraphStats(drawn, state.colorBy === "community", state.sizeBy === "betweenness");
  const elements = useMemo(
    () =>
      toCyElements(drawn, state.lang, {
        colorBy: state.colorBy,
        sizeBy: state.sizeBy,
        communities: stats.communities?.map,
        betweenness: stats.betweenness?.map,
      }),
    [drawn, state.lang, state.colorBy, state.sizeBy, stats.communities, stats.betweenness],
  );
  const roots = useMemo(() => hierarchyRoots(drawn), [drawn]);
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
        const base = state.set ? drawnIds : new Set([id]);
        const fresh = newIds(base, add);
        if (fresh.length > EXPAND_CONFIRM_OVER) setPending({ id, add: fresh });
        else apply({ kind: "expand", id, add: fresh });
      } catch (e) {
        setProblem(`Could not expand: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        setExpanding(null);
      }
    },
    [api, state.types, state.set, drawnIds, apply],
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
        <div className="context-title">{node ? displayName(node, state.lang) : id}</div>
        {item("ctx-expand", "Expand neighbours", () => void expand(id), state.set !== null && !hasUndrawn(id))}
        {item("ctx-collapse", "Collapse", () => collapse(id))}
        {item("ctx-start", "Start from this node", () => startFrom(id))}
        {item("ctx-focus", "Focus", () => {
          update(selectNode(id, typeOf(id) ?? undefined), { history: "push" });
          update(setFocus(true));
        })}
        {item("ctx-hide", "Hide", () => hide(id))}
        {node?.type === "Industry" &&
          item("ctx-chain", "Open in chain view", () =>
            update((s) => setView("chain")(setIndustry(id)(selectNode(id, "Industry")(s))), { history: "push" }),
          )}
        {item("ctx-reader", "Show in reader", () =>
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
  if (graph.status === "loading") overlay = <Loading what="the graph" />;
  else if (graph.status === "error")
    overlay = <ErrorState title="Could not load the graph" error={graph.error} onRetry={graph.retry} />;
  else if (graph.data.nodes.length === 0) overlay = <EmptyState>The graph is empty: nothing has been imported.</EmptyState>;
  else if (typed.nodes.length === 0)
    overlay = (
      <EmptyState
        action={
          <button type="button" className="primary" onClick={() => update(setTypes(graph.data.nodes.map((n) => n.type)))}>
            Show all types
          </button>
        }
      >
        No nodes to show: every node type is filtered out.
      </EmptyState>
    );

  const selectedName = state.selected && index.get(state.selected) ? displayName(index.get(state.selected)!, state.lang) : null;
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
    >
      <div className="graph-toolbar" data-testid="graph-toolbar" role="toolbar" aria-label="Graph">
        <button type="button" data-testid="undo" onClick={graphHistory?.undo} disabled={!graphHistory?.canUndo} title="Undo (Ctrl+Z)">
          ↶ Undo
        </button>
        <button type="button" data-testid="redo" onClick={graphHistory?.redo} disabled={!graphHistory?.canRedo} title="Redo (Ctrl+Shift+Z)">
          ↷ Redo
        </button>
        <span className="sep" />
        <button
          type="button"
          data-testid="focus-toggle"
          aria-pressed={state.focus}
          className={state.focus ? "on" : undefined}
          onClick={() => update(setFocus(!state.focus))}
          title="Focus on the selection's neighbourhood (f)"
        >
          ◎ Focus
        </button>
        <span className="sep" />
        {state.set ? (
          <>
            <span className="working-set" data-testid="working-set" data-size={state.set.length}>
              Working set · {drawn.nodes.length} nodes
            </span>
            <button type="button" data-testid="whole-graph" onClick={() => apply({ kind: "whole" })} title="Back to the whole graph">
              Whole graph
            </button>
          </>
        ) : (
          <span className="working-set muted" data-testid="working-set" data-size="">
            Whole graph{state.hidden.length ? ` · ${state.hidden.length} hidden` : ""}
            {state.hidden.length > 0 && (
              <button type="button" className="link" data-testid="show-hidden" onClick={() => apply({ kind: "whole" })}>
                show all
              </button>
            )}
          </span>
        )}
        <button
          type="button"
          data-testid="start-from-selection"
          disabled={!state.selected}
          onClick={() => state.selected && startFrom(state.selected)}
          title={selectedName ? `Draw only ${selectedName}, then double-click to grow` : "Select a node first"}
        >
          Start from selection
        </button>
        {expanding && <span className="muted">expanding…</span>}
        {problem && <span className="error-text">{problem}</span>}
      </div>
      {pending && (
        <div className="expand-confirm" data-testid="expand-confirm" role="alertdialog" aria-label="Add many nodes?">
          <p>
            Expanding <strong>{index.get(pending.id) ? displayName(index.get(pending.id)!, state.lang) : pending.id}</strong>{" "}
            adds <strong>{pending.add.length}</strong> nodes. The canvas may get crowded.
          </p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              data-testid="expand-confirm-all"
              onClick={() => {
                apply({ kind: "expand", id: pending.id, add: pending.add });
                setPending(null);
              }}
            >
              Add all {pending.add.length}
            </button>
            <button
              type="button"
              data-testid="expand-confirm-some"
              onClick={() => {
                apply({ kind: "expand", id: pending.id, add: pending.add.slice(0, EXPAND_CONFIRM_OVER) });
                setPending(null);
              }}
            >
              Add the first {EXPAND_CONFIRM_OVER}
            </button>
            <button type="button" data-testid="expand-cancel" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {legend && (
        <div className="community-legend" data-testid="community-legend" data-count={legend.length}>
          <div className="legend-head">
            <strong>{legend.length} communities</strong>
            <span className="muted"> · Louvain, {stats.communities?.ms} ms</span>
          </div>
          <ol>
            {legend.slice(0, 12).map((c) => (
              <li key={c.index}>
                <span className="swatch" style={{ background: c.color }} />
                <span className="count">{c.count}</span>
                <span className="members" lang="zh-CN">
                  {c.members.join("、")}
                </span>
              </li>
            ))}
          </ol>
          {legend.length > 12 && <div className="muted">+ {legend.length - 12} smaller (grey)</div>}
        </div>
      )}
      {state.sizeBy === "betweenness" && stats.betweenness && (
        <div className="stats-note muted" data-testid="betweenness-ms">
          size: betweenness ({stats.betweenness.ms} ms)
        </div>
      )}
    </GraphCanvas>
  );
}
