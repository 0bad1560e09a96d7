/**
 * Path view: the k shortest paths (at most 4 steps) between two nodes, drawn left to right and told
 * in words (集成电路 —供给→ 新能源汽车和智能网联汽车 —重点区县→ 两江新区). Clicking a path shows it alone.
 * URL: `?view=path&from=…&to=…[&k=3]`.
 */
import { useMemo, useState } from "react";
import type { NodeType } from "../../../../contract/graph.js";
import { displayName, nameFromId } from "../../core/names.js";
import { pathLayout, pathSteps } from "../../core/paths.js";
import { pathStylesheet } from "../../core/presetStyles.js";
import { MAX_K, setPathQuery, swapPathEnds } from "../../core/viewState.js";
import { useApi } from "../apiContext.js";
import { NodePicker } from "../NodePicker.js";
import { PresetCanvas } from "../PresetCanvas.js";
import { EmptyState, ErrorState, Loading } from "../StatusMessage.js";
import { TypeSwatch } from "../TypeSwatch.js";
import { useRemote } from "../useRemote.js";
import type { ViewProps } from "./types.js";

const STYLE = pathStylesheet();
export const PATH_MAX_DEPTH = 4;

export function PathView({ graph, state, update, onSelect }: ViewProps) {
  const { from, to, k } = state;
  const ready = Boolean(from && to);
  const api = useApi();
  const result = useRemote(
    useMemo(
      () => (from && to ? (signal: AbortSignal) => api.paths({ from, to, k, maxDepth: PATH_MAX_DEPTH }, signal) : null),
      [api, from, to, k],
    ),
  );
  const [chosen, setChosen] = useState<{ key: string; index: number } | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const key = `${from}|${to}|${k}`;
  const pinned = chosen?.key === key ? chosen.index : null;
  const shownPath = hovered ?? pinned;

  const index = useMemo(() => new Map((graph.data?.nodes ?? []).map((n) => [n.id, n])), [graph.data]);
  const nameOf = (id: string) => {
    const n = index.get(id);
    return n ? displayName(n, state.lang) : id ? nameFromId(id) : "";
  };
  const answer = result.data;
  const paths = useMemo(() => (ready && answer ? answer.paths : []), [ready, answer]);
  const elements = useMemo(() => pathLayout(paths, state.lang), [paths, state.lang]);
  const marks = useMemo(() => {
    if (shownPath === null || !paths[shownPath]) return { "path-on": [], "path-off": [] };
    const on = new Set([...paths[shownPath].nodes.map((n) => n.id), ...paths[shownPath].edges.map((e) => e.id)]);
    const all = [...elements.nodes, ...elements.edges].map((e) => e.data.id);
    return { "path-on": [...on], "path-off": all.filter((id) => !on.has(id)) };
  }, [shownPath, paths, elements]);
  const typeOf = (id: string): NodeType | null => index.get(id)?.type ?? null;

  let overlay = null;
  if (!ready) overlay = <EmptyState>Pick two nodes to see how the plan connects them.</EmptyState>;
  else if (from === to) overlay = <EmptyState>Pick two different nodes.</EmptyState>;
  else if (result.status === "loading") overlay = <Loading what="the paths" />;
  else if (result.status === "error") overlay = <ErrorState title="Could not find paths" error={result.error} onRetry={result.retry} />;
  else if (paths.length === 0)
    overlay = (
      <EmptyState>
        No path within {PATH_MAX_DEPTH} steps between {nameOf(from)} and {nameOf(to)}.
      </EmptyState>
    );

  return (
    <div className="path-view">
      <div className="view-toolbar">
        <NodePicker
          testId="path-from"
          label="From"
          value={from}
          valueName={nameOf(from)}
          placeholder="集成电路, jcdl…"
          onPick={(id) => update(setPathQuery({ from: id }), { history: "push" })}
        />
        <button
          type="button"
          className="icon-button swap"
          data-testid="path-swap"
          title="Swap the two ends"
          aria-label="Swap the two ends"
          onClick={() => update(swapPathEnds, { history: "push" })}
        >
          ⇄
        </button>
        <NodePicker
          testId="path-to"
          label="To"
          value={to}
          valueName={nameOf(to)}
          placeholder="两江新区, ljxq…"
          onPick={(id) => update(setPathQuery({ to: id }), { history: "push" })}
        />
        <label className="toolbar-field">
          <span>Paths</span>
          <select data-testid="path-k" value={k} onChange={(e) => update(setPathQuery({ k: Number(e.target.value) }))}>
            {Array.from({ length: MAX_K }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <span className="muted toolbar-note">at most {PATH_MAX_DEPTH} steps</span>
      </div>
      <div className="chain-body">
        <div className="chain-canvas">
          <PresetCanvas
            name="path"
            elements={elements}
            stylesheet={STYLE}
            selected={state.selected}
            onSelect={(id) => onSelect(id, id ? typeOf(id) : null)}
            marks={marks}
            busy={ready && result.status === "loading"}
            overlay={overlay}
          />
        </div>
        <aside className="chain-side" aria-label="Paths in words">
          <section>
            <h3>
              Paths <span className="count">{paths.length}</span>
            </h3>
            {ready && result.status === "ok" && paths.length === 0 && (
              <p className="muted" data-testid="path-empty">
                No path within {PATH_MAX_DEPTH} steps.
              </p>
            )}
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
                    <span className="path-len">
                      {p.edges.length} step{p.edges.length === 1 ? "" : "s"}
                    </span>
                    <span className="path-words" lang="zh-CN">
                      {pathSteps(p, state.lang).map((s, j) =>
                        s.kind === "node" ? (
                          <span key={j} className="path-node">
                            <TypeSwatch type={s.type} size={10} />
                            {s.name}
                          </span>
                        ) : (
                          <span key={j} className={`path-edge${s.forward ? "" : " back"}`} title={s.type}>
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
