/** The console's answer: status line, the results table, or what went wrong. */
import { Fragment } from "react";
import type { CypherResult } from "../../../../contract/api.js";
import type { NodeType } from "../../../../contract/graph.js";
import {
  cellText,
  elapsedLabel,
  relArrow,
  toCell,
  type Cell,
  type CellContext,
  type CypherFailure,
  type NodeCell,
  type RelCell,
} from "../../core/cypher.js";
import { textLang } from "../../core/language.js";
import { displayName, nameFromId } from "../../core/names.js";
import { useMessages } from "../i18n.js";
import { TypeSwatch } from "../TypeSwatch.js";
import type { CypherRun } from "./useCypherRun.js";

interface Props {
  run: CypherRun;
  /** The server runs on the memory store: say so before anything is run. */
  needsNeo4j: boolean;
  ctx: CellContext;
  onSelect: (id: string, type: NodeType | null) => void;
}

export function CypherResults({ run, needsNeo4j, ctx, onSelect }: Props) {
  const m = useMessages();
  const loading = run.status === "loading";
  const shown = run.status === "loading" ? run.previous : run.status === "idle" ? null : run;

  if (!shown) {
    if (loading)
      return (
        <div className="cypher-status" role="status">
          <span className="spinner small" /> {m.cypher.running}
        </div>
      );
    return needsNeo4j ? (
      <NeedsNeo4j testId="cypher-unavailable" />
    ) : (
      <p className="cypher-placeholder muted">{m.cypher.idle}</p>
    );
  }

  return (
    <div className={loading ? "cypher-answer stale" : "cypher-answer"} aria-busy={loading}>
      {shown.status === "ok" ? (
        <>
          <Status result={shown.result} elapsedMs={shown.elapsedMs} loading={loading} />
          <ResultTable result={shown.result} ctx={ctx} onSelect={onSelect} />
        </>
      ) : (
        <>
          {loading && (
            <div className="cypher-status" role="status">
              <span className="spinner small" /> {m.cypher.running}
            </div>
          )}
          <Failure failure={shown.failure} />
        </>
      )}
    </div>
  );
}

function Status({ result, elapsedMs, loading }: { result: CypherResult; elapsedMs: number; loading: boolean }) {
  const m = useMessages();
  const drawn = result.nodes.length + result.edges.length;
  return (
    <div className="cypher-status" role="status">
      {loading && (
        <span>
          <span className="spinner small" /> {m.cypher.running}
        </span>
      )}
      <strong data-testid="cypher-row-count">{m.cypher.rows(result.rows.length)}</strong>
      <span className="muted">{elapsedLabel(elapsedMs)}</span>
      {drawn > 0 && (
        <span className="muted">{m.cypher.drawn(result.nodes.length, result.edges.length)}</span>
      )}
      {result.truncated && (
        <span className="cypher-truncated" data-testid="cypher-truncated">
          {m.cypher.truncated(result.rows.length)}
        </span>
      )}
    </div>
  );
}

interface TableProps {
  result: CypherResult;
  ctx: CellContext;
  onSelect: Props["onSelect"];
}

