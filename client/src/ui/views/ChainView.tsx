/**
 * Chain view: one industry's chain in swim lanes (upstream → the industry → downstream, what backs
 * each link), the gap finder (the links with nothing behind them: listed, and brought into view
 * when chosen), and the chain table, the picture's text alternative.
 * URL: `?view=chain&industry=industry:集成电路[&gaps=1][&gap=<edge id>][&table=1][&node=…]`.
 */
import { useCallback, useMemo, useState } from "react";
import type { NodeType } from "../../../../contract/graph.js";
import { backingSegments } from "../../core/chainBacking.js";
import { backersOf, chainLayout, chainSummary, gapItems, sortIndustries } from "../../core/chainLayout.js";
import { CHAIN_MIN_ZOOM, fitFloor, lodClass } from "../../core/chainViewport.js";
import { displayName, displayNameLang } from "../../core/names.js";
import { chainStylesheet } from "../../core/presetStyles.js";
import { setCamera, setChainLink, setChainTable, setGaps, setIndustry } from "../../core/viewState.js";
import { useApi } from "../apiContext.js";
import { ChainTable } from "../chain/ChainTable.js";
import { GapPanel } from "../chain/GapPanel.js";
import { LinkCard } from "../chain/LinkCard.js";
import { namer } from "../chain/NameText.js";
import { useStoredFlag } from "../districts/useStoredFlag.js";
import { useMessages } from "../i18n.js";
import { PresetCanvas } from "../PresetCanvas.js";
import { EmptyState, ErrorState, Loading } from "../StatusMessage.js";
import { useRemote } from "../useRemote.js";
import type { ViewProps } from "./types.js";

const STYLE = chainStylesheet();
const EMPTY = { nodes: [], edges: [] };

