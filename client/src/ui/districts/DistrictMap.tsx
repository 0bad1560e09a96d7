/**
 * The map of Chongqing for the district view: the 38 districts as a choropleth (how many
 * industries name each one as a key district, or one chosen industry), the development zones as
 * markers (hover/select outlines the districts they overlap), and a geographic layout of the
 * graph (District nodes at their coordinates, industries on a ring, KEY_DISTRICT links over the
 * map). One SVG transform pans and zooms every layer; labels and markers keep their screen size.
 * The arithmetic lives in core/geo.ts.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PointerEvent as ReactPointerEvent } from "react";
import type { DistrictOverlap, Subgraph } from "../../../../contract/api.js";
import type { GraphEdge, GraphNode } from "../../../../contract/graph.js";
import { api, getJson } from "../../api.js";
import {
  binOf,
  choroplethBins,
  choroplethValues,
  collectionBounds,
  fitProjection,
  geometryPath,
  labelAnchor,
  placeLabels,
  ringLayout,
  textWidth,
  zoomAbout,
  type Box2,
  type GeoCollection,
  type Point,
} from "../../core/geo.js";
import { useRemote } from "../useRemote.js";

export type DistrictMapMode = "map" | "graph";

export interface DistrictMapProps {
  overlap: DistrictOverlap;
  /** The District and Industry nodes. */
  nodes: GraphNode[];
  selected: string | null;
  onSelect(id: string): void;
  /** Choropleth by this one industry (else: the number of industries per district). */
  industry?: string | null;
  /** Called by the map's industry selector (without it the map keeps the choice itself). */
  onIndustry?(id: string | null): void;
  /** Edges among the District nodes (OVERLAPS); fetched from /api/graph when absent. */
  edges?: GraphEdge[];
  /** map | graph; controlled when given with onMode, else the map keeps it. */
  mode?: DistrictMapMode;
  onMode?(mode: DistrictMapMode): void;
}

interface Transform {
  k: number;
  x: number;
  y: number;
}
const IDENTITY: Transform = { k: 1, x: 0, y: 0 };
const LABEL_MAIN = 12;
const LABEL_MINOR = 10;
const ZONE_COLOR = "#c2571a";
const INDUSTRY_COLOR = "#CC6677";

/** The nine districts of the main city (主城九区): the dashed box on the map. */
const MAIN_CITY = new Set(["渝中区", "大渡口区", "江北区", "沙坪坝区", "九龙坡区", "南岸区", "北碚区", "渝北区", "巴南区"]);
/** The inset magnifies the dense core (the six inner districts); neighbours show clipped. */
const CORE = new Set(["渝中区", "大渡口区", "江北区", "沙坪坝区", "九龙坡区", "南岸区"]);
/** Above this zoom the main city reads on the map itself: the inset goes. */
const INSET_UNTIL_ZOOM = 2.5;

const shortId = (id: string) => id.replace(/^[a-z]+:/, "");
/** 石柱土家族自治县 → 石柱县 (the usual short form on maps); other names as they are. */
export const mapName = (name: string) => name.replace(/^(.{2})(?:土家族|苗族)+自治县$/, "$1县");

