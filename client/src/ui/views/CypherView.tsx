/**
 * Cypher: a read-only console on the Neo4j store. The query last run lives in the URL (`cq=`), so a
 * copied URL reopens the console and runs it again; the rows fill a table, and the nodes and
 * relationships they hold replace the canvas content (a toggle brings the whole graph back).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { GraphData, GraphNode } from "../../../../contract/graph.js";
import { CYPHER_EXAMPLES, isRunShortcut, resultGraph, type CellContext } from "../../core/cypher.js";
import { hierarchyRoots, toCyElements, visibleGraph } from "../../core/graphElements.js";
import { holdings, industryLevel, levelLooks } from "../../core/industryLevel.js";
import { DEFAULT_LAYOUT } from "../../core/layouts.js";
import { levelPositions } from "../../core/levelLayout.js";
import { setCypher, setTypes } from "../../core/viewState.js";
import { CypherResults } from "../cypher/CypherResults.js";
import { useCypherRun } from "../cypher/useCypherRun.js";
import { GraphCanvas } from "../GraphCanvas.js";
import { useMessages } from "../i18n.js";
import { EmptyState, ErrorState, Loading } from "../StatusMessage.js";
import type { ViewProps } from "./types.js";

const NO_GRAPH: GraphData = { nodes: [], edges: [] };
const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

export function CypherView({ graph, health, state, update, onSelect }: ViewProps) {
  const m = useMessages();
  const [draft, setDraft] = useState(state.cypher);
  const { run, execute } = useCypherRun();
  const [showOnCanvas, setShowOnCanvas] = useState(true);
  const input = useRef<HTMLTextAreaElement>(null);
  const output = useRef<HTMLElement>(null);
  /** The results area's height once dragged (px); null: as tall as its content, up to a cap. */
  const [outputHeight, setOutputHeight] = useState<number | null>(null);
  const needsNeo4j = health.status === "ok" && health.data.store === "memory";

  // The URL's query is run when the console opens and on back/forward, once the store is known
  // (on the memory store it is not run: the panel explains why instead).
  const actedOn = useRef<string | null>(null);
  useEffect(() => {
    if (health.status === "loading" || actedOn.current === state.cypher) return;
    const opening = actedOn.current === null;
    actedOn.current = state.cypher;
    if (!opening) setDraft(state.cypher);
    if (state.cypher && !needsNeo4j) execute(state.cypher);
  }, [state.cypher, health.status, needsNeo4j, execute]);

  const runDraft = useCallback(() => {
    const query = draft.trim();
    if (!query) return;
    actedOn.current = query;
    update(setCypher(query), { history: "push" });
    execute(query);
  }, [draft, update, execute]);

  const index = useMemo(() => new Map((graph.data?.nodes ?? []).map((n) => [n.id, n])), [graph.data]);
  const lookupWhole = useCallback((id: string) => index.get(id), [index]);

  const answer = run.status === "loading" ? run.previous : run.status === "idle" ? null : run;
  const result = answer?.status === "ok" ? answer.result : null;
  const ctx = useMemo<CellContext>(() => {
    const own = new Map<string, GraphNode>((result?.nodes ?? []).map((n) => [n.id, n]));
    return { lookup: (id) => own.get(id) ?? index.get(id), lang: state.lang };
  }, [result, index, state.lang]);

  const drawnResult = useMemo(() => (result ? resultGraph(result, lookupWhole) : null), [result, lookupWhole]);
  const resultHasGraph = Boolean(drawnResult && drawnResult.nodes.length > 0);
  const onCanvas = showOnCanvas && resultHasGraph ? "result" : "whole";
  // Before a result, the canvas shows the plan at industry level (as the overview opens), not a
  // hairball of every node: the same picture, laid out the same way, a query away from details.
  const whole = graph.data ?? NO_GRAPH;
  const plan = useMemo(() => industryLevel(whole), [whole]);
  const source = onCanvas === "result" ? drawnResult! : plan;
  const visible = useMemo(() => visibleGraph(source, state.types), [source, state.types]);
  const looks = useMemo(
    () => (onCanvas === "whole" ? levelLooks(visible, holdings(whole)) : undefined),
    [onCanvas, visible, whole],
  );
  const elements = useMemo(() => toCyElements(visible, state.lang, { colorBy: "type", sizeBy: "degree", looks }), [visible, state.lang, looks]);
  const roots = useMemo(() => hierarchyRoots(visible), [visible]);
  const preset = useMemo(() => {
    if (onCanvas !== "whole" || state.layout !== DEFAULT_LAYOUT) return undefined;
    const marks = new Map(elements.nodes.map((n) => [n.data.id, n.data]));
    return (width: number, height: number) => levelPositions(visible, marks, width, height);
  }, [onCanvas, state.layout, elements, visible]);

  let overlay = null;
  if (onCanvas === "whole" && graph.status === "loading") overlay = <Loading what={m.common.theGraph} />;
  else if (onCanvas === "whole" && graph.status === "error")
    overlay = <ErrorState title={m.common.couldNotLoad(m.common.theGraph)} error={graph.error} onRetry={graph.retry} />;
  else if (source.nodes.length > 0 && elements.nodes.length === 0)
    overlay = (
      <EmptyState
        action={
          <button type="button" className="primary" onClick={() => update(setTypes(source.nodes.map((n) => n.type)))}>
            {m.cypher.showTheseTypes}
          </button>
        }
      >
        {onCanvas === "result" ? m.cypher.resultTypesHidden : m.cypher.allTypesHidden}
      </EmptyState>
    );

  return (
    <div className="cypher-view">
      <section className="cypher-console" aria-label={m.cypher.console}>
        <textarea
          ref={input}
          className="cypher-input"
          data-testid="cypher-input"
          aria-label={m.cypher.input}
          value={draft}
          rows={3}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          placeholder={m.cypher.placeholder}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            const { key, ctrlKey, metaKey } = e;
            if (isRunShortcut({ key, ctrlKey, metaKey, isComposing: e.nativeEvent.isComposing })) {
              e.preventDefault();
              runDraft();
            }
          }}
        />
        <div className="cypher-toolbar">
          <button
            type="button"
            className="primary"
            data-testid="cypher-run"
            onClick={runDraft}
            disabled={!draft.trim()}
            title={m.cypher.runTitle(isMac ? "⌘" : "Ctrl")}
          >
            {run.status === "loading" ? m.cypher.running : m.cypher.run}
          </button>
          <kbd className="cypher-shortcut">{isMac ? "⌘" : "Ctrl"}+Enter</kbd>
          <select
            className="cypher-examples"
            data-testid="cypher-examples"
            aria-label={m.cypher.examples}
            value=""
            onChange={(e) => {
              const ex = CYPHER_EXAMPLES[Number(e.target.value)];
              if (!ex) return;
              setDraft(ex.query);
              input.current?.focus();
            }}
          >
            <option value="" disabled>
              {m.cypher.examplesPick}
            </option>
            {CYPHER_EXAMPLES.map((ex, i) => (
              <option key={ex.id} value={i}>
                {m.cypher.example(ex.id)}
              </option>
            ))}
          </select>
          <span className="cypher-mode muted" title={m.cypher.readOnlyTitle}>
            {m.cypher.readOnly}
            {health.status === "ok" ? ` · ${m.cypher.store(health.data.store)}` : ""}
          </span>
        </div>
      </section>

      <section
        ref={output}
        className={outputHeight === null ? "cypher-output" : "cypher-output sized"}
        style={outputHeight === null ? undefined : { height: outputHeight }}
        aria-label={m.cypher.result}
      >
        <CypherResults run={run} needsNeo4j={needsNeo4j} ctx={ctx} onSelect={(id, type) => onSelect(id, type)} />
      </section>
      <Splitter target={output} height={outputHeight} onHeight={setOutputHeight} />

      <section className="cypher-canvas" aria-label={m.cypher.graph}>
        <GraphCanvas
          elements={elements}
          layout={state.layout}
          roots={roots}
          selected={state.selected}
          onSelect={(id) => onSelect(id, id ? (ctx.lookup(id)?.type ?? null) : null)}
          busy={onCanvas === "whole" && graph.status !== "ok"}
          preset={preset}
          overlay={overlay}
        />
        <div className="canvas-caption" data-testid="cypher-canvas-mode" data-mode={onCanvas}>
          {onCanvas === "result" ? (
            <span>
              <strong>{m.cypher.queryResult}</strong> · {m.cypher.drawn(visible.nodes.length, visible.edges.length)}
            </span>
          ) : (
            <span>
              <strong>{m.cypher.wholeGraph}</strong>
              {result && !resultHasGraph && <span className="muted"> · {m.cypher.noNodesToDraw}</span>}
            </span>
          )}
          {resultHasGraph && (
            <label>
              <input
                type="checkbox"
                data-testid="cypher-show-on-canvas"
                checked={showOnCanvas}
                onChange={(e) => setShowOnCanvas(e.target.checked)}
              />
              {m.cypher.showOnCanvas}
            </label>
          )}
        </div>
      </section>
    </div>
  );
}

