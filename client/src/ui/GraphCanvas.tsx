/**
 * The Cytoscape canvas: shows the given elements, runs the chosen layout (extension layouts are
 * loaded lazily; moves are animated up to 800 nodes), reflects the selection and focus mode, and
 * reports double-clicks and right-clicks on nodes (the view decides what they do).
 *
 * Nodes already drawn never move unless the layout is chosen anew: an expand places only the new
 * nodes (cyActions.placeNew), a collapse or hide removes nodes and leaves the rest. Each picture's
 * positions and viewport are remembered by the set of nodes it shows, so undo and redo (or a
 * filter switched off and on) bring back exactly the picture that was.
 */
import type { Core, EventObject } from "cytoscape";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { CyElements } from "../core/graphElements.js";
import { graphStylesheet } from "../core/graphStyle.js";
import { DEFAULT_LABEL_DENSITY, type LabelDensity } from "../core/labels.js";
import { animateLayout, DEFAULT_DIRECTION, LAYOUT_ANIMATION_MS, type Direction, type LayoutName } from "../core/layouts.js";
import { levelViewport } from "../core/levelLayout.js";
import { fitBox, type Viewport } from "../core/viewport.js";
import { CanvasShell } from "./canvas/CanvasShell.js";
import { useCyCanvas, useCyMotion, useCyZoom, useLatest } from "./canvas/useCyCanvas.js";
import { useCySelection } from "./canvas/useCySelection.js";
import { animateFrom, ensureLayout, fitAll, graphNodes, placeNew, positions, runLayout, updateLabels } from "./cyActions.js";

const FOCUS_MS = 300;
/** Labels are placed again this long after the last zoom or pan event (the gesture has ended). */
const LABELS_AFTER_MS = 120;
/** How many pictures (positions and viewport) are remembered for undo and redo. */
const REMEMBERED = 60;
/** A fresh layout rather than placing new nodes: many arrive and few of the drawn stay. */
const freshLayout = (kept: number, added: number) => kept === 0 || (added > 100 && added > 4 * kept);

