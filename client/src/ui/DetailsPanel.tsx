/** The selected node: names, properties, evidence, and its edges grouped by type. */
import { useCallback, useContext, type KeyboardEvent } from "react";
import type { Evidence, GraphNode, NodeType } from "../../../contract/graph.js";
import { isTextEvidence } from "../../../contract/vocabulary.js";
import { formatProp, groupEdges, type EdgeGroup } from "../core/details.js";
import { displayName, nameFromId, type Lang } from "../core/names.js";
import { EDGE_THEME, NODE_THEME } from "../core/theme.js";
import { useApi } from "./apiContext.js";
import { OpenQuoteContext } from "./openQuote.js";
import { TypeSwatch } from "./TypeSwatch.js";
import { useRemote } from "./useRemote.js";

interface Props {
  id: string;
  /** Nodes already loaded with the graph: shown at once, and used to name neighbours. */
  lookup: (id: string) => GraphNode | undefined;
  lang: Lang;
  onSelect: (id: string, type: NodeType | null) => void;
  onClose: () => void;
}

export function DetailsPanel({ id, lookup, lang, onSelect, onClose }: Props) {
  const api = useApi();
  const detail = useRemote(useCallback((signal: AbortSignal) => api.node(id, signal), [api, id]));
  const node = detail.data?.node ?? lookup(id);
  const title = node ? displayName(node, lang) : nameFromId(id);
  const other = node && (lang === "en" ? node.name : node.nameEn);

  return (
    <section className="details" data-testid="details-panel" aria-label="Details">
      <header className="details-head">
        <div className="details-type">
          {node && <TypeSwatch type={node.type} />}
          <span>{node ? `${NODE_THEME[node.type].label} · ${NODE_THEME[node.type].labelZh}` : "Node"}</span>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close details (Esc)" title="Close (Esc)">
          ×
        </button>
      </header>
      <h2 className="details-title">{title}</h2>
      {other && other !== title && <p className="details-subtitle">{other}</p>}
      <p className="details-id">
        <code>{id}</code>
      </p>

      {detail.status === "loading" && (
        <p className="muted" role="status">
          <span className="spinner small" /> Loading evidence…
        </p>
      )}
      {detail.status === "error" && (
        <div className="inline-error" role="alert">
          <p>{detail.error.message}</p>
          <button type="button" onClick={detail.retry}>
            Retry
          </button>
        </div>
      )}
      {detail.status === "ok" && (
        <>
          <Properties props={detail.data.node.props} />
          <EvidenceList evidence={detail.data.node.evidence} />
          <Connections groups={groupEdges(id, detail.data.edges, lookup, lang)} onSelect={onSelect} />
        </>
      )}
    </section>
  );
}

function Properties({ props }: { props: GraphNode["props"] }) {
  const rows = Object.entries(props).filter(([, v]) => v !== "" && !(Array.isArray(v) && v.length === 0));
  if (!rows.length) return null;
  return (
    <section className="details-section">
      <h3>Properties</h3>
      <table className="props">
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{formatProp(v)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  return (
    <section className="details-section">
      <h3>
        Evidence <span className="count">{evidence.length}</span>
      </h3>
      <ol className="evidence-list">
        {evidence.map((e, i) => (
          <li key={i}>
            <EvidenceItem evidence={e} testId />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One piece of evidence; only the node's own quotes carry the `evidence-quote` test id. */
function EvidenceItem({ evidence, testId = false }: { evidence: Evidence; testId?: boolean }) {
  const openQuote = useContext(OpenQuoteContext);
  if (!isTextEvidence(evidence)) {
    return (
      <p className="evidence-ref" data-testid={testId ? "evidence-reference" : undefined}>
        Reference: {evidence.source}
      </p>
    );
  }
  return (
    <figure className="evidence">
      <blockquote
        lang="zh-CN"
        data-testid={testId ? "evidence-quote" : undefined}
        {...(openQuote && {
          className: "opens-reader",
          role: "link",
          tabIndex: 0,
          title: "Open the plan text here (reader)",
          onClick: () => openQuote(evidence),
          onKeyDown: (e: KeyboardEvent) => {
            if (e.key === "Enter" || e.key === " ") {
              e.preventDefault();
              openQuote(evidence);
            }
          },
        })}
      >
        {evidence.quote}
      </blockquote>
      <figcaption>
        {evidence.section ? <span className="section">{evidence.section}</span> : null}
        <span className="offsets" title="Character offsets in the plan text">
          {evidence.planId} @{evidence.start}–{evidence.end}
        </span>
      </figcaption>
    </figure>
  );
}

function Connections({
  groups,
  onSelect,
}: {
  groups: EdgeGroup[];
  onSelect: (id: string, type: NodeType | null) => void;
}) {
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <section className="details-section">
      <h3>
        Connections <span className="count">{total}</span>
      </h3>
      {groups.map((g) => (
        <div className="edge-group" key={`${g.type}|${g.direction}`}>
          <h4>
            <span className="edge-line" style={{ background: EDGE_THEME[g.type].color }} />
            {EDGE_THEME[g.type][g.direction]} <code>{g.direction === "out" ? `${g.type} →` : `← ${g.type}`}</code>
            <span className="count">{g.items.length}</span>
          </h4>
          <ul>
            {g.items.map((item) => (
              <li key={item.edge.id}>
                <button
                  type="button"
                  className="neighbour"
                  onClick={() => onSelect(item.otherId, item.otherType)}
                  title={item.otherId}
                >
                  {item.otherType && <TypeSwatch type={item.otherType} size={11} />}
                  <span>{item.otherName}</span>
                </button>
                <details className="edge-evidence">
                  <summary title="Evidence for this connection">
                    {item.edge.evidence.length === 1 ? "“…”" : `“…” ×${item.edge.evidence.length}`}
                  </summary>
                  {item.edge.evidence.map((e, i) => (
                    <EvidenceItem key={i} evidence={e} />
                  ))}
                </details>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
