/**
 * Reader: the plan text beside a compact graph canvas. Entity mentions are highlighted in their
 * node type's colour; clicking one selects its node; selecting a node (anywhere) lights its
 * mentions up and scrolls to the first. `at=start-end` in the URL flashes exactly that span (an
 * evidence quote opened from the details panel).
 *
 * The text (tens of thousands of characters, thousands of mentions) is rendered once per text and
 * type filter; the selection only toggles classes on the mentions it touches, and a new `at` span
 * re-renders only the lines it meets.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import type { PlanText } from "../../../../contract/api.js";
import type { GraphNode, NodeType } from "../../../../contract/graph.js";
import { displayName, displayNameLang, type Lang } from "../../core/names.js";
import {
  intersects,
  lineIndexAt,
  markSpan,
  nodeForClick,
  planIdOf,
  segmentText,
  type Line,
  type ReaderDoc,
  type Span,
} from "../../core/reader.js";
import { NODE_THEME } from "../../core/theme.js";
import { selectNode, setAt } from "../../core/viewState.js";
import { useApi } from "../apiContext.js";
import { useMessages } from "../i18n.js";
import { EmptyState, ErrorState, Loading } from "../StatusMessage.js";
import { TypeSwatch } from "../TypeSwatch.js";
import { useRemote } from "../useRemote.js";
import { OverviewView } from "./OverviewView.js";
import type { ViewProps } from "./types.js";

/** One rule per node type: the colour a mention is drawn in (from the theme, the one source). */
const TYPE_RULES = Object.entries(NODE_THEME)
  .map(([type, t]) => `.reader-text .t-${type}{--mc:${t.color}}`)
  .join("\n");