type Picture = { positions: ReturnType<typeof positions>; viewport: Viewport };

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
  /** How many labels are drawn (core/labels.ts). */
  labels?: LabelDensity;
  /**
   * Positions computed rather than laid out (the industry level: core/levelLayout.ts), for the
   * canvas's width and height; used instead of the layout when they place every node.
   */
  preset?: (width: number, height: number) => ReadonlyMap<string, { x: number; y: number }>;
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
  labels = DEFAULT_LABEL_DENSITY,
  preset,
}: Props) {
  const presetRef = useLatest(preset);
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
  const density = useLatest(labels);
  /** The pictures last shown, by layout and node set (insertion order: oldest first). */
  const memory = useRef(new Map<string, Picture>());
  /** No layout or placement is moving the nodes: the picture may be remembered. */
  const settled = useRef(false);
  /** The view is as last fitted (nobody zoomed, panned or focused since): it stays fitted on resize. */
  const fitted = useRef(false);
  const layoutKey = layout === "dagre" ? `${layout}:${direction}` : layout;
  const pictureKey = (cy: Core) => `${layoutKey}|${graphNodes(cy).map((n) => n.id()).sort().join(",")}`;
  const remember = useLatest((cy: Core) => {
    if (!settled.current || graphNodes(cy).empty()) return;
    const key = pictureKey(cy);
    memory.current.delete(key);
    memory.current.set(key, { positions: positions(cy), viewport: { zoom: cy.zoom(), pan: { ...cy.pan() } } });
    if (memory.current.size > REMEMBERED) memory.current.delete(memory.current.keys().next().value!);
  });

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
      // Labels are placed again when a zoom or pan ends, not on every frame of it.
      let timer: ReturnType<typeof setTimeout> | undefined;
      cy.on("viewport", () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (cy.destroyed()) return;
          updateLabels(cy, density.current);
          remember.current(cy);
        }, LABELS_AFTER_MS);
      });
      cy.on("dragfree", "node", () => remember.current(cy));
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

  // Sync elements (diff by id, so a language switch only relabels), then lay out, place the new
  // nodes, or bring back a remembered picture.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    let structureChanged = false;
    const added: string[] = [];
    const hadNodes = graphNodes(cy).nonempty();
    const groups = elements.groups ?? [];
    cy.batch(() => {
      const wanted = new Set<string>();
      for (const d of [...groups, ...elements.nodes, ...elements.edges]) wanted.add(d.data.id);
      const stale = cy.elements().filter((e) => !wanted.has(e.id()));
      if (stale.nonempty()) {
        structureChanged = true;
        cy.remove(stale);
      }
      const toAdd = [];
      for (const def of [...groups, ...elements.nodes, ...elements.edges]) {
        const existing = cy.getElementById(def.data.id);
        if (existing.empty()) toAdd.push(def);
        else {
          existing.data(def.data);
          const parent = "parent" in def.data ? (def.data.parent ?? null) : null;
          if (existing.isNode() && (existing.parent().first().id() || null) !== parent) existing.move({ parent });
        }
      }
      if (toAdd.length) {
        structureChanged = true;
        cy.add(toAdd);
        const fresh = new Set(toAdd);
        for (const d of elements.nodes) if (fresh.has(d)) added.push(d.data.id);
      }
    });
    setDrawn({ nodes: graphNodes(cy).length, edges: cy.edges().length });
    const newLayout = lastLayout.current !== layoutKey;
    if (!structureChanged && !newLayout) return;
    const kept = graphNodes(cy).length - added.length;
    const relayout = newLayout || !hadNodes || freshLayout(kept, added.length);
    const tween = hadNodes && animateLayout(cy.nodes().length);
    lastLayout.current = layoutKey;
    const seq = ++layoutSeq.current;
    cancelTween.current?.();
    cancelTween.current = null;
    settled.current = false;
    setLaying(true);
    const picture = memory.current.get(pictureKey(cy));
    ensureLayout(relayout && !picture ? layout : "fcose")
      .then(() => {
        if (seq !== layoutSeq.current || cy.destroyed()) return;
        const finish = () => {
          if (seq !== layoutSeq.current) return;
          settled.current = true;
          fitted.current = !picture;
          updateLabels(cy, density.current);
          remember.current(cy);
          setLaying(false);
          if (relayout) setLayoutRun((n) => n + 1);
        };
        if (cy.nodes().empty()) return finish();
        cy.resize(); // the container may have changed size in this same render
        // Stopped animations never complete: the selection's move is over too.
        cy.stop(true, false);
        cy.nodes().stop(true, false);
        settle();
        const before = positions(cy);
        let target: Viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
        const t0 = performance.now();
        if (picture && cy.nodes().filter((n) => !n.isParent() && !picture.positions.has(n.id())).empty()) {
          cy.batch(() => cy.nodes().forEach((n) => void (n.isParent() || n.position(picture.positions.get(n.id())!))));
          target = picture.viewport;
        } else if (relayout && placePreset(cy, presetRef.current)) {
          // the labels count here: the preset keeps room for them, and the fit shows them whole
          const fonts = cy.nodes('[type = "Industry"]').map((n) => Number(n.data("fontSize")) || 12);
          target = levelViewport(graphNodes(cy).boundingBox({ includeLabels: true }), cy.width(), cy.height(), Math.min(...fonts, 24));
        } else if (relayout) {
          // Synchronous: the layouts themselves are not animated (see core/layouts.ts).
          runLayout(cy, layout, roots, direction);
          target = fitAll(cy);
        } else if (added.length) {
          placeNew(cy, added);
          // New nodes grow out of the drawn neighbour they hang on.
          for (const id of added) {
            const from = cy.getElementById(id).neighborhood("node").filter((m) => before.has(m.id()) && !added.includes(m.id()));
            if (from.nonempty()) before.set(id, { ...before.get(from.first().id())! });
          }
          if (!inView(cy)) target = fitAll(cy);
        }
        lastLayoutMs = Math.round(performance.now() - t0);
        if (tween) cancelTween.current = animateFrom(cy, before, target, LAYOUT_ANIMATION_MS, finish);
        else {
          cy.viewport(target);
          finish();
        }
      })
      .catch(() => {
        if (seq === layoutSeq.current) setLaying(false);
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- pictureKey and layoutKey follow layout and direction, which are dependencies
  }, [cyRef, settle, elements, layout, roots, direction]);

  // A new label density: place the labels again at once.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy && settled.current) updateLabels(cy, labels);
  }, [cyRef, labels]);

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
      data={{ "data-focus": focus ? "true" : "false", "data-layout": layout, "data-labels": labels }}
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

/** Puts every node where `preset` says, if it places them all; whether it did. */
function placePreset(cy: Core, preset: Props["preset"]): boolean {
  if (!preset) return false;
  const at = preset(cy.width(), cy.height());
  const nodes = cy.nodes().filter((n) => !n.isParent());
  if (nodes.empty() || nodes.filter((n) => !at.has(n.id())).nonempty()) return false;
  cy.batch(() => nodes.forEach((n) => void n.position({ ...at.get(n.id())! })));
  return true;
}

/** Whether every node is inside the canvas as it is now shown. */
function inView(cy: Core): boolean {
  const e = cy.extent();
  const b = cy.nodes().boundingBox({ includeLabels: false });
  return b.x1 >= e.x1 && b.x2 <= e.x2 && b.y1 >= e.y1 && b.y2 <= e.y2;
}
