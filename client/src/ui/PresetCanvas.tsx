/**
 * A Cytoscape canvas for elements whose positions are computed beforehand (core/chainLayout.ts,
 * core/paths.ts): no layout runs, every label is drawn (the layouts leave room for them), and
 * named classes ("marks") are put on elements by id. The instance, selection, zoom buttons and
 * test hooks are those of every canvas (./canvas/); `data-canvas` names this one.
 * Optional lanes: headers that stay at the top while the graph pans, and bands behind the graph.
 * Optional levels of detail (a class on every element by zoom), a focus (elements brought into the
 * middle when it changes), and lines drawn behind the graph (the chain's backing).
 * With `camera`, the view is exact in the URL (ui/canvas/useCyCamera.ts): the canvas reports its
 * camera when a move ends, and a camera from outside wins over the fit, the focus and the follow.
 */
import type { Core, EventObject, StylesheetJson } from "cytoscape";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import type { Segment } from "../core/chainBacking.js";
import { boxOf, focusView } from "../core/chainViewport.js";
import type { Camera } from "../core/camera.js";
import { fitBox } from "../core/viewport.js";
import { CanvasShell } from "./canvas/CanvasShell.js";
import { glideToExternal, useCyCamera } from "./canvas/useCyCamera.js";
import { useCyCanvas, useCyMotion, useCyZoom, useLatest } from "./canvas/useCyCanvas.js";
import { useCySelection } from "./canvas/useCySelection.js";
import { keyedByRenderer } from "./renderer.js";

const FIT_MS = 300;

export interface PresetElements {
  nodes: { group: "nodes"; data: { id: string }; position: { x: number; y: number } }[];
  edges: { group: "edges"; data: { id: string; source: string; target: string }; classes?: string }[];
}

export interface CanvasLane {
  id: string;
  title: string;
  /** Model x of the lane's centre and of its first and last column. */
  x: number;
  x1: number;
  x2: number;
}

interface Props {
  elements: PresetElements;
  stylesheet: StylesheetJson;
  selected: string | null;
  onSelect: (id: string | null) => void;
  onEdgeTap?: (id: string) => void;
  /** Class name → ids of the elements that carry it. */
  marks?: Record<string, readonly string[]>;
  lanes?: CanvasLane[];
  /** Dashed lines across the lanes at model y, each with a title at its left (bands of a chain). */
  dividers?: { y: number; title: string }[];
  /**
   * The default view is not zoomed out further than this (labels stay readable; it starts at the
   * top), a number or a function of the canvas width.
   */
  minFitZoom?: number | ((width: number) => number);
  /** The least zoom (read once). */
  minZoom?: number;
  /** A class for every element by zoom (levels of detail); it changes only between levels. */
  levelOf?: (zoom: number) => string;
  /** Node ids brought into the middle, zoomed to, whenever they change (and on first drawing). */
  focus?: readonly string[];
  /** Lines behind the graph, in model coordinates. */
  segments?: readonly Segment[];
  /** The pointer entered (an id) or left (null) a node or an edge. */
  onHover?: (id: string | null) => void;
  busy?: boolean;
  overlay?: ReactNode;
  /** A name for the testing hooks of this canvas, e.g. "chain" (data-canvas). */
  name: string;
  /** The URL's camera (core/camera.ts; null: the default view); undefined: the canvas keeps none. */
  camera?: Camera | null;
  onCamera?: (camera: Camera | null) => void;
}

interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

