/**
 * The selected district (`district-panel`): name, kind, code; its portfolio as chips (each a link
 * to the industry's chain) and as a small radial graph; "districts like this one" (`district-alike`).
 * Hovering or focusing a district like it outlines it on the map, a chip its industry's districts.
 */
import { useMemo } from "react";
import type { GraphEdge, GraphNode, NodeType } from "../../../../contract/graph.js";
import { nameLang, type Alike } from "../../core/districts.js";
import { portfolioCanvasHeight, portfolioElements, portfolioStylesheet } from "../../core/districtGraphs.js";
import { serialize, type ViewState } from "../../core/viewState.js";
import { useLang, useMessages } from "../i18n.js";
import { PresetCanvas } from "../PresetCanvas.js";

const STYLE = portfolioStylesheet();
const KIND_KEY = { district: "kindDistrict", county: "kindCounty", zone: "kindZone" } as const;

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
  /** A district or industry hovered or focused (on) or left (off). */
  onPoint: (id: string, on: boolean) => void;
  /** Draw the portfolio graph (off where another canvas is on the screen). */
  showGraph: boolean;
}

export function DistrictPanel(p: Props) {
  const { node, district, industries, alike, edges, nameOf, state, update, onSelectDistrict, onSelectNode, onPoint, showGraph } = p;
  const m = useMessages().districts;
  const sep = useLang() === "en" ? ", " : "、";
  const elements = useMemo(() => portfolioElements(district, industries, edges, nameOf), [district, industries, edges, nameOf]);
  const kind = typeof node?.props.kind === "string" ? node.props.kind : "";
  const adcode = typeof node?.props.adcode === "string" || typeof node?.props.adcode === "number" ? String(node.props.adcode) : "";
  const name = nameOf(district);
  const other = node && (name === node.name ? node.nameEn : node.name);
  const pointProps = (id: string) => ({
    onPointerEnter: () => onPoint(id, true),
    onPointerLeave: () => onPoint(id, false),
    onFocus: () => onPoint(id, true),
    onBlur: () => onPoint(id, false),
  });
  return (
    <section className="district-panel" data-testid="district-panel" data-district={district} data-industry-count={industries.length}>
      <header>
        <h2 lang={nameLang(name)}>{name}</h2>
        {other && (
          <p className="muted" lang={nameLang(other)}>
            {other}
          </p>
        )}
        <p className="district-meta">
          {kind && <span className={`kind kind-${kind}`}>{kind in KIND_KEY ? m[KIND_KEY[kind as keyof typeof KIND_KEY]] : kind}</span>}
          {adcode && (
            <span title={m.adcodeTitle}>
              {m.adcode} {adcode}
            </span>
          )}
          <button type="button" className="linkish" onClick={() => onSelectNode(district, "District")} title={m.detailsTitle}>
            {m.details}
          </button>
        </p>
      </header>
      <h3>
        {m.portfolio} <span className="count">{industries.length}</span>
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
                title={m.chainOf(nameOf(id))}
                lang={nameLang(nameOf(id))}
                {...pointProps(id)}
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
        {industries.length === 0 && <li className="muted">{m.portfolioNone}</li>}
      </ul>
      {showGraph && industries.length > 0 && (
        <div className="portfolio-graph" style={{ height: portfolioCanvasHeight(industries.length) }}>
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
        {m.alikeTitle} <span className="count">{alike.length}</span>
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
              {...pointProps(a.district)}
            >
              <span className="alike-name" lang={nameLang(nameOf(a.district))}>
                {nameOf(a.district)}
              </span>
              <span className="alike-score" title={m.pairsJaccardTitle}>
                {a.jaccard.toFixed(2)}
              </span>
              <span className="alike-shared">
                {m.alikeShared(a.shared.length)}{" "}
                {a.shared.map((id, i) => (
                  <span key={id} lang={nameLang(nameOf(id))}>
                    {i > 0 ? sep : ""}
                    {nameOf(id)}
                  </span>
                ))}
              </span>
            </button>
          </li>
        ))}
        {alike.length === 0 && <li className="muted">{m.alikeNone}</li>}
      </ol>
    </section>
  );
}
