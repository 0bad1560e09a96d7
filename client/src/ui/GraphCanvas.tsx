/**
 * The Cytoscape canvas: shows the given elements, runs the chosen layout (extension layouts are
 * loaded lazily; moves are animated up to 800 nodes), reflects the selection and focus mode, and
 * reports double-clicks and right-clicks on nodes (the view decides what they do).
 */
import cytoscape, { type Core, type EventObject } from "cytoscape";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import type { CyElements } from "../core/graphElements.js";
import { graphStylesheet } from "../core/graphStyle.js";
import { MIN_LABEL_PX } from "../core/labels.js";
import { animateLayout, DEFAULT_DIRECTION, LAYOUT_ANIMATION_MS, type Direction, type LayoutName } from "../core/layouts.js";
import { fitBox } from "../core/viewport.js";
import { animateFrom, ensureLayout, fitAll, placeNearNeighbours, positions, resetLabels, mountCanvas, runLayout, updateLabels, wireHover } from "./cyActions.js";

const FOCUS_MS = 300;
/** Focusing never zooms in further than this: enough to read a leaf's label. */
const FOCUS_MAX_ZOOM = 1.25;

interface Props {
  elements: CyElements;
  layout: LayoutName;
  /** Where the hierarchy layout starts. */
  roots: string[];
  selected: string | null;
  /** A node was tapped (its id) or the background was (null). */
  onSelect: (id: string | null) => void;
  /** The data is still coming: the canvas is not ready whatever it shows. */
  busy?: boolean;
  /** Shown over the canvas: loading, error and empty states. */
  overlay?: ReactNode;
  /** The layered layout's direction. */
  direction?: Direction;
  /** Focus mode: all but the selection's neighbourhood nearly disappears (else it is dimmed). */
  focus?: boolean;
  /** A node was double-clicked. */
  onNodeDoubleTap?: (id: string) => void;
  /** A node's context menu (right-click), or null for none; `close` hides it. */
  contextMenu?: (id: string, close: () => void) => ReactNode;
  /** More controls over the canvas (a toolbar, a legend). */
  children?: ReactNode;
}