export function ReaderView(props: ViewProps) {
  const { graph, state, update } = props;
  const m = useMessages();
  const planNodeId = graph.data?.nodes.find((n) => n.type === "Plan")?.id ?? null;
  const planId = planNodeId ? planIdOf(planNodeId) : null;
  const api = useApi();
  const plan = useRemote(useMemo(() => (planId ? (signal: AbortSignal) => api.planText(planId, signal) : null), [api, planId]));
  // The canvas's layout blocks the page for a moment: lay it out once the text is on screen.
  const [canvasOn, setCanvasOn] = useState(false);
  const textSettled = plan.status !== "loading" || graph.status === "error";
  useEffect(() => {
    if (!textSettled || canvasOn) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setCanvasOn(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [textSettled, canvasOn]);

  let body;
  if (graph.status === "error") body = <ErrorState title={m.common.couldNotLoad(m.common.theGraph)} error={graph.error} onRetry={graph.retry} />;
  else if (graph.status === "loading") body = <Loading what={m.common.theGraph} />;
  else if (!planId) body = <EmptyState>{m.reader.noPlan}</EmptyState>;
  else if (plan.status === "error") body = <ErrorState title={m.common.couldNotLoad(m.reader.thePlanText)} error={plan.error} onRetry={plan.retry} />;
  else if (plan.status === "loading") body = <Loading what={m.reader.thePlanText} />;
  else body = <Reader plan={plan.data} nodes={graph.data.nodes} types={state.types} selected={state.selected} at={state.at} lang={state.lang} update={update} />;

  return (
    <div className="reader-split">
      <section className="reader" data-testid="reader" aria-label={m.reader.planText}>
        {body}
      </section>
      <section className="reader-canvas" aria-label={m.reader.graph}>
        {canvasOn ? <OverviewView {...props} /> : <Loading what={m.common.theGraph} />}
      </section>
    </div>
  );
}

interface ReaderProps {
  plan: PlanText;
  nodes: readonly GraphNode[];
  types: readonly NodeType[];
  selected: string | null;
  at: Span | null;
  lang: Lang;
  update: ViewProps["update"];
}

function Reader({ plan, nodes, types, selected, at, lang, update }: ReaderProps) {
  const m = useMessages();
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  // Mentions of filtered-out types are not highlighted (the sidebar's type filter applies here too).
  const doc = useMemo<ReaderDoc>(() => {
    const shown = new Set(types);
    const mentions = plan.mentions.filter((m) => {
      const t = byId.get(m.nodeId)?.type;
      return !t || shown.has(t);
    });
    return segmentText(plan.text, mentions);
  }, [plan, byId, types]);
  const indexOf = useMemo(() => new Map(doc.nodeIds.map((id, i) => [id, i])), [doc]);
  const classes = useMemo(() => doc.nodeIds.map((id) => `t-${byId.get(id)?.type ?? "unknown"}`), [doc, byId]);

  const scroller = useRef<HTMLDivElement>(null);
  const selectedIndex = selected === null ? undefined : indexOf.get(selected);
  const starts = useMemo(() => (selectedIndex === undefined ? [] : doc.mentionStarts[selectedIndex]), [doc, selectedIndex]);
  const [cursor, setCursor] = useState(0);
  /** The selection came from a click in the text: light it up, do not scroll away from it. */
  const clicked = useRef<{ node: number; start: number } | null>(null);

  const mentionEl = useCallback(
    (start: number) => scroller.current?.querySelector<HTMLElement>(`.mention[data-s="${start}"]`) ?? null,
    [],
  );
  const markCurrent = useCallback((el: HTMLElement | null) => {
    scroller.current?.querySelectorAll(".mention.current").forEach((e) => e.classList.remove("current"));
    el?.classList.add("current");
  }, []);

  // Light the selected node's mentions up (classes only: no re-render of the text).
  useEffect(() => {
    const root = scroller.current;
    if (!root) return;
    root.querySelectorAll(".mention.lit").forEach((el) => el.classList.remove("lit", "current"));
    if (selectedIndex === undefined) return;
    root.querySelectorAll(`[data-n~="${selectedIndex}"]`).forEach((el) => el.classList.add("lit"));
  }, [selectedIndex, doc, at]);

  // A new selection: scroll to its first mention (unless it was clicked in the text).
  const lastSelected = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (lastSelected.current === selected) return;
    lastSelected.current = selected;
    const fromClick = clicked.current;
    clicked.current = null;
    if (selectedIndex === undefined || !starts.length) return;
    if (fromClick && fromClick.node === selectedIndex) {
      const i = starts.findIndex((s) => s >= fromClick.start);
      setCursor(i === -1 ? 0 : i);
      return;
    }
    setCursor(0);
    const el = mentionEl(starts[0]);
    el?.scrollIntoView({ block: "center" });
    markCurrent(el);
  }, [selected, selectedIndex, starts, mentionEl, markCurrent]);

  // A new `at` span (an evidence quote): scroll there and flash it.
  const lastAt = useRef<Span | null>(null);
  useEffect(() => {
    if (!at || lastAt.current === at) return;
    lastAt.current = at;
    const marks = scroller.current?.querySelectorAll<HTMLElement>(".at");
    if (!marks?.length) return;
    marks[0].scrollIntoView({ block: "center" });
    marks.forEach((el) => {
      el.classList.remove("flash");
      void el.offsetWidth; // restart the animation
      el.classList.add("flash");
    });
  }, [at, doc]);

  const step = (delta: 1 | -1) => {
    if (!starts.length) return;
    const next = (cursor + delta + starts.length) % starts.length;
    setCursor(next);
    const el = mentionEl(starts[next]);
    el?.scrollIntoView({ block: "center", behavior: "smooth" });
    markCurrent(el);
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if (window.getSelection()?.toString()) return; // selecting text to copy, not a click
    const el = (e.target as HTMLElement).closest<HTMLElement>("[data-n]");
    if (!el) return;
    const pick = nodeForClick(el.dataset.n!.split(" ").map(Number), selectedIndex);
    if (pick === undefined) return;
    const id = doc.nodeIds[pick];
    clicked.current = { node: pick, start: Number(el.dataset.s) };
    markCurrent(el);
    update((s) => setAt(null)(selectNode(id, byId.get(id)?.type)(s)), { history: "push" });
  };

  const onOver = (e: MouseEvent<HTMLDivElement>) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>("[data-n]");
    if (!el || el.title) return;
    el.title = el.dataset
      .n!.split(" ")
      .map((i) => {
        const n = byId.get(doc.nodeIds[Number(i)]);
        return n ? `${displayName(n, lang)} · ${m.common.nodeType(n.type)}` : doc.nodeIds[Number(i)];
      })
      .join("\n");
  };

  const node = selected ? byId.get(selected) : undefined;
  return (
    <>
      <style>{TYPE_RULES}</style>
      <div className="reader-toolbar" data-testid="reader-toolbar">
        {node ? (
          <>
            <TypeSwatch type={node.type} size={12} />
            <strong lang={displayNameLang(node, lang)} className="reader-node">
              {displayName(node, lang)}
            </strong>
            {starts.length ? (
              <>
                <span className="muted" data-testid="reader-mention-count">
                  {m.reader.mentionOf(cursor + 1, starts.length)}
                </span>
                <button type="button" className="icon-button" data-testid="reader-prev" onClick={() => step(-1)} aria-label={m.reader.prevMention} title={m.reader.prevMention}>
                  ‹
                </button>
                <button type="button" className="icon-button" data-testid="reader-next" onClick={() => step(1)} aria-label={m.reader.nextMention} title={m.reader.nextMention}>
                  ›
                </button>
              </>
            ) : (
              <span className="muted" data-testid="reader-mention-count">
                {types.includes(node.type) ? m.reader.notInText : m.reader.typeFiltered}
              </span>
            )}
          </>
        ) : (
          <span className="muted">{m.reader.hint}</span>
        )}
        {at && (
          <span className="reader-at-chip" title={m.reader.quoteTitle}>
            {m.reader.quote(at.start, at.end)}
            <button type="button" className="icon-button" onClick={() => update(setAt(null))} aria-label={m.reader.clearQuote} title={m.reader.clearQuote}>
              ×
            </button>
          </span>
        )}
      </div>
      <div
        ref={scroller}
        className={selectedIndex === undefined ? "reader-text" : "reader-text has-selection"}
        data-testid="reader-text"
        data-plan-id={plan.planId}
        data-selected={selected ?? ""}
        data-mention-count={starts.length}
        data-at={at ? `${at.start}-${at.end}` : ""}
        lang="zh"
        // a scrolling region the keyboard can reach and scroll (axe: scrollable-region-focusable)
        tabIndex={0}
        onClick={onClick}
        onMouseOver={onOver}
      >
        <Lines text={plan.text} doc={doc} classes={classes} at={at} />
      </div>
    </>
  );
}

