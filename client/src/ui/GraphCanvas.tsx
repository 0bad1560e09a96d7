/** The Cytoscape canvas: shows the given elements, runs the chosen layout, reflects the selection. */
import cytoscape, { type Core, type EventObject } from "cytoscape";
import fcose from "cytoscape-fcose";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import type { CyElements } from "../core/graphElements.js";
import { graphStylesheet } from "../core/graphStyle.js";
import { MIN_LABEL_PX } from "../core/labels.js";
import type { LayoutName } from "../core/layouts.js";
import { fitBox } from "../core/viewport.js";
import { fitAll, resetLabels, runLayout, updateLabels } from "./cyActions.js";
import { exposeCy } from "./testHooks.js";

cytoscape.use(fcose);

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
}

export function GraphCanvas({ elements, layout, roots, selected, onSelect, busy = false, overlay }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const lastLayout = useRef<LayoutName | null>(null);
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
      if (e.target === cy) onSelectRef.current(null);
    });
    cy.on("mouseover", "node", (e: EventObject) => {
      e.target.addClass("hover");
      el.title = String(e.target.data("fullLabel") ?? "");
      el.style.cursor = "pointer";
    });
    cy.on("mouseout", "node", (e: EventObject) => {
      e.target.removeClass("hover");
      el.title = "";
      el.style.cursor = "";
    });
    cy.on("zoom", () => updateLabels(cy, labelCut.current));
    cy.on("scrollzoom pinchzoom dragpan", () => (fitted.current = false));
    // A view may resize the canvas (e.g. the Cypher console's table above it grows).
    const resize = new ResizeObserver(() => {
      cy.resize();
      if (fitted.current && cy.nodes().nonempty()) cy.viewport(fitAll(cy));
    });
    resize.observe(el);
    const unexpose = exposeCy(cy);
    return () => {
      unexpose();
      resize.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  // Sync elements (diff by id, so a language switch only relabels) and lay out when needed.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    let structureChanged = false;
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
      }
    });
    if (structureChanged || lastLayout.current !== layout) {
      lastLayout.current = layout;
      if (cy.nodes().nonempty()) {
        cy.resize(); // the container may have changed size in this same render
        cy.stop(true, false);
        // Synchronous: the layouts are not animated (see core/layouts.ts).
        runLayout(cy, layout, roots);
        cy.viewport(fitAll(cy));
        fitted.current = true;
        resetLabels(cy, labelCut.current);
      }
      setLayoutRun((n) => n + 1);
    }
    setDrawn({ nodes: cy.nodes().length, edges: cy.edges().length });
  }, [elements, layout, roots]);

  // Reflect the selection: the node and its neighbourhood stand out, the rest fades; the view
  // moves to the neighbourhood when the selection changes or after a new layout.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const node = selected ? cy.getElementById(selected) : cy.collection();
    cy.batch(() => {
      cy.elements().removeClass("selected neighbour faded");
      if (node.empty()) return;
      const hood = node.closedNeighborhood();
      node.addClass("selected");
      hood.not(node).addClass("neighbour");
      cy.elements().not(hood).addClass("faded");
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
  }, [selected, elements, layoutRun]);

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

  const ready = !busy && !animating && layoutRun > 0;
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
        role="img"
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
      {overlay}
    </div>
  );
}
