/** The evidence of one matrix cell: the KEY_DISTRICT edge's quotes, each with a link into the reader. */
import type { GraphEdge } from "../../../../contract/graph.js";
import { isTextEvidence } from "../../../../contract/vocabulary.js";
import { serialize, type ViewState } from "../../core/viewState.js";

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
  return (
    <section className="cell-evidence" data-testid="cell-evidence" data-edge-id={edge?.id ?? ""}>
      <header>
        <h3 lang="zh-CN">
          {nameOf(industry)} <span className="arrow">→</span> {nameOf(district)}
        </h3>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      {!edge && <p className="muted">No KEY_DISTRICT edge found for this cell.</p>}
      {edge && (
        <p className="muted small">
          重点区县 · key district{typeof edge.props.sources === "object" && Array.isArray(edge.props.sources) ? ` · ${edge.props.sources.join(", ")}` : ""}
        </p>
      )}
      {edge?.evidence.map((ev, k) => {
        if (!isTextEvidence(ev)) {
          return (
            <p key={k} className="evidence-ref" data-testid="evidence-reference">
              Reference: {ev.source}
            </p>
          );
        }
        const next: ViewState = { ...state, view: "reader", at: { start: ev.start, end: ev.end }, selected: district };
        return (
          <figure key={k} className="evidence">
            <blockquote lang="zh-CN" data-testid="evidence-quote">
              {ev.quote}
            </blockquote>
            <figcaption>
              {ev.section ? <span className="section">{ev.section}</span> : null}
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
                read in the plan ({ev.start}–{ev.end})
              </a>
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}
