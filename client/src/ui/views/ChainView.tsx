/**
 * Chain view: one industry's chain in swim lanes (upstream → the industry → downstream, what backs
 * each link), and the gap finder: the links with nothing behind them, listed and highlighted.
 * URL: `?view=chain&industry=industry:集成电路[&gaps=1][&node=…]`.
 */
import { useCallback, useMemo, useState } from "react";
import type { Chain, ChainLink } from "../../../../contract/api.js";
import type { GraphNode, NodeType } from "../../../../contract/graph.js";
import { backersOf, chainLayout, chainSummary, gapItems, sortIndustries, type LinkSide } from "../../core/chainLayout.js";
import { displayName, nameFromId } from "../../core/names.js";
import { chainStylesheet } from "../../core/presetStyles.js";
import { setGaps, setIndustry } from "../../core/viewState.js";
import { useApi } from "../apiContext.js";
import { PresetCanvas } from "../PresetCanvas.js";
import { EmptyState, ErrorState, Loading } from "../StatusMessage.js";
import { TypeSwatch } from "../TypeSwatch.js";
import { useRemote } from "../useRemote.js";
import type { ViewProps } from "./types.js";

const STYLE = chainStylesheet();
const SIDE_LABEL: Record<LinkSide, string> = { upstream: "上游 upstream", internal: "内部 internal", downstream: "下游 downstream" };

