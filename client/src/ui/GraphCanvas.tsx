/**
 * The Cytoscape canvas: shows the given elements, runs the chosen layout (extension layouts are
 * loaded lazily; moves are animated up to 800 nodes; seeded, so the same state lays out the same
 * way everywhere), reflects the selection and focus mode, and reports double-clicks and
 * right-clicks on nodes (the view decides what they do).
 *
 * Nodes already drawn never move unless the layout is chosen anew: an expand places only the new
 * nodes (cyActions.placeNew), a collapse or hide removes nodes and leaves the rest. Each picture's
 * positions and viewport are remembered by the set of nodes it shows, so undo and redo (or a
 * filter switched off and on) bring back exactly the picture that was.
 *
 * With `camera`/`positions` the picture is exact in the URL (core/exactView.ts): the canvas reports
 * its camera when a move ends and the positions no fresh layout would give (placed, remembered or
 * dragged nodes); what the URL holds that it did not report came from outside (a link, back/forward,
 * a story's scene) and wins: on first drawing instead of the fit, later by gliding there.
 */
import type { Core, EventObject } from "cytoscape";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { Camera } from "../core/camera.js";
import type { CyElements } from "../core/graphElements.js";
import { graphStylesheet } from "../core/graphStyle.js";
import { DEFAULT_LABEL_DENSITY, type LabelDensity } from "../core/labels.js";
import { animateLayout, DEFAULT_DIRECTION, LAYOUT_ANIMATION_MS, type Direction, type LayoutName } from "../core/layouts.js";
import { fitBox, type Viewport } from "../core/viewport.js";
import { CanvasShell } from "./canvas/CanvasShell.js";
import { GLIDE_MS, useCyCamera } from "./canvas/useCyCamera.js";
import { useCyCanvas, useCyMotion, useCyZoom, useLatest } from "./canvas/useCyCanvas.js";
import { useCySelection } from "./canvas/useCySelection.js";
import { NO_POSITIONS, useCyPositions } from "./canvas/useCyPositions.js";
import { keyedByRenderer } from "./renderer.js";
import { animateFrom, ensureLayout, fitAll, graphNodes, inView, levelTarget, placeAll, placeNew, positions, prepareLayout, runLayout, syncElements, updateLabels } from "./cyActions.js";

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
  /** The URL's camera (core/camera.ts; null: the default view); undefined: the canvas keeps none. */
  camera?: Camera | null;
  onCamera?: (camera: Camera | null) => void;
  /** The URL's node positions (core/positionCodec.ts); undefined: the canvas keeps none. */
  positions?: string | null;
  onPositions?: (code: string | null) => void;
}

