/** The evidence of one matrix cell: the KEY_DISTRICT edge's quotes, each with a link into the reader. */
import type { GraphEdge } from "../../../../contract/graph.js";
import { isTextEvidence } from "../../../../contract/vocabulary.js";
import { nameLang } from "../../core/districts.js";
import { serialize, type ViewState } from "../../core/viewState.js";
import { useMessages } from "../i18n.js";

interface Props {
  district: string;
  industry: string;
  edge: GraphEdge | undefined;
  nameOf: (id: string) => string;
  state: ViewState;
  onOpen: (next: ViewState) => void;
  onClose: () => void;
}

export function CellEvidence({ district, industry, edge, nameOf, state, onOpen, onClose }: Props) {
  const m = useMessages().districts;
  const close = useMessages().common.close;
  return (
    <section className="cell-evidence" data-testid="cell-evidence" data-edge-id={edge?.id ?? ""}>
      <header>
        <h3>
          <span lang={nameLang(nameOf(industry))}>{nameOf(industry)}</span> <span className="arrow">→</span>{" "}
          <span lang={nameLang(nameOf(district))}>{nameOf(district)}</span>
        </h3>
        <button type="button" className="icon-button" onClick={onClose} aria-label={close} title={close}>
          ×
        </button>
      </header>
      {!edge && <p className="muted">{m.noEdge}</p>}
      {edge && (
        <p className="muted small">
          {m.keyDistrict}
          {Array.isArray(edge.props.sources) && edge.props.sources.length > 0 && (
            <>
              {" · "}
              {/* the plan's own labels (专栏15): in its language */}
              <span lang={nameLang(edge.props.sources.join(""))}>{edge.props.sources.join(", ")}</span>
            </>
          )}
        </p>
      )}
      {edge?.evidence.map((ev, k) => {
        if (!isTextEvidence(ev)) {
          return (
            <p key={k} className="evidence-ref" data-testid="evidence-reference">
              {m.reference("")}
              <span lang={nameLang(ev.source)}>{ev.source}</span>
            </p>
          );
        }
        const next: ViewState = { ...state, view: "reader", at: { start: ev.start, end: ev.end }, selected: district };
        return (
          <figure key={k} className="evidence">
            <blockquote lang="zh" data-testid="evidence-quote">
              {ev.quote}
            </blockquote>
            <figcaption>
              {ev.section ? (
                <span className="section" lang={nameLang(ev.section)}>
                  {ev.section}
                </span>
              ) : null}
              <a
                className="read-in-plan"
                data-testid="read-in-plan"
                href={serialize(next) || "?"}
                onClick={(e) => {
                  if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                  e.preventDefault();
                  onOpen(next);
                }}
              >
                {m.readInPlan(ev.start, ev.end)}
              </a>
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}