function ResultTable({ result, ctx, onSelect }: TableProps) {
  const m = useMessages();
  return (
    <div className="cypher-table-wrap">
      <table className="cypher-table" data-testid="cypher-result" data-row-count={result.rows.length}>
        <thead>
          <tr>
            <th scope="col" className="row-no">
              #
            </th>
            {result.columns.map((c) => (
              <th scope="col" key={c} lang={textLang(c)}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.length === 0 ? (
            <tr>
              <td className="muted" colSpan={result.columns.length + 1}>
                {m.cypher.noRows}
              </td>
            </tr>
          ) : (
            result.rows.map((row, i) => (
              <tr key={i}>
                <td className="row-no">{i + 1}</td>
                {result.columns.map((c) => {
                  const cell = toCell(row[c], ctx);
                  return (
                    <td key={c} className={`cell-${cell.kind}`} title={cellText(cell)}>
                      <CellView cell={cell} ctx={ctx} onSelect={onSelect} />
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

function CellView({ cell, ctx, onSelect }: { cell: Cell; ctx: CellContext; onSelect: Props["onSelect"] }) {
  switch (cell.kind) {
    case "node":
      return <NodeChip cell={cell} onSelect={onSelect} />;
    case "rel":
      return <RelChip cell={cell} ctx={ctx} />;
    case "path":
      return (
        <span className="cy-path">
          {cell.steps.map((s, i) =>
            s.kind === "node" ? (
              <NodeChip key={i} cell={s} onSelect={onSelect} />
            ) : (
              <span key={i} className="cy-arrow">
                {relArrow(s, cell.steps[i - 1] as NodeCell)}
              </span>
            ),
          )}
        </span>
      );
    case "list":
      return (
        <span className="cy-list">
          [
          {cell.items.map((c, i) => (
            <Fragment key={i}>
              {i > 0 && ", "}
              <CellView cell={c} ctx={ctx} onSelect={onSelect} />
            </Fragment>
          ))}
          ]
        </span>
      );
    case "null":
      return (
        <span className="cy-null" lang="en">
          null
        </span>
      );
    case "text":
      return <span lang={textLang(cell.text)}>{cell.text}</span>;
    case "value":
      return (
        <code className="cy-value" lang={textLang(cell.text)}>
          {cell.text}
        </code>
      );
  }
}

function NodeChip({ cell, onSelect }: { cell: NodeCell; onSelect: Props["onSelect"] }) {
  const m = useMessages();
  const content = (
    <>
      {cell.type && <TypeSwatch type={cell.type} size={11} />}
      <span lang={textLang(cell.label)}>{cell.label}</span>
    </>
  );
  if (!cell.id) return <span className="cy-node">{content}</span>;
  const id = cell.id;
  return (
    <button type="button" className="cy-node" title={m.cypher.showDetails} onClick={() => onSelect(id, cell.type)}>
      {content}
    </button>
  );
}

function RelChip({ cell, ctx }: { cell: RelCell; ctx: CellContext }) {
  const name = (id: string | null) => {
    const node = id ? ctx.lookup(id) : undefined;
    return node ? displayName(node, ctx.lang) : id ? nameFromId(id) : "?";
  };
  const ends = cell.source || cell.target ? `${name(cell.source)} → ${name(cell.target)}` : null;
  return (
    <span className="cy-rel">
      <span lang={textLang(cell.type)}>:{cell.type}</span>
      {ends && (
        <span className="cy-rel-ends" lang={textLang(ends)}>
          {" "}
          {ends}
        </span>
      )}
    </span>
  );
}

export function NeedsNeo4j({ testId, detail }: { testId: string; detail?: string }) {
  const m = useMessages();
  return (
    <div
      className="cypher-message"
      data-testid={testId}
      data-error-kind="needs-neo4j"
      role={testId === "cypher-error" ? "alert" : undefined}
    >
      <h2>{m.cypher.failure("needs-neo4j")}</h2>
      <p>
        {m.cypher.needsNeo4jStart} <code lang="en">NEO4J_URI=…</code> {m.cypher.needsNeo4jVars}{" "}
        <code lang="en">npm run neo4j:start</code> {m.cypher.needsNeo4jEnd}
      </p>
      <p className="muted">{m.cypher.needsNeo4jRest}</p>
      {detail && (
        <p className="cypher-detail muted">
          {m.cypher.server} <span lang={textLang(detail)}>{detail}</span>
        </p>
      )}
    </div>
  );
}

function Failure({ failure }: { failure: CypherFailure }) {
  const m = useMessages();
  if (failure.kind === "needs-neo4j") return <NeedsNeo4j testId="cypher-error" detail={failure.message} />;
  return (
    <div className="cypher-message error" data-testid="cypher-error" data-error-kind={failure.kind} role="alert">
      <h2>{m.cypher.failure(failure.kind)}</h2>
      <pre className="cypher-error-text" lang={textLang(failure.message)}>
        {failure.message}
      </pre>
    </div>
  );
}