export function DistrictMap(props: DistrictMapProps) {
  const { overlap, nodes, selected, onSelect } = props;
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [size, setSize] = useState({ w: 800, h: 600 });
  const [t, setT] = useState<Transform>(IDENTITY);
  const [hover, setHover] = useState<string | null>(null);
  const [localMode, setLocalMode] = useState<DistrictMapMode>("map");
  const mode: DistrictMapMode = props.mode && props.onMode ? props.mode : localMode;
  const setMode = (m: DistrictMapMode) => (props.onMode ? props.onMode(m) : setLocalMode(m));
  const [localIndustry, setLocalIndustry] = useState<string | null>(props.industry ?? null);
  const industry = props.onIndustry ? (props.industry ?? null) : localIndustry;
  const setIndustry = (id: string | null) => (props.onIndustry ? props.onIndustry(id) : setLocalIndustry(id));
  useEffect(() => {
    if (!props.onIndustry) setLocalIndustry(props.industry ?? null);
  }, [props.industry]);

  // ── data ──
  const geo = useRemote<GeoCollection>((signal) => getJson<GeoCollection>("/api/geo/districts", signal), []);
  const districtGraph = useRemote<Subgraph>(props.edges ? null : (signal) => api.graph(["District"], signal), [!!props.edges]);
  const overlapEdges = useMemo(
    () => (props.edges ?? districtGraph.data?.edges ?? []).filter((e) => e.type === "OVERLAPS"),
    [props.edges, districtGraph.data],
  );

  // ── size ──
  useEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      if (r.width > 10 && r.height > 10) setSize({ w: Math.round(r.width), h: Math.round(r.height) });
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const { w: W, h: H } = size;
  const features = geo.data?.features ?? [];
  const districtNodes = useMemo(() => nodes.filter((n) => n.type === "District"), [nodes]);
  const nodeById = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const nodeByAdcode = useMemo(
    () => new Map(districtNodes.filter((n) => n.props.adcode != null).map((n) => [String(n.props.adcode), n])),
    [districtNodes],
  );
  const zones = useMemo(
    () => districtNodes.filter((n) => n.props.kind === "zone" && Number.isFinite(Number(n.props.lon))),
    [districtNodes],
  );

  // ── projection & geometry ──
  // The main-city inset takes the bottom-left corner; the whole city fits beside/above it.
  const frame = useMemo(() => {
    const tall = H > W * 0.95;
    const iw = Math.round(tall ? Math.min(W * 0.6, 300) : Math.min(W * 0.32, 340));
    const ih = Math.round(tall ? Math.min(H * 0.36, 320) : Math.min(H * 0.55, 400));
    const inset = { x: 8, y: H - ih - 8, w: iw, h: ih };
    const map = tall ? { x: 0, y: 0, w: W, h: H - ih - 8 } : { x: iw + 8, y: 0, w: W - iw - 8, h: H };
    return { inset, map, tall };
  }, [W, H]);
  const project = useMemo(() => {
    const b = features.length ? collectionBounds(features) : ([105.29, 28.16, 110.2, 32.2] as [number, number, number, number]);
    const m = frame.map;
    return fitProjection(b, m.w, m.h, { x: Math.max(24, m.w * 0.1), y: Math.max(20, m.h * 0.05) }, { x: m.x, y: m.y });
  }, [features, frame]);
  const mainFeatures = useMemo(() => features.filter((f) => MAIN_CITY.has(f.properties.name)), [features]);
  const coreFeatures = useMemo(() => features.filter((f) => CORE.has(f.properties.name)), [features]);
  const insetProject = useMemo(() => {
    const b = coreFeatures.length ? collectionBounds(coreFeatures) : ([106.3, 29.3, 106.75, 29.8] as [number, number, number, number]);
    const r = frame.inset;
    return fitProjection(b, r.w, r.h - 18, 4, { x: r.x, y: r.y + 18 });
  }, [coreFeatures, frame]);
  const mainBox = useMemo(() => {
    if (!mainFeatures.length) return null;
    const [a, b, c, d] = collectionBounds(mainFeatures);
    const p = project(a, d);
    const q = project(c, b);
    return { x: p.x, y: p.y, w: q.x - p.x, h: q.y - p.y };
  }, [mainFeatures, project]);

  const shapes = useMemo(
    () =>
      features.map((f) => {
        const node = nodeByAdcode.get(String(f.properties.adcode));
        const id = node?.id ?? `district:${f.properties.name}`;
        const anchor = labelAnchor(node?.props, f.geometry)!;
        return { id, name: f.properties.name, nameEn: node?.nameEn ?? f.properties.nameEn, d: geometryPath(f.geometry, project), at: project(anchor[0], anchor[1]) };
      }),
    [features, nodeByAdcode, project],
  );

  const insetShapes = useMemo(() => {
    const r = frame.inset;
    const [lon0, lat1] = insetProject.invert({ x: r.x, y: r.y + 18 });
    const [lon1, lat0] = insetProject.invert({ x: r.x + r.w, y: r.y + r.h });
    return features
      .filter((f) => {
        const [a, b, c, d] = collectionBounds([f]);
        return a < lon1 && c > lon0 && b < lat1 && d > lat0;
      })
      .map((f) => {
        const node = nodeByAdcode.get(String(f.properties.adcode));
        const id = node?.id ?? `district:${f.properties.name}`;
        const anchor = labelAnchor(node?.props, f.geometry)!;
        let at = insetProject(anchor[0], anchor[1]);
        const half = textWidth(mapName(f.properties.name), 11) / 2 + 3;
        const inside = (p: Point) => p.x > r.x + half && p.x < r.x + r.w - half && p.y > r.y + 26 && p.y < r.y + r.h - 8;
        if (!inside(at)) {
          // a big neighbour: label it at the middle of its visible part
          const [lo, la] = collectionBounds([f]);
          const q0 = insetProject(Math.max(lo, lon0), Math.min(collectionBounds([f])[3], lat1));
          const q1 = insetProject(Math.min(collectionBounds([f])[2], lon1), Math.max(la, lat0));
          at = { x: (q0.x + q1.x) / 2, y: (q0.y + q1.y) / 2 };
        }
        return { id, name: f.properties.name, d: geometryPath(f.geometry, insetProject), at, core: CORE.has(f.properties.name), labelled: inside(at) };
      });
  }, [features, nodeByAdcode, insetProject, frame]);

  // ── choropleth ──
  const values = useMemo(() => choroplethValues(overlap, industry), [overlap, industry]);
  const countAll = useMemo(() => choroplethValues(overlap), [overlap]);
  const max = useMemo(() => Math.max(0, ...shapes.map((s) => values.get(s.id) ?? 0)), [shapes, values]);
  const bins = useMemo(() => choroplethBins(max, !!industry), [max, industry]);
  const industryName = (id: string) => nodeById.get(id)?.name ?? shortId(id);

  // ── zones & overlaps ──
  const overlapsOf = useMemo(() => {
    const m = new Map<string, Set<string>>();
    for (const e of overlapEdges) {
      if (!m.has(e.source)) m.set(e.source, new Set());
      m.get(e.source)!.add(e.target);
    }
    return m;
  }, [overlapEdges]);
  const zoneFocus = [hover, selected].find((id) => id && zones.some((z) => z.id === id)) ?? null;
  const spanned = zoneFocus ? (overlapsOf.get(zoneFocus) ?? new Set<string>()) : new Set<string>();
  const zonePoints = useMemo(
    () => zones.map((z) => ({ node: z, at: project(Number(z.props.lon), Number(z.props.lat)) })),
    [zones, project],
  );

  // ── graph layout: District nodes at their coordinates, industries on a ring ──
  const nodePos = useMemo(() => {
    const m = new Map<string, Point>();
    for (const n of districtNodes) {
      const lon = Number(n.props.lon);
      const lat = Number(n.props.lat);
      if (Number.isFinite(lon) && Number.isFinite(lat)) m.set(n.id, project(lon, lat));
    }
    for (const s of shapes) if (!m.has(s.id)) m.set(s.id, s.at);
    return m;
  }, [districtNodes, shapes, project]);
  const links = useMemo(() => {
    const out: { industry: string; district: string }[] = [];
    overlap.districts.forEach((d, i) =>
      overlap.industries.forEach((ind, j) => {
        if (overlap.matrix[i]?.[j]) out.push({ industry: ind, district: d });
      }),
    );
    return out;
  }, [overlap]);
  const ring = useMemo(() => {
    const items = overlap.industries.map((ind) => ({
      id: ind,
      points: links.filter((l) => l.industry === ind).map((l) => nodePos.get(l.district)).filter((p): p is Point => !!p),
    }));
    const m = frame.map;
    return ringLayout(items, m.x + m.w / 2, m.y + m.h / 2, m.w / 2 - Math.max(60, m.w * 0.1), m.h / 2 - 30);
  }, [overlap, links, nodePos, frame]);

  // ── labels (screen-size constant: font-size / k; greedy, hidden where they would overlap) ──
  const k = t.k;
  const labels = useMemo(() => {
    const blocked: Box2[] = zonePoints.map(({ at }) => ({ x0: at.x - 8 / k, y0: at.y - 8 / k, x1: at.x + 8 / k, y1: at.y + 8 / k }));
    const zoneItems = zonePoints.map(({ node, at }) => {
      const w = textWidth(node.name, 11) + 2;
      return { id: node.id, x: at.x + (10 + w / 2) / k, y: at.y, w, h: 13, priority: 100000 };
    });
    const lift = mode === "graph" ? 10 : 0;
    const items = shapes.map((s) => {
      const n = countAll.get(s.id) ?? 0;
      const fs = n > 0 ? LABEL_MAIN : LABEL_MINOR;
      const text = mapName(s.name);
      return { id: s.id, x: s.at.x, y: s.at.y - lift / k, w: textWidth(text, fs) + 2, h: fs + 2, priority: (s.id === selected ? 1000 : 0) + n * 10 + (n > 0 ? 100 : 0), fs, text };
    });
    const placed = placeLabels([...zoneItems, ...items], k, blocked);
    const zoneLabels = new Map(zoneItems.map((z, i) => [z.id, { x: (placed[i].x - zonePoints[i].at.x) * k - zoneItems[i].w / 2, y: (placed[i].y - zonePoints[i].at.y) * k }]));
    const districtLabels = items.map((it, i) => ({ ...placed[zoneItems.length + i], fs: it.fs, text: it.text, minor: (countAll.get(it.id) ?? 0) === 0 }));
    return { zoneLabels, districtLabels };
  }, [shapes, countAll, k, zonePoints, selected, mode]);

  const insetZones = useMemo(() => {
    const r = frame.inset;
    return zones
      .map((z) => ({ node: z, at: insetProject(Number(z.props.lon), Number(z.props.lat)) }))
      .filter(({ at }) => at.x > r.x && at.x < r.x + r.w && at.y > r.y + 18 && at.y < r.y + r.h);
  }, [zones, insetProject, frame]);
  const insetLabels = useMemo(() => {
    const blocked: Box2[] = insetZones.map(({ at }) => ({ x0: at.x - 8, y0: at.y - 8, x1: at.x + 8, y1: at.y + 8 }));
    const zoneItems = insetZones.map(({ node, at }) => {
      const w = textWidth(node.name, 11) + 2;
      return { id: node.id, x: at.x + 10 + w / 2, y: at.y, w, h: 13, priority: 50 };
    });
    const items = insetShapes.map((s) => {
      const n = countAll.get(s.id) ?? 0;
      const priority = !s.labelled ? -1e6 : (s.core ? 100 : 0) + n * 10 + (s.id === selected ? 1000 : 0);
      return { id: s.id, x: s.at.x, y: s.at.y, w: textWidth(mapName(s.name), 11) + 2, h: 13, priority };
    });
    const r = frame.inset;
    const placed = placeLabels([...zoneItems, ...items], 1, blocked, { x0: r.x + 2, y0: r.y + 18, x1: r.x + r.w - 2, y1: r.y + r.h - 2 });
    return {
      zones: new Map(zoneItems.map((z, i) => [z.id, { x: placed[i].x - z.x + 10, y: placed[i].y - z.y }])),
      districts: items.map((_, i) => placed[zoneItems.length + i]),
    };
  }, [insetShapes, insetZones, countAll, selected, frame]);

  // ── pan & zoom ──
  const toSvg = useCallback((clientX: number, clientY: number): Point => {
    const r = svgRef.current?.getBoundingClientRect();
    return r ? { x: clientX - r.left, y: clientY - r.top } : { x: clientX, y: clientY };
  }, []);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const p = toSvg(e.clientX, e.clientY);
      const factor = Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015));
      setT((cur) => zoomAbout(cur, factor, p.x, p.y));
    };
    svg.addEventListener("wheel", onWheel, { passive: false });
    return () => svg.removeEventListener("wheel", onWheel);
  }, [toSvg]);
  const drag = useRef<{ x: number; y: number; t: Transform; moved: boolean; id: number } | null>(null);
  const suppressClick = useRef(false);
  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    drag.current = { x: e.clientX, y: e.clientY, t, moved: false, id: e.pointerId };
    suppressClick.current = false;
  };
  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const g = drag.current;
    if (!g) return;
    const dx = e.clientX - g.x;
    const dy = e.clientY - g.y;
    if (!g.moved && Math.hypot(dx, dy) < 4) return;
    if (!g.moved) {
      g.moved = true;
      svgRef.current?.setPointerCapture?.(g.id);
    }
    setT({ k: g.t.k, x: g.t.x + dx, y: g.t.y + dy });
  };
  const onPointerUp = () => {
    if (drag.current?.moved) suppressClick.current = true;
    drag.current = null;
  };
  const zoomBy = (f: number) => setT((cur) => zoomAbout(cur, f, W / 2, H / 2));
  const click = (id: string) => () => {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    onSelect(id);
  };

  // ── render ──
  const focusIndustry = mode === "graph" ? (hover && hover.startsWith("industry:") ? hover : industry) : null;
  const hot = (l: { industry: string; district: string }) =>
    (focusIndustry && l.industry === focusIndustry) || (!!selected && l.district === selected);
  const hovered = hover ? shapes.find((s) => s.id === hover) ?? zonePoints.find((z) => z.node.id === hover)?.node : null;
  const hoveredName = hovered ? ("at" in hovered && "d" in hovered ? hovered.name : (hovered as GraphNode).name) : null;
  const hoverCount = hover ? (countAll.get(hover) ?? 0) : 0;
  const status = geo.status === "error" ? `Boundaries unavailable: ${geo.error.message}` : geo.status === "loading" ? "Loading boundaries…" : null;

  return (
    <div className={`dmap${frame.tall ? " dmap-tall" : ""}`} ref={wrapRef}>
      <svg
        ref={svgRef}
        className={`dmap-svg dmap-mode-${mode}`}
        data-testid="district-map"
        data-district-count={shapes.length}
        data-mode={mode}
        data-zoom={t.k.toFixed(2)}
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label="Map of Chongqing's districts"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onDoubleClick={(e) => {
          const p = toSvg(e.clientX, e.clientY);
          setT((cur) => zoomAbout(cur, e.shiftKey ? 0.5 : 2, p.x, p.y));
        }}
      >
        <g transform={`translate(${t.x},${t.y}) scale(${t.k})`}>
          <g className="dmap-districts">
            {shapes.map((s) => {
              const v = values.get(s.id) ?? 0;
              const cls = [
                "dmap-district",
                s.id === selected ? "is-selected" : "",
                spanned.has(s.id) ? "is-spanned" : "",
                s.id === hover ? "is-hover" : "",
              ].join(" ");
              return (
                <path
                  key={s.id}
                  className={cls}
                  d={s.d}
                  fill={binOf(v, bins).color}
                  data-id={s.id}
                  data-value={v}
                  vectorEffect="non-scaling-stroke"
                  onClick={click(s.id)}
                  onPointerEnter={() => setHover(s.id)}
                  onPointerLeave={() => setHover((h) => (h === s.id ? null : h))}
                >
                  <title>{`${s.name} ${s.nameEn ?? ""} — ${countAll.get(s.id) ?? 0} industries`}</title>
                </path>
              );
            })}
          </g>
          {/* outlines drawn on top so neighbours do not cover them */}
          <g className="dmap-outlines" pointerEvents="none">
            {shapes
              .filter((s) => spanned.has(s.id))
              .map((s) => (
                <path key={`span-${s.id}`} className="dmap-outline-spanned" d={s.d} vectorEffect="non-scaling-stroke" />
              ))}
            {shapes
              .filter((s) => s.id === selected)
              .map((s) => (
                <path key={`sel-${s.id}`} className="dmap-outline-selected" d={s.d} vectorEffect="non-scaling-stroke" />
              ))}
          </g>

          {mode === "graph" && (
            <g className="dmap-graph">
              <g className="dmap-links">
                {links.map((l) => {
                  const a = ring.get(l.industry);
                  const b = nodePos.get(l.district);
                  if (!a || !b) return null;
                  return (
                    <line
                      key={`${l.industry}|${l.district}`}
                      className={`dmap-link${hot(l) ? " is-hot" : ""}`}
                      x1={a.x}
                      y1={a.y}
                      x2={b.x}
                      y2={b.y}
                      vectorEffect="non-scaling-stroke"
                    />
                  );
                })}
              </g>
              <g className="dmap-nodes">
                {districtNodes
                  .filter((n) => n.props.kind !== "zone")
                  .map((n) => {
                    const p = nodePos.get(n.id);
                    if (!p) return null;
                    const c = countAll.get(n.id) ?? 0;
                    const r = (c > 0 ? 3 + Math.sqrt(c) * 1.6 : 2.5) / k;
                    return (
                      <circle
                        key={n.id}
                        className={`dmap-node${c ? "" : " is-empty"}${n.id === selected ? " is-selected" : ""}`}
                        data-testid="map-district-node"
                        data-id={n.id}
                        cx={p.x}
                        cy={p.y}
                        r={r}
                        onClick={click(n.id)}
                        onPointerEnter={() => setHover(n.id)}
                        onPointerLeave={() => setHover((h) => (h === n.id ? null : h))}
                      />
                    );
                  })}
              </g>
              <g className="dmap-industries">
                {overlap.industries.map((ind) => {
                  const p = ring.get(ind);
                  if (!p) return null;
                  const name = industryName(ind);
                  const tw = textWidth(name, 12);
                  const sx = p.x * k + t.x; // on screen
                  const vertical = Math.abs(Math.sin(p.angle)) > 0.97;
                  let right = Math.cos(p.angle) >= 0;
                  if (right && sx + 10 + tw > W - 4) right = false;
                  else if (!right && sx - 10 - tw < 4) right = true;
                  const anchor = vertical ? "middle" : right ? "start" : "end";
                  const tx = vertical ? 0 : right ? 10 : -10;
                  const ty = vertical ? (Math.sin(p.angle) < 0 ? -10 : 18) : 4;
                  const on = ind === focusIndustry;
                  return (
                    <g
                      key={ind}
                      className={`dmap-industry${on ? " is-on" : ""}`}
                      data-testid="map-industry-node"
                      data-id={ind}
                      transform={`translate(${p.x},${p.y}) scale(${1 / k})`}
                      onClick={() => {
                        if (suppressClick.current) return void (suppressClick.current = false);
                        setIndustry(ind === industry ? null : ind);
                      }}
                      onPointerEnter={() => setHover(ind)}
                      onPointerLeave={() => setHover((h) => (h === ind ? null : h))}
                    >
                      <circle r={6} fill={INDUSTRY_COLOR} />
                      <text x={tx} y={ty} textAnchor={anchor}>
                        {name}
                      </text>
                    </g>
                  );
                })}
              </g>
            </g>
          )}

          <g className="dmap-leaders" pointerEvents="none">
            {shapes.map((s, i) => {
              const l = labels.districtLabels[i];
              const ay = s.at.y - (mode === "graph" ? 10 / k : 0);
              if (!l.visible || (l.x === s.at.x && l.y === ay)) return null;
              const ex = l.x + (s.at.x - l.x) * 0.0;
              const ey = l.y + (s.at.y > l.y ? 1 : -1) * (l.fs / 2 / k);
              return (
                <g key={s.id}>
                  <line x1={s.at.x} y1={s.at.y} x2={ex} y2={ey} vectorEffect="non-scaling-stroke" />
                  <circle cx={s.at.x} cy={s.at.y} r={1.8 / k} />
                </g>
              );
            })}
          </g>
          <g className="dmap-labels" pointerEvents="none">
            {shapes.map((s, i) => {
              const l = labels.districtLabels[i];
              return (
                <text
                  key={s.id}
                  data-testid="district-label"
                  data-id={s.id}
                  data-name={s.name}
                  data-hidden={l.visible ? undefined : "true"}
                  className={`dmap-label${l.minor ? " is-minor" : ""}${s.id === selected ? " is-selected" : ""}`}
                  x={l.x}
                  y={l.y}
                  dy="0.35em"
                  fontSize={l.fs / k}
                  strokeWidth={3 / k}
                  visibility={l.visible ? undefined : "hidden"}
                  textAnchor="middle"
                >
                  {l.text}
                </text>
              );
            })}
          </g>

          <g className="dmap-zones">
            {zonePoints.map(({ node, at }) => {
              const n = countAll.get(node.id) ?? 0;
              const named = industry ? (values.get(node.id) ?? 0) > 0 : n > 0;
              const cls = [
                "dmap-zone",
                node.id === selected ? "is-selected" : "",
                node.id === zoneFocus ? "is-focus" : "",
                named ? "" : "is-dim",
              ].join(" ");
              return (
                <g
                  key={node.id}
                  className={cls}
                  data-testid="zone-marker"
                  data-id={node.id}
                  transform={`translate(${at.x},${at.y}) scale(${1 / k})`}
                  onClick={click(node.id)}
                  onPointerEnter={() => setHover(node.id)}
                  onPointerLeave={() => setHover((h) => (h === node.id ? null : h))}
                >
                  <title>{`${node.name} — development zone; ${n} industries; overlaps ${[...(overlapsOf.get(node.id) ?? [])].map(shortId).join("、") || "—"}`}</title>
                  <path d="M0,-8 L7,-4 L7,4 L0,8 L-7,4 L-7,-4 Z" />
                  {n > 0 && (
                    <text className="dmap-zone-count" y={3.5} textAnchor="middle">
                      {industry ? (named ? "✓" : "") : n}
                    </text>
                  )}
                  <text className="dmap-zone-name" x={labels.zoneLabels.get(node.id)?.x ?? 10} y={(labels.zoneLabels.get(node.id)?.y ?? 0) + 4}>
                    {node.name}
                  </text>
                </g>
              );
            })}
          </g>
          {mainBox && t.k < INSET_UNTIL_ZOOM && (
            <rect className="dmap-mainbox" x={mainBox.x} y={mainBox.y} width={mainBox.w} height={mainBox.h} vectorEffect="non-scaling-stroke" />
          )}
        </g>

        {t.k < INSET_UNTIL_ZOOM && insetShapes.length > 0 && (
          <g
            className="dmap-inset"
            data-testid="map-inset"
            onPointerDown={(e) => {
              e.stopPropagation();
              suppressClick.current = false;
            }}
          >
            <rect className="dmap-inset-frame" x={frame.inset.x} y={frame.inset.y} width={frame.inset.w} height={frame.inset.h} rx={4} />
            <text className="dmap-inset-title" x={frame.inset.x + 6} y={frame.inset.y + 13}>
              主城区 main city
            </text>
            <clipPath id="dmap-inset-clip">
              <rect x={frame.inset.x} y={frame.inset.y + 18} width={frame.inset.w} height={frame.inset.h - 18} />
            </clipPath>
            <g clipPath="url(#dmap-inset-clip)">
            {insetShapes.map((s) => (
              <path
                key={s.id}
                className={`dmap-district${s.id === hover ? " is-hover" : ""}`}
                d={s.d}
                fill={binOf(values.get(s.id) ?? 0, bins).color}
                data-id={s.id}
                onClick={click(s.id)}
                onPointerEnter={() => setHover(s.id)}
                onPointerLeave={() => setHover((h) => (h === s.id ? null : h))}
              >
                <title>{`${s.name} — ${countAll.get(s.id) ?? 0} industries`}</title>
              </path>
            ))}
            {insetShapes
              .filter((s) => spanned.has(s.id))
              .map((s) => (
                <path key={`span-${s.id}`} className="dmap-outline-spanned" d={s.d} pointerEvents="none" />
              ))}
            {insetShapes
              .filter((s) => s.id === selected)
              .map((s) => (
                <path key={`sel-${s.id}`} className="dmap-outline-selected" d={s.d} pointerEvents="none" />
              ))}
            </g>
            <g className="dmap-leaders" pointerEvents="none">
              {insetShapes.map((s, i) => {
                const l = insetLabels.districts[i];
                if (!s.labelled || !l.visible || (l.x === s.at.x && l.y === s.at.y)) return null;
                return (
                  <g key={s.id}>
                    <line x1={s.at.x} y1={s.at.y} x2={l.x} y2={l.y + (s.at.y > l.y ? 6 : -6)} />
                    <circle cx={s.at.x} cy={s.at.y} r={1.8} />
                  </g>
                );
              })}
            </g>
            {insetShapes.map((s, i) => {
              const l = insetLabels.districts[i];
              if (!s.labelled) return null;
              const minor = (countAll.get(s.id) ?? 0) === 0;
              return (
                <text
                  key={`l-${s.id}`}
                  data-testid="district-label-inset"
                  data-id={s.id}
                  className={`dmap-label${minor ? " is-minor" : ""}${s.id === selected ? " is-selected" : ""}`}
                  x={l.x}
                  y={l.y}
                  dy="0.35em"
                  fontSize={11}
                  strokeWidth={3}
                  textAnchor="middle"
                  visibility={l.visible ? undefined : "hidden"}
                  pointerEvents="none"
                >
                  {mapName(s.name)}
                </text>
              );
            })}
            {insetZones.map(({ node, at }) => {
              const n = countAll.get(node.id) ?? 0;
              const named = industry ? (values.get(node.id) ?? 0) > 0 : n > 0;
              const off = insetLabels.zones.get(node.id) ?? { x: 10, y: 0 };
              return (
                <g
                  key={node.id}
                  className={`dmap-zone${node.id === selected ? " is-selected" : ""}${node.id === zoneFocus ? " is-focus" : ""}${named ? "" : " is-dim"}`}
                  data-id={node.id}
                  transform={`translate(${at.x},${at.y})`}
                  onClick={click(node.id)}
                  onPointerEnter={() => setHover(node.id)}
                  onPointerLeave={() => setHover((h) => (h === node.id ? null : h))}
                >
                  <path d="M0,-8 L7,-4 L7,4 L0,8 L-7,4 L-7,-4 Z" />
                  {n > 0 && (
                    <text className="dmap-zone-count" y={3.5} textAnchor="middle">
                      {industry ? (named ? "✓" : "") : n}
                    </text>
                  )}
                  <text className="dmap-zone-name" x={off.x} y={off.y + 4}>
                    {node.name}
                  </text>
                </g>
              );
            })}
          </g>
        )}
      </svg>

      {status && <div className="dmap-status">{status}</div>}

      <div className="dmap-controls">
        <button
          type="button"
          data-testid="map-toggle"
          aria-pressed={mode === "graph"}
          title="Toggle the choropleth map and the geographic layout of the graph"
          onClick={() => setMode(mode === "map" ? "graph" : "map")}
        >
          {mode === "map" ? "Graph on map" : "Map only"}
        </button>
        <div className="dmap-zoom">
          <button type="button" data-testid="map-zoom-in" title="Zoom in" onClick={() => zoomBy(1.5)}>
            +
          </button>
          <button type="button" data-testid="map-zoom-out" title="Zoom out" onClick={() => zoomBy(1 / 1.5)}>
            −
          </button>
          <button type="button" data-testid="map-zoom-fit" title="Fit Chongqing" onClick={() => setT(IDENTITY)}>
            Fit
          </button>
        </div>
      </div>

      <div
        className="dmap-legend"
        data-testid="map-legend"
        style={frame.tall ? { maxWidth: Math.max(150, W - frame.inset.w - 28) } : undefined}
      >
        <label className="dmap-industry-select">
          <span>Colour by</span>
          <select data-testid="map-industry" value={industry ?? ""} onChange={(e) => setIndustry(e.target.value || null)}>
            <option value="">All (count)</option>
            {overlap.industries.map((ind) => (
              <option key={ind} value={ind}>
                {industryName(ind)}
              </option>
            ))}
          </select>
        </label>
        <div className="dmap-legend-title">
          {industry ? `Key districts of ${industryName(industry)}` : "Industries naming the district as key (重点区县)"}
        </div>
        <ul className="dmap-bins">
          {bins.map((b) => (
            <li key={b.label}>
              <span className="dmap-swatch" style={{ background: b.color }} />
              {b.label}
            </li>
          ))}
        </ul>
        <div className="dmap-legend-zone">
          <svg width="14" height="16" viewBox="-8 -9 16 18" aria-hidden>
            <path d="M0,-8 L7,-4 L7,4 L0,8 L-7,4 L-7,-4 Z" fill={ZONE_COLOR} />
          </svg>
          zone: industries on the marker; hover outlines its districts
        </div>
        <div className="dmap-hover" aria-live="polite">
          {hoveredName
            ? hover?.startsWith("industry:")
              ? `${hoveredName}`
              : `${hoveredName}: ${hoverCount} ${hoverCount === 1 ? "industry" : "industries"}`
            : hover?.startsWith("industry:")
              ? industryName(hover)
              : "\u00a0"}
        </div>
      </div>
    </div>
  );
}

export default DistrictMap;
