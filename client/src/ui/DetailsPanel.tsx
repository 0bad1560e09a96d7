/**
 * The selected node: names, properties, evidence, and its edges grouped by type. A node several
 * plans state shows its evidence under each plan's title, and, where the plans give it different
 * properties (`planProps`, never shown raw), each plan's own.
 */
import { useCallback, useContext, type KeyboardEvent } from "react";
import type { Evidence, GraphNode, NodeType } from "../../../contract/graph.js";
import { isTextEvidence } from "../../../contract/vocabulary.js";
import { groupEdges, propertyRows, textLang, type EdgeGroup, type PropRow } from "../core/details.js";
import { displayName, displayNameLang, nameFromId, type Lang } from "../core/names.js";
import { evidenceByPlan, planViews } from "../core/plans.js";
import { EDGE_THEME } from "../core/theme.js";
import { useApi } from "./apiContext.js";
import { useMessages } from "./i18n.js";
import { OpenQuoteContext } from "./openQuote.js";
import { usePlans } from "./plans/PlanScope.js";
import { PlanTitle } from "./plans/PlanTitle.js";
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
  const typeName = useMessages().common.nodeType;
  const detail = useRemote(useCallback((signal: AbortSignal) => api.node(id, signal), [api, id]));
  const m = useMessages().details;
  const node = detail.data?.node ?? lookup(id);
  const title = node ? displayName(node, lang) : nameFromId(id);
  // The name in the other language: the plan's Chinese under an English title, and the reverse.
  const other = node && (lang === "en" ? node.name : node.nameEn);
  const otherLang = lang === "en" ? "zh" : "en";

  return (
    <section className="details" data-testid="details-panel" aria-label={m.panel}>
      <header className="details-head">
        <div className="details-type">
          {node && <TypeSwatch type={node.type} />}
          <span>{node ? typeName(node.type) : m.node}</span>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label={m.close} title={m.close}>
          ×
        </button>
      </header>
      <h2 className="details-title" lang={node ? displayNameLang(node, lang) : "zh"}>
        {title}
      </h2>
      {other && other !== title && (
        <p className="details-subtitle" lang={otherLang}>
          {other}
        </p>
      )}

      {detail.status === "loading" && (
        <p className="muted" role="status">
          <span className="spinner small" /> {m.loading}
        </p>
      )}
      {detail.status === "error" && (
        <div className="inline-error" role="alert">
          <p>{detail.error.message}</p>
          <button type="button" onClick={detail.retry}>
            {m.retry}
          </button>
        </div>
      )}
      {detail.status === "ok" && (
        <>
          <Properties props={detail.data.node.props} lang={lang} />
          <EvidenceList evidence={detail.data.node.evidence} lang={lang} />
          <Connections groups={groupEdges(id, detail.data.edges, lookup, lang)} onSelect={onSelect} />
        </>
      )}
    </section>
  );
}

function Properties({ props, lang }: { props: GraphNode["props"]; lang: Lang }) {
  const m = useMessages().details;
  const mp = useMessages().plans;
  const { plans } = usePlans();
  const order = (plans ?? []).map((p) => p.id);
  const views = planViews(props, order);
  const rows = propertyRows(props, m);
  if (views) {
    return (
      <section className="details-section" data-testid="props-by-plan">
        <h3>{mp.propsByPlan}</h3>
        {views.map((v) => (
          <div className="plan-props" key={v.planId} data-plan={v.planId}>
            <h4 className="plan-head">
              {mp.inPlanBefore}
              <PlanTitle planId={v.planId} lang={lang} />
              {mp.inPlanAfter}
            </h4>
            <PropTable rows={[...nameRow(v, mp.name, lang), ...propertyRows(v.props, m)]} />
          </div>
        ))}
      </section>
    );
  }
  if (!rows.length) return null;
  return (
    <section className="details-section">
      <h3>{m.properties}</h3>
      <PropTable rows={rows} />
    </section>
  );
}

function PropTable({ rows }: { rows: PropRow[] }) {
  return (
    <table className="props">
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-prop={r.key}>
            <th scope="row">{r.label}</th>
            <td lang={r.lang ?? undefined}>{r.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A plan's own name for the node, as a first row of its properties. */
function nameRow(v: { name?: string; nameEn?: string }, label: string, lang: Lang): PropRow[] {
  if (!v.name) return [];
  const en = lang === "en" && v.nameEn;
  return [{ key: "name", label, value: en ? v.nameEn! : v.name, lang: en ? "en" : "zh" }];
}

function EvidenceList({ evidence, lang }: { evidence: Evidence[]; lang: Lang }) {
  const m = useMessages().details;
  const mp = useMessages().plans;
  const { plans } = usePlans();
  const groups = evidenceByPlan(evidence, (plans ?? []).map((p) => p.id));
  if (groups.length > 1) {
    return (
      <section className="details-section">
        <h3>
          {m.evidence} <span className="count">{evidence.length}</span>
        </h3>
        {groups.map((g) => (
          <div className="plan-evidence" key={g.planId ?? ""} data-testid="evidence-plan" data-plan={g.planId ?? ""}>
            <h4 className="plan-head">
              {g.planId ? <PlanTitle planId={g.planId} lang={lang} /> : mp.otherEvidence} <span className="count">{g.evidence.length}</span>
            </h4>
            <ol className="evidence-list">
              {g.evidence.map((e, i) => (
                <li key={i}>
                  <EvidenceItem evidence={e} testId />
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>
    );
  }
  return (
    <section className="details-section">
      <h3>
        {m.evidence} <span className="count">{evidence.length}</span>
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
  const m = useMessages().details;
  if (!isTextEvidence(evidence)) {
    return (
      <p className="evidence-ref" data-testid={testId ? "evidence-reference" : undefined}>
        {m.reference("")}
        <span lang={textLang(evidence.source) ?? undefined}>{evidence.source}</span>
      </p>
    );
  }
  return (
    <figure className="evidence">
      <blockquote
        lang="zh"
        data-testid={testId ? "evidence-quote" : undefined}
        {...(openQuote && {
          className: "opens-reader",
          role: "link",
          tabIndex: 0,
          title: m.openInReader,
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
        {evidence.section ? (
          <span className="section" lang="zh">
            {evidence.section}
          </span>
        ) : null}
        <code className="offsets" title={m.offsets}>
          {evidence.planId} @{evidence.start}–{evidence.end}
        </code>
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
  const m = useMessages().details;
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <section className="details-section">
      <h3>
        {m.connections} <span className="count">{total}</span>
      </h3>
      {groups.map((g) => (
        <div className="edge-group" key={`${g.type}|${g.direction}`}>
          <h4>
            <span className="edge-line" style={{ background: EDGE_THEME[g.type].color }} />
            {g.direction === "out" ? m.edgeOut(g.type) : m.edgeIn(g.type)}
            <span className="count">{g.items.length}</span>
          </h4>
          <ul>
            {g.items.map((item) => (
              <li key={item.edge.id}>
                <button
                  type="button"
                  className="neighbour"
                  onClick={() => onSelect(item.otherId, item.otherType)}
                  lang={item.otherLang}
                  title={item.otherName}
                >
                  {item.otherType && <TypeSwatch type={item.otherType} size={11} />}
                  <span>{item.otherName}</span>
                </button>
                <details className="edge-evidence">
                  <summary title={m.edgeEvidence}>
                    <span aria-hidden="true">
                      {item.edge.evidence.length === 1 ? "“…”" : `“…” ×${item.edge.evidence.length}`}
                    </span>
                    <span className="sr-only">{m.edgeEvidence}</span>
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