function PresetCanvasOn({
  elements,
  stylesheet,
  selected,
  onSelect,
  onEdgeTap,
  marks,
  lanes,
  dividers,
  minFitZoom = 0.2,
  minZoom = 0.1,
  levelOf,
  focus,
  segments,
  onHover,
  busy = false,
  overlay,
  name,
  camera,
  onCamera,
}: Props) {
  const onEdgeTapRef = useLatest(onEdgeTap);
  const onHoverRef = useLatest(onHover);
  const levelOfRef = useLatest(levelOf);
  const level = useRef("");
  const [drawn, setDrawn] = useState({ nodes: 0, edges: 0, run: 0, placed: false });
  const [vp, setVp] = useState<Viewport>({ zoom: 1, pan: { x: 0, y: 0 } });
  const { container, cy: cyRef } = useCyCanvas({
    // The stylesheet is applied again below whenever it changes.
    options: { style: stylesheet, minZoom, maxZoom: 4, boxSelectionEnabled: false, autounselectify: true, autoungrabify: true },
    onSelect,
    hover: "node, edge",
    wire: (cy: Core, el: HTMLDivElement) => {
      cy.on("tap", "edge", (e: EventObject) => onEdgeTapRef.current?.(e.target.id()));
      cy.on("viewport", () => {
        setVp({ zoom: cy.zoom(), pan: { ...cy.pan() } });
        applyLevel(cy, levelOfRef.current, level, false);
      });
      cy.on("mouseover", "node, edge", (e: EventObject) => onHoverRef.current?.(e.target.id()));
      cy.on("mouseout", "node, edge", () => onHoverRef.current?.(null));
      // Leaving the canvas from over an element fires no mouseout.
      el.addEventListener("mouseleave", () => onHoverRef.current?.(null));
    },
  });
  const { animating, animate } = useCyMotion(cyRef);
  /** Elements drawn so far (drawn.run, readable in handlers). */
  const runRef = useRef(0);
  /** A camera from the URL holds the view: no focus or follow of these, after this run. */
  const hold = useRef<{ focus: string; selected: string | null; run: number } | null>(null);

  const fitView = useCallback(
    (cy: Core) => {
      const floor = typeof minFitZoom === "function" ? minFitZoom(cy.width()) : minFitZoom;
      const fit = fitWhole(cy);
      if (fit.zoom >= floor) return fit;
      const box = cy.nodes().boundingBox({ includeLabels: true });
      // Too tall to read when fitted: fit the width (if that is readable), from the top.
      const byWidth = Math.min(1.2, (cy.width() - 56) / Math.max(1, box.w));
      const zoom = Math.max(floor, byWidth);
      const x = byWidth >= floor ? (cy.width() - box.w * zoom) / 2 - box.x1 * zoom : 28 - box.x1 * zoom;
      return { zoom, pan: { x, y: 40 - box.y1 * zoom } };
    },
    [minFitZoom],
  );

  const cam = useCyCamera(cyRef, { camera, onCamera, ready: () => runRef.current > 0, defaultView: fitView, animate });
  const { zoomBy, fit } = useCyZoom(cyRef, animate, {
    fitTarget: (cy) => (cy.nodes().empty() ? null : fitWhole(cy)),
    duration: FIT_MS,
    onZoom: () => cam.setDefault(false),
    onFitted: () => cam.setDefault(false),
  });
  const focusKey = focus?.join("\n") ?? "";
  const held = useLatest({ focus: focusKey, selected });
  const holdAt = (run: number) => {
    if (camera) hold.current = { ...held.current, run };
  };

  useEffect(() => {
    cyRef.current?.style(stylesheet);
  }, [cyRef, stylesheet]);

  // Elements: replaced wholesale (positions are preset, so this is cheap), then fitted.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const before = new Set(cy.elements().map((e) => e.id()));
    const same =
      before.size > 0 &&
      before.size === elements.nodes.length + elements.edges.length &&
      [...elements.nodes, ...elements.edges].every((d) => before.has(d.data.id));
    cy.batch(() => {
      if (same) {
        // Same elements (e.g. a language switch): new data and positions only, the view stays.
        for (const n of elements.nodes) cy.getElementById(n.data.id).data(n.data).position(n.position);
        for (const e of elements.edges) {
          const edge = cy.getElementById(e.data.id);
          edge.data(e.data);
          edge.classes(e.classes ?? "");
        }
      } else {
        cy.elements().remove();
        cy.add([...elements.nodes, ...elements.edges]);
      }
    });
    const drawnAnew = !same && elements.nodes.length > 0;
    if (drawnAnew) runRef.current += 1;
    if (!same) {
      cy.resize();
      cy.stop(true, false);
      const outside = cy.nodes().nonempty() ? cam.takeExternal(cy) : undefined;
      if (outside !== undefined) holdAt(runRef.current);
      else cam.setDefault(true);
      const target = outside ?? (cy.nodes().nonempty() ? fitView(cy) : null);
      if (target) cy.viewport(target);
    }
    applyLevel(cy, levelOfRef.current, level, true);
    setDrawn({ nodes: cy.nodes().length, edges: cy.edges().length, run: runRef.current, placed: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- cam and holdAt read the latest camera; the elements decide when this runs
  }, [cyRef, elements, fitView, levelOfRef]);

  // The URL's camera changed while the elements stay (back/forward, a story's scene): glide there.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy && runRef.current > 0 && cy.nodes().nonempty() && glideToExternal(cy, cam, animate)) holdAt(runRef.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the URL's camera changes
  }, [cyRef, camera]);

  // Focus: the elements brought into the middle, zoomed to no less than the default view's floor.
  // (runRef, not drawn.run: in the commit that draws new elements the state is one run behind)
  useEffect(() => {
    const cy = cyRef.current;
    const run = runRef.current;
    if (!cy || !focusKey || run === 0 || drawn.run === 0) return;
    const h = hold.current;
    if (h && h.run === run && h.focus === focusKey) return;
    const nodes = focusKey.split("\n").map((id) => cy.getElementById(id)).filter((n) => n.nonempty() && n.isNode());
    if (!nodes.length) return;
    const floor = typeof minFitZoom === "function" ? minFitZoom(cy.width()) : minFitZoom;
    const target = focusView(boxOf(nodes.map((n) => n.position())), cy.width(), cy.height(), Math.min(floor, 1));
    cam.setDefault(false);
    cam.reportAt(cy, target);
    animate({ ...target, duration: FIT_MS });
  }, [cyRef, focusKey, drawn.run, minFitZoom, animate, cam]);

  // Marks: named classes on elements by id (re-applied after the elements change).
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      for (const cls of Object.keys(marks ?? {})) cy.elements(`.${cls}`).removeClass(cls);
      for (const [cls, ids] of Object.entries(marks ?? {})) {
        for (const id of ids) cy.getElementById(id).addClass(cls);
      }
    });
    return () => {
      if (cy.destroyed()) return;
      for (const cls of Object.keys(marks ?? {})) cy.elements(`.${cls}`).removeClass(cls);
    };
  }, [cyRef, marks, drawn.run]);

  // Selection; the view follows a new one if it is off screen.
  useCySelection(cyRef, selected, {
    run: drawn.run,
    fade: "faded",
    hold: (id) => hold.current !== null && hold.current.selected === id && hold.current.run === runRef.current,
    follow: (cy, node) => {
      const ext = cy.extent();
      const p = node.position();
      if (p.x > ext.x1 && p.x < ext.x2 && p.y > ext.y1 && p.y < ext.y2) return;
      cam.setDefault(false);
      animate({ center: { eles: node }, duration: FIT_MS });
    },
  });

  const toScreenX = (x: number) => x * vp.zoom + vp.pan.x;
  const bandHalf = 95;
  return (
    <CanvasShell
      container={container}
      wrapClass="preset-wrap"
      canvasClass="preset-canvas"
      drawn={drawn}
      selected={selected}
      ready={!busy && !animating && drawn.placed}
      data={{ "data-canvas": name }}
      onZoom={zoomBy}
      onFit={fit}
      behind={
        <>
          {lanes?.map((l, i) => (
            <div
              key={l.id}
              className={`lane-band${i % 2 ? " odd" : ""}`}
              style={{ left: toScreenX(l.x1 - bandHalf), width: (l.x2 - l.x1 + 2 * bandHalf) * vp.zoom }}
              aria-hidden="true"
            />
          ))}
          {dividers?.map((d) => (
            <div key={d.title} className="lane-divide" style={{ top: d.y * vp.zoom + vp.pan.y }} aria-hidden="true">
              <span>{d.title}</span>
            </div>
          ))}
          {segments && segments.length > 0 && (
            <svg className="canvas-lines" aria-hidden="true">
              <g transform={`translate(${vp.pan.x} ${vp.pan.y}) scale(${vp.zoom})`}>
                {segments.map((s) => (
                  <line key={s.key} x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} vectorEffect="non-scaling-stroke" />
                ))}
              </g>
            </svg>
          )}
        </>
      }
      above={lanes?.map((l) => (
        <div key={l.id} className="lane-title" style={{ left: toScreenX(l.x) }} data-lane={l.id}>
          {l.title}
        </div>
      ))}
      overlay={overlay}
    />
  );
}

/** Put the level's class on every element when the level changes (or on new elements: `force`). */
function applyLevel(cy: Core, levelOf: ((zoom: number) => string) | undefined, current: { current: string }, force: boolean) {
  if (!levelOf) return;
  const next = levelOf(cy.zoom());
  if (next === current.current && !force) return;
  cy.batch(() => {
    if (current.current) cy.elements().removeClass(current.current);
    cy.elements().addClass(next);
  });
  current.current = next;
}

/** Every node with its label, not zoomed in past 1.2. */
function fitWhole(cy: Core) {
  const box = cy.nodes().boundingBox({ includeLabels: true });
  return fitBox(box, cy.width(), cy.height(), { padding: 28, minZoom: cy.minZoom(), maxZoom: 1.2 });
}

/** The canvas, mounted afresh (a new instance) when the renderer changes. */
export const PresetCanvas = keyedByRenderer(PresetCanvasOn);