/** The text, line by line; a line re-renders only when the `at` span starts or stops meeting it. */
const Lines = memo(function Lines({ text, doc, classes, at }: { text: string; doc: ReaderDoc; classes: string[]; at: Span | null }) {
  const atLines = useMemo(() => {
    if (!at) return null;
    return { first: lineIndexAt(doc.lines, at.start), last: lineIndexAt(doc.lines, Math.max(at.start, at.end - 1)) };
  }, [doc, at]);
  return (
    <>
      {doc.lines.map((line, i) => (
        <TextLine
          key={line.start}
          text={text}
          line={line}
          classes={classes}
          at={atLines && i >= atLines.first && i <= atLines.last && at && intersects(line, at) ? at : null}
        />
      ))}
    </>
  );
});

const TextLine = memo(
  function TextLine({ text, line, classes, at }: { text: string; line: Line; classes: string[]; at: Span | null }) {
    if (line.segments.length === 0) return <p className="reader-line blank" aria-hidden="true" />;
    const segments = markSpan(line.segments, at);
    return (
      <p className="reader-line" data-s={line.start}>
        {segments.map((s) => {
          const content = text.slice(s.start, s.end);
          if (s.hidden)
            return (
              <span key={s.start} className="bm" hidden>
                {content}
              </span>
            );
          if (s.nodes.length)
            return (
              <span
                key={s.start}
                className={`mention ${classes[s.nodes[0]]}${s.nodes.length > 1 ? " nested" : ""}${s.at ? " at" : ""}`}
                data-testid="reader-mention"
                data-n={s.nodes.join(" ")}
                data-s={s.start}
                {...(s.at ? { "data-at-part": "" } : {})}
              >
                {content}
              </span>
            );
          if (s.at)
            return (
              <mark key={s.start} className="at" data-at-part="">
                {content}
              </mark>
            );
          return <span key={s.start}>{content}</span>;
        })}
      </p>
    );
  },
  (a, b) =>
    a.text === b.text &&
    a.line === b.line &&
    a.classes === b.classes &&
    (a.at === b.at || (a.at !== null && b.at !== null && a.at.start === b.at.start && a.at.end === b.at.end)),
);