const MIN_OUTPUT_PX = 48;
const MIN_CANVAS_PX = 120;

/** The bar between the results and the canvas: drag (or arrow keys) to share the height; double-click resets. */
function Splitter({
  target,
  height,
  onHeight,
}: {
  target: RefObject<HTMLElement | null>;
  height: number | null;
  onHeight: (h: number | null) => void;
}) {
  const m = useMessages();
  const clamp = (h: number) => {
    const el = target.current;
    const view = el?.parentElement;
    if (!el || !view) return h;
    const above = el.getBoundingClientRect().top - view.getBoundingClientRect().top;
    return Math.round(Math.max(MIN_OUTPUT_PX, Math.min(h, view.clientHeight - above - MIN_CANVAS_PX)));
  };
  return (
    <div
      className="cypher-splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label={m.cypher.resize}
      aria-valuenow={Math.round(height ?? target.current?.offsetHeight ?? MIN_OUTPUT_PX)}
      aria-valuemin={MIN_OUTPUT_PX}
      tabIndex={0}
      title={m.cypher.resizeTitle}
      onDoubleClick={() => onHeight(null)}
      onKeyDown={(e) => {
        if (e.key !== "ArrowUp" && e.key !== "ArrowDown") return;
        e.preventDefault();
        const h = height ?? target.current?.getBoundingClientRect().height ?? 0;
        onHeight(clamp(h + (e.key === "ArrowDown" ? 32 : -32)));
      }}
      onPointerDown={(e) => {
        const el = target.current;
        if (!el || e.button !== 0) return;
        e.preventDefault();
        const startY = e.clientY;
        const startH = el.getBoundingClientRect().height;
        const bar = e.currentTarget;
        bar.setPointerCapture(e.pointerId);
        const move = (m: PointerEvent) => onHeight(clamp(startH + m.clientY - startY));
        const up = () => {
          bar.removeEventListener("pointermove", move);
          bar.removeEventListener("pointerup", up);
          bar.removeEventListener("pointercancel", up);
        };
        bar.addEventListener("pointermove", move);
        bar.addEventListener("pointerup", up);
        bar.addEventListener("pointercancel", up);
      }}
    />
  );
}
