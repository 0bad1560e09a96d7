/**
 * The app shell: a skip link, the header, view tabs, and the current view with the side panels it
 * uses (core/panels.ts): the overview's sidebar, the details of what is selected. Wide screens show
 * them as collapsible columns, narrow ones as drawers opened from a bar above the view.
 */
import { useCallback, useEffect, useMemo, type ReactNode } from "react";
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
import { Presenter } from "./story/Presenter.js";
import { useRemote } from "./useRemote.js";
import { useViewState } from "./useViewState.js";
import { VIEW_COMPONENTS } from "./views/index.js";
import type { SearchHit } from "../../../contract/api.js";
import { selectHit } from "../core/search.js";
import { openReaderAt } from "../core/viewState.js";
import { PlanScope, usePlanApi } from "./plans/PlanScope.js";
import { quotePlan, setPlan } from "../core/plans.js";
import { OpenQuoteContext } from "./openQuote.js";
import { LangProvider, useMessages } from "./i18n.js";
import { RendererProvider } from "./renderer.js";
import { panelShow, panelsFor } from "../core/panels.js";
import { SidePanel } from "./SidePanel.js";
import { usePanels, type PanelState } from "./usePanels.js";

export function App() {
  const [state, update] = useViewState();
  const scope = usePlanApi(state.plan);
  const { api, plans } = scope;
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
  // A quote of a plan the reader would not show: that plan is chosen first (core/plans.ts).
  const openQuote = useCallback(
    (span: { start: number; end: number; planId?: string }) =>
      update((s) => openReaderAt(span)(setPlan(quotePlan(plans, scope.plan, span.planId))(s)), { history: "push" }),
    [update, plans, scope.plan],
  );

  const graphHistory = useGraphHistory(state, update);
  const panelState = usePanels();
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
      : state.lang === "zh"
        ? "产业链图谱 · Chain Atlas"
        : "Chain Atlas";
  }, [selectedNode, state.lang]);
  // Screen readers, fonts and the browser's translate offer follow the interface language.
  useEffect(() => {
    document.documentElement.lang = state.lang;
  }, [state.lang]);

  const View = VIEW_COMPONENTS[state.view];
  return (
    <LangProvider lang={state.lang}>
      <RendererProvider choice={state.renderer}>
      <PlanScope info={scope}>
      <div className="app">
        <SkipLink />
        <Header planName={planName} plans={plans} plan={scope.plan} onPlan={(p) => update(setPlan(p), { history: "push" })} health={health} lang={state.lang} onLang={(l) => update(setLang(l))} onPickHit={onPickHit} lookup={lookup} narrow={panelState.narrow} />
        <div className="view-bar">
          <TabBar view={state.view} onView={(v) => update(setView(v), { history: "push" })} />
          <Presenter state={state} update={update} graph={graph.data ?? null} />
        </div>
        <Workspace
          panelState={panelState}
          panels={panelsFor(state.view, state)}
          sidebar={
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
              view={state}
              update={update}
              graph={graph.data ?? null}
            />
          }
          details={
            state.selected && (
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
            )
          }
        >
          <View graph={{ ...graph, retry }} health={health} state={state} update={update} onSelect={onSelect} graphHistory={graphHistory} />
        </Workspace>
      </div>
      </PlanScope>
      </RendererProvider>
    </LangProvider>
  );
}

function SkipLink() {
  const m = useMessages();
  return (
    <a className="skip-link" href="#view">
      {m.shell.skipToView}
    </a>
  );
}

interface WorkspaceProps {
  panelState: PanelState;
  panels: ReturnType<typeof panelsFor>;
  sidebar: ReactNode;
  details: ReactNode;
  children: ReactNode;
}

/** The view between its side panels; on a narrow screen, a bar of buttons that open them as drawers. */
function Workspace({ panelState, panels, sidebar, details, children }: WorkspaceProps) {
  const m = useMessages();
  const { narrow, collapsed, setCollapsed, drawer, setDrawer } = panelState;
  const o = { narrow, collapsed, drawer };
  const closeDrawer = () => setDrawer(null);
  // A drawer whose panel went away (selection cleared, another view) is closed, not left to reopen.
  const orphan = drawer !== null && !panels[drawer];
  useEffect(() => {
    if (orphan) setDrawer(null);
  }, [orphan, setDrawer]);
  return (
    <div className="workspace">
      {narrow && (panels.sidebar || panels.details) && (
        <div className="panel-bar" data-testid="panel-bar">
          {panels.sidebar && (
            <button type="button" data-testid="drawer-open-sidebar" aria-expanded={drawer === "sidebar"} onClick={() => setDrawer("sidebar")}>
              <span aria-hidden="true">☰</span> {m.shell.filters}
            </button>
          )}
          {panels.details && (
            <button type="button" className="end" data-testid="drawer-open-details" aria-expanded={drawer === "details"} onClick={() => setDrawer("details")}>
              {m.shell.details} <span aria-hidden="true">›</span>
            </button>
          )}
        </div>
      )}
      <div className="workspace-row">
        <SidePanel
          id="sidebar"
          show={panelShow("sidebar", panels, o)}
          label={m.shell.filters}
          collapseLabel={m.shell.hideFilters}
          expandLabel={m.shell.showFilters}
          closeLabel={m.shell.closePanel}
          onCollapse={(c) => setCollapsed("sidebar", c)}
          onCloseDrawer={closeDrawer}
        >
          {sidebar}
        </SidePanel>
        <main className="view" id="view" tabIndex={-1}>
          {children}
        </main>
        <SidePanel
          id="details"
          show={panelShow("details", panels, o)}
          label={m.shell.details}
          collapseLabel={m.shell.hideDetails}
          expandLabel={m.shell.showDetails}
          closeLabel={m.shell.closePanel}
          onCollapse={(c) => setCollapsed("details", c)}
          onCloseDrawer={closeDrawer}
        >
          <aside className="details-column" aria-label={m.shell.details}>
            {details}
          </aside>
        </SidePanel>
      </div>
    </div>
  );
}
