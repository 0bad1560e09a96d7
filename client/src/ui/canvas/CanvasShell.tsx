/**
 * What every Cytoscape canvas shows around its instance: the container with the test hooks
 * (`graph-canvas` with data-node-count, data-edge-count, data-selected, data-ready), the zoom
 * buttons, and layers behind, above and over it. The canvases (GraphCanvas, PresetCanvas) own the
 * instance; this owns the markup they share.
 */
import { useEffect, useState, type MouseEventHandler, type ReactNode, type RefObject } from "react";
import { useMessages } from "../i18n.js";
import { useRenderer } from "../renderer.js";

interface Props {
  container: RefObject<HTMLDivElement | null>;
  /** Extra classes of the wrapper and of the canvas element. */
  wrapClass?: string;
  canvasClass?: string;
  drawn: { nodes: number; edges: number };
  selected: string | null;
  ready: boolean;
  /** More data attributes of the canvas element (data-layout, data-canvas, …). */
  data?: Record<`data-${string}`, string>;
  onContextMenu?: MouseEventHandler;
  onZoom: (factor: number) => void;
  onFit: () => void;
  /** Drawn behind the canvas (lane bands). */
  behind?: ReactNode;
  /** Drawn over the canvas, under the zoom buttons (lane titles). */
  above?: ReactNode;
  /** Controls after the zoom buttons (a toolbar, a legend, a context menu). */
  children?: ReactNode;
  /** Loading, error and empty states, over everything. */
  overlay?: ReactNode;
}

const ZOOM_STEP = 1.3;

export function CanvasShell(props: Props) {
  const { container, drawn, selected, ready } = props;
  const m = useMessages().overview;
  const renderer = useRenderer().name;
  return (
    <div className={props.wrapClass ? `canvas-wrap ${props.wrapClass}` : "canvas-wrap"}>
      {props.behind}
      <div
        ref={container}
        className={props.canvasClass ? `graph-canvas ${props.canvasClass}` : "graph-canvas"}
        data-testid="graph-canvas"
        data-node-count={drawn.nodes}
        data-edge-count={drawn.edges}
        data-selected={selected ?? ""}
        data-ready={ready ? "true" : "false"}
        data-renderer={renderer}
        {...props.data}
        role="img"
        onContextMenu={props.onContextMenu}
        aria-label={m.canvasLabel(drawn.nodes, drawn.edges)}
      />
      {props.above}
      <ZoomControls onZoom={props.onZoom} onFit={props.onFit} />
      {props.children}
      <LayingOut nodes={drawn.nodes} ready={ready} />
      {props.overlay}
    </div>
  );
}

/** Shown this long after the canvas stopped being ready: a quick layout or tween shows nothing. */
const BUSY_AFTER_MS = 600;

/** "Laying out N nodes…" while a long layout runs (a large graph's, in the worker: ui/layout/). */
function LayingOut({ nodes, ready }: { nodes: number; ready: boolean }) {
  const m = useMessages().renderer;
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (ready || nodes === 0) return setLate(false);
    const t = setTimeout(() => setLate(true), BUSY_AFTER_MS);
    return () => clearTimeout(t);
  }, [ready, nodes]);
  if (!late || ready || nodes === 0) return null;
  return (
    <div className="canvas-busy" role="status" data-testid="canvas-laying-out">
      {m.layingOut(nodes)}
    </div>
  );
}

function ZoomControls({ onZoom, onFit }: { onZoom: (factor: number) => void; onFit: () => void }) {
  const m = useMessages().overview;
  return (
    <div className="zoom-controls" role="group" aria-label={m.zoom}>
      <button type="button" onClick={() => onZoom(ZOOM_STEP)} title={m.zoomIn} aria-label={m.zoomIn}>
        +
      </button>
      <button type="button" onClick={() => onZoom(1 / ZOOM_STEP)} title={m.zoomOut} aria-label={m.zoomOut}>
        −
      </button>
      <button type="button" onClick={onFit} title={m.fit} aria-label={m.fit} data-testid="zoom-fit">
        ⤢
      </button>
    </div>
  );
}