export function ChainView({ graph, state, update, onSelect }: ViewProps) {
  const m = useMessages().chain;
  const industries = useMemo(() => sortIndustries(graph.data?.nodes ?? []), [graph.data]);
  const industryId = state.industry || industries[0]?.id || "";
  const api = useApi();
  const chain = useRemote(useCallback((signal: AbortSignal) => api.chain(industryId, signal), [api, industryId]));
  const [allProducts, setAllProducts] = useState(false);
  const [panelOpen, setPanelOpen] = useStoredFlag("chain-atlas.chain.gapPanel", true);
  /** What the pointer is on: a link (lit up, its backing drawn) or a backer (its links drawn). */
  const [hovered, setHovered] = useState<string | null>(null);

  const data = chain.status === "ok" && chain.data.industry === industryId ? chain.data : null;
  const layout = useMemo(() => (data ? chainLayout(data, state.lang, { allProducts }) : null), [data, state.lang, allProducts]);
  const index = useMemo(() => new Map((data?.nodes ?? []).map((n) => [n.id, n])), [data]);
  const names = useMemo(() => namer(index, state.lang), [index, state.lang]);
  const links = useMemo(() => (data ? [...data.upstream, ...data.internal, ...data.downstream] : []), [data]);
  const linkById = useMemo(() => new Map(links.map((l) => [l.edgeId, l])), [links]);
  const backers = useMemo(() => new Set(links.flatMap(backersOf)), [links]);
  const gaps = useMemo(() => (data ? gapItems(data, names.text, state.lang) : []), [data, names, state.lang]);

  const chosen = linkById.has(state.gap) ? state.gap : "";
  const hoveredLink = hovered && linkById.has(hovered) ? hovered : null;
  const focusLink = hoveredLink ?? (chosen || null);
  const choose = useCallback((edgeId: string) => update(setChainLink(edgeId), { history: "push" }), [update]);

  const marks = useMemo(() => {
    const mk: Record<string, string[]> = { "gap-on": [], "link-focus": [], "link-end": [], backer: [], backed: [], "backed-end": [], "backed-link": [] };
    if (!data) return mk;
    if (state.gaps) mk["gap-on"] = data.gaps.map((g) => g.edgeId);
    const l = focusLink ? linkById.get(focusLink) : undefined;
    if (l) {
      mk["link-focus"] = [l.edgeId];
      mk["link-end"] = [l.from, l.to];
      mk.backer = backersOf(l);
      if (mk.backer.length) mk["backed-link"] = [l.edgeId];
    }
    // A selected project, platform or district: the links it backs light up.
    if (state.selected) {
      const backed = links.filter((x) => backersOf(x).includes(state.selected!));
      mk.backed = backed.map((x) => x.edgeId);
      mk["backed-end"] = backed.flatMap((x) => [x.from, x.to]);
    }
    return mk;
  }, [data, state.gaps, state.selected, focusLink, linkById, links]);

  // The backing as lines: to the link pointed at or chosen, and from the backer pointed at or selected.
  const backer = hovered && backers.has(hovered) ? hovered : state.selected && backers.has(state.selected) ? state.selected : null;
  const segments = useMemo(
    () => (layout ? backingSegments(layout.elements, focusLink ? [focusLink] : [], backer) : []),
    [layout, focusLink, backer],
  );
  const chosenLink = chosen ? linkById.get(chosen) : undefined;
  const focus = useMemo(() => (chosenLink ? [chosenLink.from, chosenLink.to] : undefined), [chosenLink]);

  const summary = data ? chainSummary(data) : null;
  const typeOf = (id: string): NodeType | null => index.get(id)?.type ?? null;

  let overlay = null;
  if (graph.status === "loading" || (chain.status === "loading" && industryId)) overlay = <Loading what={m.loading} />;
  else if (!industryId) overlay = <EmptyState>{m.noIndustries}</EmptyState>;
  else if (chain.status === "error") overlay = <ErrorState title={m.loadError} error={chain.error} onRetry={chain.retry} />;

  const card = chosenLink && (
    <LinkCard
      link={chosenLink}
      gapReason={gaps.find((g) => g.edgeId === chosen)?.reason ?? null}
      names={names}
      typeOf={typeOf}
      onSelect={onSelect}
      onClose={() => choose("")}
    />
  );
  return (
    <div className={`chain-view${state.chainTable ? " with-table" : ""}`}>
      <div className="view-toolbar">
        <label className="toolbar-field">
          <span>{m.industry}</span>
          <select
            data-testid="chain-industry"
            value={industryId}
            onChange={(e) => update(setIndustry(e.target.value), { history: "push" })}
          >
            {(["pillar", "future"] as const).map((kind) => (
              <optgroup key={kind} label={m[kind]}>
                {industries
                  .filter((n) => (n.props.kind === "future" ? "future" : "pillar") === kind)
                  .map((n) => (
                    <option key={n.id} value={n.id} lang={displayNameLang(n, state.lang)}>
                      {displayName(n, state.lang)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        <p
          className="chain-summary"
          data-testid="chain-summary"
          data-upstream={summary?.upstream ?? ""}
          data-downstream={summary?.downstream ?? ""}
          data-internal={summary?.internal ?? ""}
          data-gaps={summary?.gaps ?? ""}
        >
          {summary ? (
            <>
              {(["upstream", "internal", "downstream"] as const).map((side) => (
                <span key={side}>
                  {m.side(side)} <strong>{summary[side]}</strong>
                </span>
              ))}
              <span className={summary.gaps ? "bad" : undefined}>
                {m.gaps} <strong>{summary.gaps}</strong>
              </span>
            </>
          ) : (
            <span className="muted">…</span>
          )}
        </p>
        <label className="toolbar-check">
          <input type="checkbox" data-testid="chain-highlight-gaps" checked={state.gaps} onChange={(e) => update(setGaps(e.target.checked))} />
          {m.highlightGaps}
        </label>
        <label className="toolbar-check" title={m.allProductsTitle}>
          <input type="checkbox" data-testid="chain-all-products" checked={allProducts} onChange={(e) => setAllProducts(e.target.checked)} />
          {m.allProducts(data?.products.length ?? 0)}
        </label>
        <button
          type="button"
          className="toolbar-toggle"
          data-testid="chain-table-toggle"
          aria-pressed={state.chainTable}
          title={m.showTableTitle}
          onClick={() => update(setChainTable(!state.chainTable))}
        >
          {m.showTable}
        </button>
      </div>
      <div className={`chain-body${panelOpen ? "" : " panel-closed"}`}>
        <div className="chain-main">
          <div className="chain-canvas">
            <PresetCanvas
              name="chain"
              elements={layout?.elements ?? EMPTY}
              stylesheet={STYLE}
              lanes={layout?.lanes}
              dividers={layout?.dividers}
              minFitZoom={fitFloor}
              minZoom={CHAIN_MIN_ZOOM}
              levelOf={lodClass}
              focus={focus}
              segments={segments}
              onHover={setHovered}
              selected={state.selected}
              onSelect={(id) => onSelect(id, id ? typeOf(id) : null)}
              onEdgeTap={(id) => linkById.has(id) && choose(chosen === id ? "" : id)}
              marks={marks}
              busy={chain.status !== "ok" || !data}
              overlay={overlay}
              camera={state.camera}
              onCamera={(c) => update(setCamera(c), { history: "replace" })}
            />
          </div>
          {state.chainTable && data && (
            <ChainTable chain={data} lang={state.lang} names={names} chosen={chosen} onHover={setHovered} onChoose={choose} />
          )}
        </div>
        <GapPanel
          open={panelOpen}
          onOpen={setPanelOpen}
          gaps={gaps}
          loaded={Boolean(data)}
          chosen={chosen}
          hovered={hoveredLink}
          onHover={setHovered}
          onChoose={choose}
          names={names}
          card={card}
        />
      </div>
    </div>
  );
}