export function GraphCanvas({
  elements,
  layout,
  roots,
  selected,
  onSelect,
  busy = false,
  overlay,
  direction = DEFAULT_DIRECTION,
  focus = false,
  onNodeDoubleTap,
  contextMenu,
  children,
}: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const onDoubleRef = useRef(onNodeDoubleTap);
  onDoubleRef.current = onNodeDoubleTap;
  const hasMenu = useRef(false);
  hasMenu.current = Boolean(contextMenu);
  /** The node whose context menu is open, and where (canvas px). */
  const [menu, setMenu] = useState<{ id: string; x: number; y: number } | null>(null);
  const lastLayout = useRef<string | null>(null);
  /** Bumped on every layout request; an older one that resolves late does nothing. */
  const layoutSeq = useRef(0);
  /** Cancels the layout transition under way. */
  const cancelTween = useRef<(() => void) | null>(null);
  const [laying, setLaying] = useState(false);
  /** Bumped on every layout run, so the selection is focused again after one. */
  const [layoutRun, setLayoutRun] = useState(0);
  const focused = useRef<{ id: string | null; run: number }>({ id: null, run: -1 });
  const [animating, setAnimating] = useState(false);
  /** What Cytoscape holds, laid out: the counts the test hooks report. */
  const [drawn, setDrawn] = useState({ nodes: 0, edges: 0 });
  const labelCut = useRef({ threshold: MIN_LABEL_PX, minFont: NaN });
  /** The view is as last fitted (nobody zoomed, panned or focused since): it stays fitted on resize. */
  const fitted = useRef(false);

  // Create Cytoscape once.
  useEffect(() => {
    const el = container.current!;
    const cy = cytoscape({
      container: el,
      style: graphStylesheet(),
      minZoom: 0.05,
      maxZoom: 5,
      boxSelectionEnabled: false,
      // Selection lives in the URL; the canvas only reflects it (class "selected").
      autounselectify: true,
    });
    cyRef.current = cy;
    cy.on("tap", "node", (e: EventObject) => onSelectRef.current(e.target.id()));
    cy.on("tap", (e: EventObject) => {
      setMenu(null);
      if (e.target === cy) onSelectRef.current(null);
    });
    cy.on("dbltap", "node", (e: EventObject) => onDoubleRef.current?.(e.target.id()));
    cy.on("cxttap", "node", (e: EventObject) => {
      if (!hasMenu.current) return;
      const p = e.renderedPosition ?? e.target.renderedPosition();
      setMenu({ id: e.target.id(), x: p.x, y: p.y });
    });
    cy.on("cxttap", (e: EventObject) => {
      if (e.target === cy) setMenu(null);
    });
    cy.on("pan zoom", () => setMenu(null));
    wireHover(cy, el);
    cy.on("zoom", () => updateLabels(cy, labelCut.current));
    cy.on("scrollzoom pinchzoom dragpan", () => (fitted.current = false));
    // A view may resize the canvas (e.g. the Cypher console's table above it grows).
    const unmount = mountCanvas(cy, el, () => {
      cy.resize();
      if (fitted.current && cy.nodes().nonempty()) cy.viewport(fitAll(cy));
    });
    return () => {
      unmount();
      cyRef.current = null;
    };
  }, []);

  // Sync elements (diff by id, so a language switch only relabels) and lay out when needed.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    let structureChanged = false;
    const added: string[] = [];
    const hadNodes = cy.nodes().nonempty();
    cy.batch(() => {
      const wanted = new Set<string>();
      for (const d of elements.nodes) wanted.add(d.data.id);
      for (const d of elements.edges) wanted.add(d.data.id);
      const stale = cy.elements().filter((e) => !wanted.has(e.id()));
      if (stale.nonempty()) {
        structureChanged = true;
        cy.remove(stale);
      }
      const toAdd = [];
      for (const def of [...elements.nodes, ...elements.edges]) {
        const existing = cy.getElementById(def.data.id);
        if (existing.empty()) toAdd.push(def);
        else existing.data(def.data);
      }
      if (toAdd.length) {
        structureChanged = true;
        cy.add(toAdd);
        for (const d of elements.nodes) if (toAdd.includes(d)) added.push(d.data.id);
      }
    });
    if (hadNodes && added.length) placeNearNeighbours(cy, added);
    setDrawn({ nodes: cy.nodes().length, edges: cy.edges().length });
    const layoutKey = layout === "dagre" ? `${layout}:${direction}` : layout;
    if (!structureChanged && lastLayout.current === layoutKey) return;
    // An expand or collapse under the same layout moves the picture a little (fcose starts from the
    // current positions); a new layout or the first one lays out from scratch.
    // (Only when most nodes keep a position: sixty leaves grown from one node are better laid fresh.)
    const incremental =
      structureChanged && hadNodes && lastLayout.current === layoutKey && added.length * 2 < cy.nodes().length;
    const animate = hadNodes && animateLayout(cy.nodes().length);
    lastLayout.current = layoutKey;
    const seq = ++layoutSeq.current;
    cancelTween.current?.();
    cancelTween.current = null;
    setLaying(true);
    ensureLayout(layout)
      .then(() => {
        if (seq !== layoutSeq.current || cy.destroyed()) return;
        const finish = () => {
          if (seq !== layoutSeq.current) return;
          fitted.current = true;
          resetLabels(cy, labelCut.current);
          setLaying(false);
          setLayoutRun((n) => n + 1);
        };
        if (cy.nodes().empty()) return finish();
        cy.resize(); // the container may have changed size in this same render
        // Stopped animations never complete: the selection's move is over too.
        cy.stop(true, false);
        cy.nodes().stop(true, false);
        setAnimating(false);
        const before = positions(cy);
        const t0 = performance.now();
        // Synchronous: the layouts themselves are not animated (see core/layouts.ts).
        runLayout(cy, layout, roots, { direction, incremental });
        lastLayoutMs = Math.round(performance.now() - t0);
        const target = fitAll(cy);
        if (animate) cancelTween.current = animateFrom(cy, before, target, LAYOUT_ANIMATION_MS, finish);
        else {
          cy.viewport(target);
          finish();
        }
      })
      .catch(() => {
        if (seq === layoutSeq.current) setLaying(false);
      });
  }, [elements, layout, roots, direction]);

  // Reflect the selection: the node and its neighbourhood stand out, the rest fades; the view
  // moves to the neighbourhood when the selection changes or after a new layout.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const node = selected ? cy.getElementById(selected) : cy.collection();
    cy.batch(() => {
      cy.elements().removeClass("selected neighbour faded dimmed");
      if (node.empty()) return;
      const hood = node.closedNeighborhood();
      node.addClass("selected");
      hood.not(node).addClass("neighbour");
      cy.elements().not(hood).addClass(focus ? "faded" : "dimmed");
    });
    if (node.empty() || (focused.current.id === selected && focused.current.run === layoutRun)) return;
    focused.current = { id: selected, run: layoutRun };
    fitted.current = false;
    const target = fitBox(node.closedNeighborhood().boundingBox({ includeLabels: false }), cy.width(), cy.height(), {
      minZoom: cy.minZoom(),
      maxZoom: FOCUS_MAX_ZOOM,
    });
    cy.stop(true, false);
    setAnimating(true);
    cy.animate(target, { duration: FOCUS_MS, easing: "ease-in-out-cubic", complete: () => setAnimating(false) });
  }, [selected, elements, layoutRun, focus]);

  const zoomBy = useCallback((factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    fitted.current = false;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }, []);
  const fit = useCallback(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.stop(true, false);
    setAnimating(true);
    cy.animate(fitAll(cy), {
      duration: FOCUS_MS,
      complete: () => {
        fitted.current = true;
        setAnimating(false);
      },
    });
  }, []);

  const ready = !busy && !animating && !laying && layoutRun > 0;
  return (
    <div className="canvas-wrap">
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph-canvas"
        data-node-count={drawn.nodes}
        data-edge-count={drawn.edges}
        data-selected={selected ?? ""}
        data-ready={ready ? "true" : "false"}
        data-focus={focus ? "true" : "false"}
        data-layout={layout}
        role="img"
        onContextMenu={contextMenu ? (e) => e.preventDefault() : undefined}
        aria-label={`Graph of ${drawn.nodes} nodes and ${drawn.edges} edges`}
      />
      <div className="zoom-controls" aria-label="Zoom">
        <button type="button" onClick={() => zoomBy(1.3)} title="Zoom in" aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.3)} title="Zoom out" aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={fit} title="Fit the whole graph" aria-label="Fit the whole graph" data-testid="zoom-fit">
          ⤢
        </button>
      </div>
      {children}
      {menu && contextMenu && (
        <div
          className="context-menu"
          data-testid="context-menu"
          data-node-id={menu.id}
          role="menu"
          style={{ left: menu.x + 6, top: menu.y + 6 }}
          onContextMenu={(e) => e.preventDefault()}
        >
          {contextMenu(menu.id, () => setMenu(null))}
        </div>
      )}
      {overlay}
    </div>
  );
}

/** How long the last layout computation took (ms), for the status line and measurements. */
export let lastLayoutMs = 0;
