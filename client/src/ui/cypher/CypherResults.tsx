/** The console's answer: status line, the results table, or what went wrong. */
import { Fragment } from "react";
import type { CypherResult } from "../../../../contract/api.js";
import type { NodeType } from "../../../../contract/graph.js";
import {
  NEEDS_NEO4J_TITLE,
  cellText,
  elapsedLabel,
  relArrow,
  rowsLabel,
  toCell,
  type Cell,
  type CellContext,
  type CypherFailure,
  type NodeCell,
  type RelCell,
} from "../../core/cypher.js";
import { displayName, nameFromId } from "../../core/names.js";
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
  const loading = run.status === "loading";
  const shown = run.status === "loading" ? run.previous : run.status === "idle" ? null : run;

  if (!shown) {
    if (loading)
      return (
        <div className="cypher-status" role="status">
          <span className="spinner small" /> Running…
        </div>
      );
    return needsNeo4j ? (
      <NeedsNeo4j testId="cypher-unavailable" />
    ) : (
      <p className="cypher-placeholder muted">
        Write a read-only query, or pick an example, and run it: the rows appear here and their nodes on the canvas.
      </p>
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
              <span className="spinner small" /> Running…
            </div>
          )}
          <Failure failure={shown.failure} />
        </>
      )}
    </div>
  );
}

function Status({ result, elapsedMs, loading }: { result: CypherResult; elapsedMs: number; loading: boolean }) {
  const drawn = result.nodes.length + result.edges.length;
  return (
    <div className="cypher-status" role="status">
      {loading && (
        <span>
          <span className="spinner small" /> Running…
        </span>
      )}
      <strong data-testid="cypher-row-count">{rowsLabel(result.rows.length)}</strong>
      <span className="muted">{elapsedLabel(elapsedMs)}</span>
      {drawn > 0 && (
        <span className="muted">
          {result.nodes.length.toLocaleString("en")} nodes · {result.edges.length.toLocaleString("en")} relationships
        </span>
      )}
      {result.truncated && (
        <span className="cypher-truncated" data-testid="cypher-truncated">
          Truncated: the server returns at most {rowsLabel(result.rows.length)}. Add a LIMIT or narrow the query.
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
  return (
    <div className="cypher-table-wrap">
      <table className="cypher-table" data-testid="cypher-result" data-row-count={result.rows.length}>
        <thead>
          <tr>
            <th scope="col" className="row-no">
              #
            </th>
            {result.columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.length === 0 ? (
            <tr>
              <td className="muted" colSpan={result.columns.length + 1}>
                No rows.
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
      return <span className="cy-null">null</span>;
    case "text":
      return <>{cell.text}</>;
    case "value":
      return <code className="cy-value">{cell.text}</code>;
  }
}

function NodeChip({ cell, onSelect }: { cell: NodeCell; onSelect: Props["onSelect"] }) {
  const content = (
    <>
      {cell.type && <TypeSwatch type={cell.type} size={11} />}
      <span lang="zh-CN">{cell.label}</span>
    </>
  );
  if (!cell.id) return <span className="cy-node">{content}</span>;
  const id = cell.id;
  return (
    <button type="button" className="cy-node" title={`${id} — show details`} onClick={() => onSelect(id, cell.type)}>
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
    <span className="cy-rel" title={cell.id ?? undefined}>
      :{cell.type}
      {ends && (
        <span className="cy-rel-ends" lang="zh-CN">
          {" "}
          {ends}
        </span>
      )}
    </span>
  );
}

export function NeedsNeo4j({ testId, detail }: { testId: string; detail?: string }) {
  return (
    <div
      className="cypher-message"
      data-testid={testId}
      data-error-kind="needs-neo4j"
      role={testId === "cypher-error" ? "alert" : undefined}
    >
      <h2>{NEEDS_NEO4J_TITLE}</h2>
      <p>
        This server runs on the in-memory store, which has no Cypher engine. Start the app with{" "}
        <code>NEO4J_URI=…</code> (and <code>NEO4J_USER</code>, <code>NEO4J_PASSWORD</code>; see README).
        Without Docker,{" "}
        <code>npm run neo4j:start</code> starts a local Neo4j and prints them.
      </p>
      <p className="muted">The rest of Chain Atlas works on either store; the canvas below shows the whole graph.</p>
      {detail && <p className="cypher-detail muted">Server: {detail}</p>}
    </div>
  );
}

function Failure({ failure }: { failure: CypherFailure }) {
  if (failure.kind === "needs-neo4j") return <NeedsNeo4j testId="cypher-error" detail={failure.detail} />;
  return (
    <div className="cypher-message error" data-testid="cypher-error" data-error-kind={failure.kind} role="alert">
      <h2>{failure.title}</h2>
      <pre className="cypher-error-text">{failure.message}</pre>
    </div>
  );
}
