/**
 * The Cytoscape canvas: shows the given elements, runs the chosen layout (extension layouts are
 * loaded lazily; moves are animated up to 800 nodes), reflects the selection and focus mode, and
 * reports double-clicks and right-clicks on nodes (the view decides what they do).
 */
import type { Core, EventObject } from "cytoscape";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { CyElements } from "../core/graphElements.js";
import { graphStylesheet } from "../core/graphStyle.js";
import { MIN_LABEL_PX } from "../core/labels.js";
import { animateLayout, DEFAULT_DIRECTION, LAYOUT_ANIMATION_MS, type Direction, type LayoutName } from "../core/layouts.js";
import { fitBox } from "../core/viewport.js";
import { CanvasShell } from "./canvas/CanvasShell.js";
import { useCyCanvas, useCyMotion, useCyZoom, useLatest } from "./canvas/useCyCanvas.js";
import { useCySelection } from "./canvas/useCySelection.js";
import { animateFrom, ensureLayout, fitAll, placeNearNeighbours, positions, resetLabels, runLayout, updateLabels } from "./cyActions.js";

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
  const onDoubleRef = useLatest(onNodeDoubleTap);
  const hasMenu = useLatest(Boolean(contextMenu));
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
  /** What Cytoscape holds, laid out: the counts the test hooks report. */
  const [drawn, setDrawn] = useState({ nodes: 0, edges: 0 });
  const labelCut = useRef({ threshold: MIN_LABEL_PX, minFont: NaN });
  /** The view is as last fitted (nobody zoomed, panned or focused since): it stays fitted on resize. */
  const fitted = useRef(false);

  const { container, cy: cyRef } = useCyCanvas({
    options: {
      style: graphStylesheet(),
      minZoom: 0.05,
      maxZoom: 5,
      boxSelectionEnabled: false,
      // Selection lives in the URL; the canvas only reflects it (class "selected").
      autounselectify: true,
    },
    onSelect,
    wire: (cy: Core) => {
      cy.on("tap", () => setMenu(null));
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
      cy.on("zoom", () => updateLabels(cy, labelCut.current));
      cy.on("scrollzoom pinchzoom dragpan", () => (fitted.current = false));
    },
    // A view may resize the canvas (e.g. the Cypher console's table above it grows).
    onResize: (cy: Core) => {
      cy.resize();
      if (fitted.current && cy.nodes().nonempty()) cy.viewport(fitAll(cy));
    },
  });
  const { animating, animate, settle } = useCyMotion(cyRef);
  const { zoomBy, fit } = useCyZoom(cyRef, animate, {
    fitTarget: fitAll,
    duration: FOCUS_MS,
    onZoom: () => (fitted.current = false),
    onFitted: () => (fitted.current = true),
  });

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
    const tween = hadNodes && animateLayout(cy.nodes().length);
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
        settle();
        const before = positions(cy);
        const t0 = performance.now();
        // Synchronous: the layouts themselves are not animated (see core/layouts.ts).
        runLayout(cy, layout, roots, { direction, incremental });
        lastLayoutMs = Math.round(performance.now() - t0);
        const target = fitAll(cy);
        if (tween) cancelTween.current = animateFrom(cy, before, target, LAYOUT_ANIMATION_MS, finish);
        else {
          cy.viewport(target);
          finish();
        }
      })
      .catch(() => {
        if (seq === layoutSeq.current) setLaying(false);
      });
  }, [cyRef, settle, elements, layout, roots, direction]);

  // Reflect the selection; the view moves to its neighbourhood when it changes or after a new layout.
  useCySelection(cyRef, selected, {
    run: layoutRun,
    fade: focus ? "faded" : "dimmed",
    elements,
    follow: (cy, node) => {
      fitted.current = false;
      const target = fitBox(node.closedNeighborhood().boundingBox({ includeLabels: false }), cy.width(), cy.height(), {
        minZoom: cy.minZoom(),
        maxZoom: FOCUS_MAX_ZOOM,
      });
      animate({ ...target, duration: FOCUS_MS, easing: "ease-in-out-cubic" });
    },
  });

  return (
    <CanvasShell
      container={container}
      drawn={drawn}
      selected={selected}
      ready={!busy && !animating && !laying && layoutRun > 0}
      data={{ "data-focus": focus ? "true" : "false", "data-layout": layout }}
      onContextMenu={contextMenu ? (e) => e.preventDefault() : undefined}
      onZoom={zoomBy}
      onFit={fit}
      overlay={overlay}
    >
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
    </CanvasShell>
  );
}

/** How long the last layout computation took (ms), for the status line and measurements. */
export let lastLayoutMs = 0;
