/** The app shell: header, view tabs, sidebar, the current view, and the details panel. */
import { useCallback, useEffect, useMemo } from "react";
import type { NodeType } from "../../../contract/graph.js";
import { countByType } from "../core/graphElements.js";
import { displayName } from "../core/names.js";
import {
  clearSelection,
  selectNode,
  setColorBy,
  setDirection,
  setFocus,
  setLang,
  setLayout,
  setSizeBy,
  setTypes,
  setView,
  toggleType,
} from "../core/viewState.js";
import { isTyping, undoRedoKey, useGraphHistory } from "./useGraphHistory.js";
import { DetailsPanel } from "./DetailsPanel.js";
import { Header } from "./Header.js";
import { Sidebar } from "./Sidebar.js";
import { TabBar } from "./TabBar.js";
import { useRemote } from "./useRemote.js";
import { useViewState } from "./useViewState.js";
import { VIEW_COMPONENTS } from "./views/index.js";
import type { SearchHit } from "../../../contract/api.js";
import { selectHit } from "../core/search.js";
import { openReaderAt } from "../core/viewState.js";
import { useApi } from "./apiContext.js";
import { OpenQuoteContext } from "./openQuote.js";
import { SearchBox } from "./SearchBox.js";
import { LangProvider } from "./i18n.js";

export function App() {
  const [state, update] = useViewState();
  const api = useApi();
  const health = useRemote(useCallback((signal: AbortSignal) => api.health(signal), [api]));
  const graph = useRemote(useCallback((signal: AbortSignal) => api.graph(undefined, signal), [api]));

  const index = useMemo(() => new Map((graph.data?.nodes ?? []).map((n) => [n.id, n])), [graph.data]);
  const lookup = useCallback((id: string) => index.get(id), [index]);
  const counts = useMemo(() => (graph.data ? countByType(graph.data.nodes) : null), [graph.data]);
  const planName = graph.data?.nodes.find((n) => n.type === "Plan")?.name ?? null;

  const { retry: retryHealth } = health;
  const { retry: retryGraph } = graph;
  const retry = useCallback(() => {
    retryHealth();
    retryGraph();
  }, [retryHealth, retryGraph]);

  const onSelect = useCallback(
    (id: string | null, type: NodeType | null) =>
      update(id ? selectNode(id, type ?? undefined) : clearSelection, { history: "push" }),
    [update],
  );

  // A search hit: select it (its type shown), so the canvas centres on it and the details open.
  const onPickHit = useCallback((hit: SearchHit) => update(selectHit(hit), { history: "push" }), [update]);
  // An evidence quote: the reader at its span (the URL keeps it: view=reader&at=start-end).
  const openQuote = useCallback(
    (span: { start: number; end: number }) => update(openReaderAt(span), { history: "push" }),
    [update],
  );

  const graphHistory = useGraphHistory(state, update);
  const focusOn = state.focus;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") update(clearSelection, { history: "push" });
      if (isTyping(e)) return;
      const step = undoRedoKey(e);
      if (step) {
        e.preventDefault();
        if (step === "undo") graphHistory.undo();
        else graphHistory.redo();
      } else if (e.key === "f" && !e.ctrlKey && !e.metaKey && !e.altKey) {
        update(setFocus(!focusOn));
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [update, graphHistory, focusOn]);

  const selectedNode = state.selected ? lookup(state.selected) : undefined;
  useEffect(() => {
    document.title = selectedNode
      ? `${displayName(selectedNode, state.lang)} · Chain Atlas`
      : "Chain Atlas · 产业链图谱";
  }, [selectedNode, state.lang]);

  const View = VIEW_COMPONENTS[state.view];
  return (
    <LangProvider lang={state.lang}>
    <div className="app">
      <Header planName={planName} health={health} lang={state.lang} onLang={(l) => update(setLang(l))} search={<SearchBox onPick={onPickHit} />} />
      <TabBar view={state.view} onView={(v) => update(setView(v), { history: "push" })} />
      <div className="workspace">
        <Sidebar
          types={state.types}
          counts={counts}
          onToggleType={(t, on) => update(toggleType(t, on))}
          onSetTypes={(ts) => update(setTypes(ts))}
          layout={state.layout}
          onLayout={(l) => update(setLayout(l))}
          direction={state.direction}
          onDirection={(d) => update(setDirection(d))}
          colorBy={state.colorBy}
          onColorBy={(c) => update(setColorBy(c))}
          sizeBy={state.sizeBy}
          onSizeBy={(sz) => update(setSizeBy(sz))}
        />
        <main className="view" aria-label="Graph">
          <View
            graph={{ ...graph, retry }}
            health={health}
            state={state}
            update={update}
            onSelect={onSelect}
            graphHistory={graphHistory}
          />
        </main>
        <aside className="details-column">
          {state.selected ? (
            <OpenQuoteContext.Provider value={openQuote}>
              <DetailsPanel
                key={state.selected}
                id={state.selected}
                lookup={lookup}
                lang={state.lang}
                onSelect={(id, type) => onSelect(id, type)}
                onClose={() => onSelect(null, null)}
              />
            </OpenQuoteContext.Provider>
          ) : (
            <div className="details-hint">
              <p>Select a node to see what the plan says about it.</p>
              <p className="muted">Every node and connection carries the sentence of the plan that states it.</p>
            </div>
          )}
        </aside>
      </div>
    </div>
    </LangProvider>
  );
}
