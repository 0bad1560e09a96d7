/**
 * The selected district (`district-panel`): name, kind, code; its portfolio as chips (each a link
 * to the industry's chain) and as a small radial graph; "districts like this one" (`district-alike`).
 */
import { useMemo } from "react";
import type { GraphEdge, GraphNode, NodeType } from "../../../../contract/graph.js";
import type { Alike } from "../../core/districts.js";
import { serialize, type ViewState } from "../../core/viewState.js";
import { portfolioElements, portfolioStylesheet } from "../../core/districtGraphs.js";
import { PresetCanvas } from "../PresetCanvas.js";

const STYLE = portfolioStylesheet();
const KIND: Record<string, string> = { district: "区 district", county: "县 county", zone: "开发区 development zone" };

interface Props {
  node: GraphNode | undefined;
  district: string;
  industries: string[];
  alike: Alike[];
  edges: readonly GraphEdge[];
  nameOf: (id: string) => string;
  state: ViewState;
  update: (next: ViewState) => void;
  onSelectDistrict: (id: string) => void;
  onSelectNode: (id: string | null, type: NodeType | null) => void;
  /** Draw the portfolio graph (off where another canvas is on the screen). */
  showGraph: boolean;
}

export function DistrictPanel({ node, district, industries, alike, edges, nameOf, state, update, onSelectDistrict, onSelectNode, showGraph }: Props) {
  const elements = useMemo(() => portfolioElements(district, industries, edges, nameOf), [district, industries, edges, nameOf]);
  const kind = typeof node?.props.kind === "string" ? node.props.kind : "";
  const adcode = typeof node?.props.adcode === "string" || typeof node?.props.adcode === "number" ? String(node.props.adcode) : "";
  return (
    <section className="district-panel" data-testid="district-panel" data-district={district} data-industry-count={industries.length}>
      <header>
        <h2 lang="zh-CN">{nameOf(district)}</h2>
        {node?.nameEn && <p className="muted">{node.nameEn}</p>}
        <p className="district-meta">
          {kind && <span className={`kind kind-${kind}`}>{KIND[kind] ?? kind}</span>}
          {adcode && <span title="GB/T 2260 code">adcode {adcode}</span>}
          <button type="button" className="linkish" onClick={() => onSelectNode(district, "District")} title="The node's evidence in the details panel">
            details
          </button>
        </p>
      </header>
      <h3>
        Portfolio <span className="count">{industries.length}</span>
      </h3>
      <ul className="portfolio-chips" data-testid="district-portfolio">
        {industries.map((id) => {
          const next: ViewState = { ...state, view: "chain", industry: id };
          return (
            <li key={id}>
              <a
                className="chip"
                data-testid="portfolio-industry"
                data-industry={id}
                href={serialize(next) || "?"}
                title={`${nameOf(id)}: its chain`}
                lang="zh-CN"
                onClick={(e) => {
                  if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                  e.preventDefault();
                  update(next);
                }}
              >
                {nameOf(id)}
              </a>
            </li>
          );
        })}
        {industries.length === 0 && <li className="muted">No industry names this district as a key district.</li>}
      </ul>
      {showGraph && industries.length > 0 && (
        <div className="portfolio-graph">
          <PresetCanvas
            name="district-portfolio"
            elements={elements}
            stylesheet={STYLE}
            selected={state.selected}
            onSelect={(id) => onSelectNode(id, id ? (id === district ? "District" : "Industry") : null)}
            minFitZoom={0.3}
          />
        </div>
      )}
      <h3>
        Districts like this one <span className="count">{alike.length}</span>
      </h3>
      <ol className="district-alike" data-testid="district-alike">
        {alike.map((a) => (
          <li key={a.district}>
            <button
              type="button"
              className="alike-item"
              data-testid="district-alike-item"
              data-district={a.district}
              data-jaccard={a.jaccard}
              onClick={() => onSelectDistrict(a.district)}
            >
              <span className="alike-name" lang="zh-CN">
                {nameOf(a.district)}
              </span>
              <span className="alike-score" title="Jaccard: shared ÷ union">
                {a.jaccard.toFixed(2)}
              </span>
              <span className="alike-shared" lang="zh-CN">
                {a.shared.length} shared: {a.shared.map(nameOf).join("、")}
              </span>
            </button>
          </li>
        ))}
        {alike.length === 0 && <li className="muted">No other district shares an industry with it.</li>}
      </ol>
    </section>
  );
}