export function ChainView({ graph, state, update, onSelect }: ViewProps) {
  const industries = useMemo(() => sortIndustries(graph.data?.nodes ?? []), [graph.data]);
  const industryId = state.industry || industries[0]?.id || "";
  const api = useApi();
  const chain = useRemote(useCallback((signal: AbortSignal) => api.chain(industryId, signal), [api, industryId]));
  const [allProducts, setAllProducts] = useState(false);
  /** The link lit up: pinned by a click (gap list, canvas), or previewed by hovering the list. */
  const [pinned, setPinned] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const focusLink = hovered ?? pinned;

  const data = chain.status === "ok" && chain.data.industry === industryId ? chain.data : null;
  const layout = useMemo(() => (data ? chainLayout(data, state.lang, { allProducts }) : null), [data, state.lang, allProducts]);
  const names = useMemo(() => new Map((data?.nodes ?? []).map((n) => [n.id, n])), [data]);
  const nameOf = (id: string) => {
    const n = names.get(id);
    return n ? displayName(n, state.lang) : nameFromId(id);
  };
  const links = useMemo(() => (data ? [...data.upstream, ...data.internal, ...data.downstream] : []), [data]);
  const linkById = useMemo(() => new Map(links.map((l) => [l.edgeId, l])), [links]);

  const marks = useMemo(() => {
    const m: Record<string, string[]> = { "gap-on": [], "link-focus": [], "link-end": [], backer: [], backed: [], "backed-end": [], "backed-link": [] };
    if (!data) return m;
    if (state.gaps) m["gap-on"] = data.gaps.map((g) => g.edgeId);
    const l = focusLink ? linkById.get(focusLink) : undefined;
    if (l) {
      m["link-focus"] = [l.edgeId];
      m["link-end"] = [l.from, l.to];
      m.backer = backersOf(l);
      if (m.backer.length) m["backed-link"] = [l.edgeId];
    }
    // A selected project, platform or district: the links it backs light up.
    if (state.selected) {
      const backed = links.filter((x) => backersOf(x).includes(state.selected!));
      m.backed = backed.map((x) => x.edgeId);
      m["backed-end"] = backed.flatMap((x) => [x.from, x.to]);
    }
    return m;
  }, [data, state.gaps, state.selected, focusLink, linkById, links]);

  const summary = data ? chainSummary(data) : null;
  const gaps = data ? gapItems(data) : [];
  const typeOf = (id: string): NodeType | null => names.get(id)?.type ?? null;

  let overlay = null;
  if (graph.status === "loading" || (chain.status === "loading" && industryId)) overlay = <Loading what="the chain" />;
  else if (!industryId) overlay = <EmptyState>No industries in the graph: nothing has been imported.</EmptyState>;
  else if (chain.status === "error") overlay = <ErrorState title="Could not load the chain" error={chain.error} onRetry={chain.retry} />;

  // The card follows clicks only: appearing on hover it would move the list under the mouse.
  const focused = pinned ? linkById.get(pinned) : undefined;
  return (
    <div className="chain-view">
      <div className="view-toolbar">
        <label className="toolbar-field">
          <span>Industry</span>
          <select
            data-testid="chain-industry"
            value={industryId}
            onChange={(e) => {
              setPinned(null);
              update(setIndustry(e.target.value), { history: "push" });
            }}
          >
            {(["pillar", "future"] as const).map((kind) => (
              <optgroup key={kind} label={kind === "pillar" ? "支柱产业 Pillar" : "先导性产业 Future"}>
                {industries
                  .filter((n) => (n.props.kind === "future" ? "future" : "pillar") === kind)
                  .map((n) => (
                    <option key={n.id} value={n.id}>
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
              <span>
                upstream <strong>{summary.upstream}</strong>
              </span>
              <span>
                internal <strong>{summary.internal}</strong>
              </span>
              <span>
                downstream <strong>{summary.downstream}</strong>
              </span>
              <span className={summary.gaps ? "bad" : undefined}>
                gaps <strong>{summary.gaps}</strong>
              </span>
            </>
          ) : (
            <span className="muted">…</span>
          )}
        </p>
        <label className="toolbar-check">
          <input
            type="checkbox"
            data-testid="chain-highlight-gaps"
            checked={state.gaps}
            onChange={(e) => update(setGaps(e.target.checked))}
          />
          highlight gaps
        </label>
        <label className="toolbar-check" title="Also show the industry's products that are in no chain link">
          <input type="checkbox" data-testid="chain-all-products" checked={allProducts} onChange={(e) => setAllProducts(e.target.checked)} />
          all products{data ? ` (${data.products.length})` : ""}
        </label>
      </div>
      <div className="chain-body">
        <div className="chain-canvas">
          <PresetCanvas
            name="chain"
            elements={layout?.elements ?? EMPTY}
            stylesheet={STYLE}
            lanes={layout?.lanes}
            dividers={layout?.dividers}
            minFitZoom={0.7}
            selected={state.selected}
            onSelect={(id) => {
              setPinned(null);
              onSelect(id, id ? typeOf(id) : null);
            }}
            onEdgeTap={(id) => setPinned(linkById.has(id) ? id : null)}
            marks={marks}
            busy={chain.status !== "ok" || !data}
            overlay={overlay}
          />
        </div>
        <aside className="chain-side" aria-label="Chain gaps and links">
          {focused && (
            <LinkCard link={focused} chain={data!} nameOf={nameOf} typeOf={typeOf} onSelect={onSelect} onClose={() => setPinned(null)} />
          )}
          <section className="chain-gaps-section">
            <h3>
              Gaps <span className="count">{gaps.length}</span>
            </h3>
            <p className="hint">Chain links with no project, platform or district behind them. Hover or click one to find it.</p>
            <ul className="chain-gaps" data-testid="chain-gaps">
              {gaps.map((g) => (
                <li key={g.edgeId}>
                  <button
                    type="button"
                    data-testid="chain-gap"
                    data-edge-id={g.edgeId}
                    className={`chain-gap${focusLink === g.edgeId ? " on" : ""}`}
                    aria-pressed={pinned === g.edgeId}
                    onMouseEnter={() => setHovered(g.edgeId)}
                    onMouseLeave={() => setHovered(null)}
                    onFocus={() => setHovered(g.edgeId)}
                    onBlur={() => setHovered(null)}
                    onClick={() => setPinned(pinned === g.edgeId ? null : g.edgeId)}
                  >
                    <span className="gap-link" lang="zh-CN">
                      {nameOf(g.from)} <span className="arrow">→</span> {nameOf(g.to)}
                    </span>
                    <span className="gap-side">{SIDE_LABEL[g.side]}</span>
                    <span className="gap-reason">{g.reason}</span>
                  </button>
                </li>
              ))}
              {data && gaps.length === 0 && <li className="muted">No gaps: every link has something behind it.</li>}
            </ul>
          </section>
        </aside>
      </div>
    </div>
  );
}

const EMPTY = { nodes: [], edges: [] };

function LinkCard({
  link,
  chain,
  nameOf,
  typeOf,
  onSelect,
  onClose,
}: {
  link: ChainLink;
  chain: Chain;
  nameOf: (id: string) => string;
  typeOf: (id: string) => NodeType | null;
  onSelect: (id: string, type: NodeType | null) => void;
  onClose: () => void;
}) {
  const gap = chain.gaps.find((g) => g.edgeId === link.edgeId);
  const groups: [string, string[]][] = [
    ["Projects 项目", link.backing.projects],
    ["Platforms 平台", link.backing.platforms],
    ["Districts 区县", link.backing.districts],
  ];
  return (
    <section className="link-card" data-testid="chain-link" data-edge-id={link.edgeId}>
      <header>
        <h3>{link.level === "industry" ? "Industry link 供给" : "Product link 供应"}</h3>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <p className="link-ends" lang="zh-CN">
        <NodeButton id={link.from} name={nameOf(link.from)} type={typeOf(link.from)} onSelect={onSelect} />
        <span className="arrow">→</span>
        <NodeButton id={link.to} name={nameOf(link.to)} type={typeOf(link.to)} onSelect={onSelect} />
      </p>
      {gap ? (
        <p className="gap-reason bad">Gap: {gap.reason}</p>
      ) : (
        groups
          .filter(([, ids]) => ids.length)
          .map(([title, ids]) => (
            <div key={title} className="link-backing">
              <h4>{title}</h4>
              <ul>
                {ids.map((id) => (
                  <li key={id}>
                    <NodeButton id={id} name={nameOf(id)} type={typeOf(id)} onSelect={onSelect} />
                  </li>
                ))}
              </ul>
            </div>
          ))
      )}
    </section>
  );
}

function NodeButton({
  id,
  name,
  type,
  onSelect,
}: {
  id: string;
  name: string;
  type: GraphNode["type"] | null;
  onSelect: (id: string, type: NodeType | null) => void;
}) {
  return (
    <button type="button" className="neighbour" title={id} onClick={() => onSelect(id, type)}>
      {type && <TypeSwatch type={type} size={11} />}
      <span>{name}</span>
    </button>
  );
}
