/**
 * The HTML a canvas view draws around its Cytoscape canvas and that belongs to the picture: the
 * chain's lane bands and dividers behind the graph and the lane titles over it (CanvasShell's
 * `behind` and `above` layers). Read off the page as boxes, then painted on the PNG's canvas or
 * written as SVG, behind or over the graph as on screen. Controls, toolbars and menus are not
 * part of the picture and are not read.
 */

/** What the picture takes from the layers: the chain's lanes (ui/PresetCanvas.tsx). */
const PICTURE_LAYERS = ".lane-band, .lane-divide, .lane-divide > span, .lane-title";

export interface LayerBox {
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string | null;
  border: { color: string; width: number; dashed: boolean; sides: "top" | "all" } | null;
  radius: number;
  opacity: number;
  text: { text: string; x: number; y: number; font: string; color: string } | null;
}

export interface Layers {
  behind: LayerBox[];
  above: LayerBox[];
}

const transparent = (c: string) => !c || c === "transparent" || /rgba\(.*,\s*0\)$/.test(c);

function boxOf(el: HTMLElement, origin: DOMRect): LayerBox | null {
  const cs = getComputedStyle(el);
  const opacity = Number(cs.opacity);
  if (cs.display === "none" || cs.visibility === "hidden" || opacity === 0) return null;
  const r = el.getBoundingClientRect();
  const box: LayerBox = { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height, fill: null, border: null, radius: parseFloat(cs.borderTopLeftRadius) || 0, opacity, text: null };
  if (!transparent(cs.backgroundColor)) box.fill = cs.backgroundColor;
  const top = parseFloat(cs.borderTopWidth);
  if (top > 0 && cs.borderTopStyle !== "none") {
    const all = parseFloat(cs.borderLeftWidth) > 0 && cs.borderLeftStyle !== "none";
    box.border = { color: cs.borderTopColor, width: top, dashed: cs.borderTopStyle === "dashed", sides: all ? "all" : "top" };
  }
  // its own words only (a divider's title is its own box)
  const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? "").join("").trim();
  if (text) {
    box.text = {
      text,
      x: box.x + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft),
      y: box.y + box.h / 2,
      font: `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`,
      color: cs.color,
    };
  }
  return box.fill || box.border || box.text ? box : null;
}

/** The picture's layers around the canvas `container`, in its coordinates, in drawing order. */
export function canvasLayers(container: HTMLElement): Layers {
  const wrap = container.parentElement;
  const layers: Layers = { behind: [], above: [] };
  if (!wrap) return layers;
  const origin = container.getBoundingClientRect();
  wrap.querySelectorAll<HTMLElement>(PICTURE_LAYERS).forEach((el) => {
    if (container.contains(el)) return;
    const box = boxOf(el, origin);
    if (!box) return;
    const after = container.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING;
    (after ? layers.above : layers.behind).push(box);
  });
  return layers;
}

/** The boxes painted on a 2D canvas whose units are the container's CSS pixels. */
export function paintLayers(ctx: CanvasRenderingContext2D, boxes: readonly LayerBox[]): void {
  for (const b of boxes) {
    ctx.save();
    ctx.globalAlpha = b.opacity;
    if (b.fill) {
      ctx.fillStyle = b.fill;
      ctx.beginPath();
      ctx.roundRect(b.x, b.y, b.w, b.h, b.radius);
      ctx.fill();
    }
    if (b.border) {
      ctx.strokeStyle = b.border.color;
      ctx.lineWidth = b.border.width;
      ctx.setLineDash(b.border.dashed ? [4, 3] : []);
      ctx.beginPath();
      const half = b.border.width / 2;
      if (b.border.sides === "all") ctx.roundRect(b.x + half, b.y + half, b.w - 2 * half, b.h - 2 * half, b.radius);
      else {
        ctx.moveTo(b.x, b.y + half);
        ctx.lineTo(b.x + b.w, b.y + half);
      }
      ctx.stroke();
    }
    if (b.text) {
      ctx.font = b.text.font;
      ctx.fillStyle = b.text.color;
      ctx.textBaseline = "middle";
      ctx.textAlign = "left";
      ctx.fillText(b.text.text, b.text.x, b.text.y);
    }
    ctx.restore();
  }
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** The boxes as SVG: a rect or line per box, its words as <text>. */
export function layerSvg(boxes: readonly LayerBox[]): SVGElement[] {
  const out: SVGElement[] = [];
  const make = (name: string, attrs: Record<string, string | number>) => {
    const e = document.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  };
  for (const b of boxes) {
    const g = make("g", b.opacity < 1 ? { opacity: b.opacity } : {});
    if (b.fill || b.border?.sides === "all") {
      const stroke = b.border?.sides === "all" ? { stroke: b.border.color, "stroke-width": b.border.width, ...(b.border.dashed ? { "stroke-dasharray": "4 3" } : {}) } : {};
      const half = b.border?.sides === "all" ? b.border.width / 2 : 0;
      g.appendChild(make("rect", { x: b.x + half, y: b.y + half, width: b.w - 2 * half, height: b.h - 2 * half, rx: b.radius, fill: b.fill ?? "none", ...stroke }));
    }
    if (b.border?.sides === "top") {
      const y = b.y + b.border.width / 2;
      g.appendChild(make("line", { x1: b.x, y1: y, x2: b.x + b.w, y2: y, stroke: b.border.color, "stroke-width": b.border.width, ...(b.border.dashed ? { "stroke-dasharray": "4 3" } : {}) }));
    }
    if (b.text) {
      const t = make("text", { x: b.text.x, y: b.text.y, fill: b.text.color, style: `font:${b.text.font}`, "dominant-baseline": "central" });
      t.textContent = b.text.text;
      g.appendChild(t);
    }
    out.push(g);
  }
  return out;
}