function GraphCanvasOn({
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
  camera,
  onCamera,
  positions: positionCode,
  onPositions,
}: Props) {
  const presetRef = useLatest(preset);
  const onDoubleRef = useLatest(onNodeDoubleTap);
  const hasMenu = useLatest(Boolean(contextMenu));
  const selectedRef = useLatest(selected);
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
  /** Something was laid out (also nothing: an empty canvas is drawn too). */
  const [placed, setPlaced] = useState(false);
  const runRef = useRef(0);
  /** A camera from the URL holds the view: the selection is not followed after this run. */
  const hold = useRef<{ id: string | null; run: number } | null>(null);
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
  const pos = useCyPositions({ code: positionCode, onCode: onPositions, ready: () => settled.current });
  /** The state's own layout: the preset where it places every node, else the layout (seeded). */
  const layOutFresh = useLatest((cy: Core) => {
    const p = presetRef.current;
    const placed = Boolean(p && placeAll(cy, p(cy.width(), cy.height())));
    if (!placed) runLayout(cy, layout, roots, direction);
    pos.laidOut(cy, placed);
  });

  const { container, cy: cyRef } = useCyCanvas({
    options: {
      style: graphStylesheet(),
      minZoom: 0.01,
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
      cy.on("dragfree", "node", (e: EventObject) => {
        remember.current(cy);
        pos.dragged(e.target.id());
        report.current(cy);
      });
      cy.on("scrollzoom pinchzoom dragpan", () => (fitted.current = false));
    },
    // A view may resize the canvas (e.g. the Cypher console's table above it grows).
    onResize: (cy: Core) => {
      cy.resize();
      if (fitted.current && cy.nodes().nonempty()) cy.viewport(defaultView(cy));
      report.current(cy);
    },
  });
  const { animating, animate, settle } = useCyMotion(cyRef);
  /** What a null camera shows: the industry level's own framing, else every node fitted. */
  const defaultView = (cy: Core) => (pos.presetPlaced() ? levelTarget(cy) : fitAll(cy));
  const cam = useCyCamera(cyRef, {
    camera,
    onCamera,
    ready: () => settled.current,
    defaultView,
    animate,
    onReported: (cy) => pos.report(cy, !cam.isDefault()),
  });
  const { zoomBy, fit } = useCyZoom(cyRef, animate, {
    fitTarget: fitAll,
    duration: FOCUS_MS,
    onZoom: () => {
      fitted.current = false;
      cam.setDefault(false);
    },
    onFitted: () => {
      fitted.current = true;
      cam.setDefault(false);
    },
  });
  const report = useLatest(cam.report);
  /** A camera from outside is shown: the selection is not followed after `run`. */
  const holdFollow = (run: number) => {
    if (camera) hold.current = { id: selectedRef.current, run };
  };

  // Sync elements (diff by id, so a language switch only relabels), then lay out, place the new
  // nodes, bring back a remembered picture, or put them where the URL says.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const hadNodes = graphNodes(cy).nonempty();
    const { structureChanged, added } = syncElements(cy, elements);
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
    const pictured = picture && cy.nodes().filter((n) => !n.isParent() && !picture.positions.has(n.id())).empty();
    // read once there are nodes to read them against (not on the empty canvas before the data)
    const given = graphNodes(cy).nonempty() ? pos.fromUrl(cy) : NO_POSITIONS;
    const plan = given.all ? "given" : given.fresh || (relayout && !pictured) ? "fresh" : pictured ? "picture" : added.length ? "place" : "keep";
    (plan === "fresh" ? prepareLayout(cy, layout, roots, direction) : ensureLayout("fcose"))
      .then(() => {
        if (seq !== layoutSeq.current || cy.destroyed()) return;
        const run = relayout ? runRef.current + 1 : runRef.current;
        const finish = () => {
          if (seq !== layoutSeq.current) return;
          settled.current = true;
          updateLabels(cy, density.current);
          remember.current(cy);
          setLaying(false);
          setPlaced(true);
          // a run is a drawing of nodes: the selection is followed after one, not after an empty canvas
          if (relayout && cy.nodes().nonempty()) setLayoutRun((runRef.current = run));
          cam.report(cy);
        };
        if (cy.nodes().empty()) return finish();
        cy.resize(); // the container may have changed size in this same render
        // Stopped animations never complete: the selection's move is over too.
        cy.stop(true, false);
        cy.nodes().stop(true, false);
        settle();
        const before = positions(cy);
        const t0 = performance.now();
        if (plan === "given") pos.place(cy, given);
        else if (plan === "picture") cy.batch(() => cy.nodes().forEach((n) => void (n.isParent() || n.position(picture!.positions.get(n.id())!))));
        else if (plan === "fresh") layOutFresh.current(cy);
        else if (plan === "place") {
          placeNew(cy, added);
          // New nodes grow out of the drawn neighbour they hang on.
          for (const id of added) {
            const from = cy.getElementById(id).neighborhood("node").filter((m) => before.has(m.id()) && !added.includes(m.id()));
            if (from.nonempty()) before.set(id, { ...before.get(from.first().id())! });
          }
        }
        if (plan !== "fresh" && plan !== "given") pos.moved(); // placed or remembered: no layout gives these
        if (!given.all) pos.place(cy, given); // a few dragged nodes, on the layout
        lastLayoutMs = Math.round(performance.now() - t0);
        let target: Viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
        const outside = cam.takeExternal(cy);
        if (outside !== undefined) {
          if (outside) target = outside;
          holdFollow(run);
        } else if (plan === "picture") {
          target = picture!.viewport;
          cam.setDefault(false);
        } else if (plan === "fresh" || (plan === "given" && cam.isDefault()) || (plan === "place" && !inView(cy))) {
          target = defaultView(cy);
          cam.setDefault(true);
        } else cam.setDefault(false);
        fitted.current = cam.isDefault();
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

  // The URL moved the picture while it stays drawn (back/forward, a story's scene): glide there.
  // A layout under way takes the URL's camera and positions itself when it ends.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !settled.current || cy.nodes().empty()) return;
    cy.resize(); // a panel may have opened or closed in this same render: lay out for the size shown
    const before = positions(cy);
    const given = pos.fromUrl(cy);
    if (given.fresh) layOutFresh.current(cy);
    pos.place(cy, given);
    const moved = given.all || given.fresh || given.some;
    const outside = cam.takeExternal(cy);
    if (outside !== undefined) holdFollow(runRef.current);
    if (!moved && outside === undefined) return;
    const target = outside ?? { zoom: cy.zoom(), pan: { ...cy.pan() } };
    fitted.current = cam.isDefault();
    if (!moved) return animate({ ...target, duration: GLIDE_MS });
    settled.current = false;
    cancelTween.current?.();
    cancelTween.current = animateFrom(cy, before, target, GLIDE_MS, () => {
      settled.current = true;
      updateLabels(cy, density.current);
      remember.current(cy);
      cam.report(cy);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the URL's camera or positions change; the rest is read as it is then
  }, [cyRef, camera, positionCode]);

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
    hold: (id, run) => hold.current !== null && hold.current.id === id && hold.current.run === run,
    follow: (cy, node) => {
      if (!settled.current) return; // a layout under way: its nodes are not where they will be
      fitted.current = false;
      cam.setDefault(false);
      const target = fitBox(node.closedNeighborhood().boundingBox({ includeLabels: false }), cy.width(), cy.height(), {
        minZoom: cy.minZoom(),
        maxZoom: FOCUS_MAX_ZOOM,
      });
      cam.reportAt(cy, target);
      animate({ ...target, duration: FOCUS_MS, easing: "ease-in-out-cubic" });
    },
  });

  return (
    <CanvasShell
      container={container}
      drawn={drawn}
      selected={selected}
      ready={!busy && !animating && !laying && placed}
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

/** The canvas, mounted afresh (a new instance) when the renderer changes. */
export const GraphCanvas = keyedByRenderer(GraphCanvasOn);

/** How long the last layout computation took (ms), for the status line and measurements. */
export let lastLayoutMs = 0;
