/**
 * District view: the analyst's districts × industries. Main area in three modes — the map
 * (ui/districts/DistrictMap), the matrix with the ranking of districts alike, and industry
 * co-location — beside the selected district's panel (portfolio, districts like it) and the evidence
 * of a clicked matrix cell. A district (or industry) hovered or focused anywhere in the view is
 * outlined on the map; beside the matrix and the co-location a small locator map shows it.
 * A plan whose region has no boundaries (core/plansMap.ts) gets one line instead of the map, and
 * the matrix under it; districts the map cannot place are listed under it, not drawn.
 * URL: `?view=districts&district=district:两江新区&mode=map|matrix|graph&sort=<rows>,<cols>&by=<industry id>|similar&overlay=1`.
 */
import { useCallback, useMemo, useState } from "react";
import type { GraphNode } from "../../../../contract/graph.js";
import { sortIndustries } from "../../core/chainLayout.js";
import {
  DISTRICT_MODES,
  alikeFor,
  keyDistrictEdgeId,
  matrixCsv,
  matrixView,
  pairsCsv,
  portfolio,
  rankedPairs,
  type DistrictMode,
} from "../../core/districts.js";
import { displayName, displayNameLang, nameFromId } from "../../core/names.js";
import { mapCoverage, placeable } from "../../core/plansMap.js";
import { setCamera, setDistrict, setDistrictMode, setDistrictSort, setMapIndustry, setMapOverlay, type ViewState } from "../../core/viewState.js";
import { useApi } from "../apiContext.js";
import { CellEvidence } from "../districts/CellEvidence.js";
import { ColocationGraph } from "../districts/ColocationGraph.js";
import { DistrictMap } from "../districts/DistrictMap.js";
import { DistrictMatrix } from "../districts/DistrictMatrix.js";
import { DistrictPairs } from "../districts/DistrictPairs.js";
import { DistrictPanel } from "../districts/DistrictPanel.js";
import { UnplacedDistricts } from "../districts/UnplacedDistricts.js";
import { NoBoundaries } from "../plans/NoBoundaries.js";
import { usePlans } from "../plans/PlanScope.js";
import { downloadText } from "../download.js";
import { useMessages } from "../i18n.js";
import { ErrorState, Loading } from "../StatusMessage.js";
import { useRemote } from "../useRemote.js";
import type { ViewProps } from "./types.js";

const MODE_KEY = { map: "modeMap", matrix: "modeMatrix", graph: "modeGraph" } as const satisfies Record<DistrictMode, string>;

export function DistrictsView({ graph, state, update, onSelect }: ViewProps) {
  const mm = useMessages();
  const m = mm.districts;
  const api = useApi();
  // What is pointed at (hovered or focused) anywhere in the view: outlined on the map.
  const [spot, setSpot] = useState<string | null>(null);
  const onPoint = useCallback((id: string, on: boolean) => setSpot((s) => (on ? id : s === id ? null : s)), []);
  const overlap = useRemote(useCallback((signal: AbortSignal) => api.districtOverlap(signal), [api]));
  const [cell, setCell] = useState<{ district: string; industry: string } | null>(null);

  const nodes = graph.data?.nodes;
  const edges = graph.data?.edges ?? EMPTY_EDGES;
  const byId = useMemo(() => new Map((nodes ?? []).map((n) => [n.id, n])), [nodes]);
  const mapNodes = useMemo(() => (nodes ?? []).filter((n) => n.type === "District" || n.type === "Industry"), [nodes]);
  const { plans, plan } = usePlans();
  const chosen = plans?.find((p) => p.id === plan);
  const coverage = useMemo(() => mapCoverage(chosen, mapNodes), [chosen, mapNodes]);
  // the map draws only the districts it can place; the others are listed under it
  const placedNodes = useMemo(() => mapNodes.filter((n) => n.type !== "District" || placeable(n)), [mapNodes]);
  const nameOf = useCallback((id: string) => {
    const n = byId.get(id);
    return n ? displayName(n, state.lang) : nameFromId(id);
  }, [byId, state.lang]);
  const langOf = useCallback((id: string) => {
    const n = byId.get(id);
    return n ? displayNameLang(n, state.lang) : "zh";
  }, [byId, state.lang]);
  const kindOf = useCallback((id: string) => {
    const k = byId.get(id)?.props.kind;
    return typeof k === "string" ? k : undefined;
  }, [byId]);
  const industryRank = useMemo(() => {
    const order = new Map(sortIndustries(mapNodes).map((n, i) => [n.id, i]));
    return (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  }, [mapNodes]);

  const data = overlap.status === "ok" ? overlap.data : null;
  const view = useMemo(() => (data ? matrixView(data, state.districtSort, nameOf, industryRank) : null), [data, state.districtSort, nameOf, industryRank]);
  const pairs = useMemo(() => (data ? rankedPairs(data) : []), [data]);
  const planIndustries = useMemo(() => (data ? [...data.industries].sort((a, b) => industryRank(a) - industryRank(b)) : []), [data, industryRank]);

  const district = state.district && data?.districts.includes(state.district) ? state.district : null;
  const industries = useMemo(
    () => (data && district ? portfolio(data, district).sort((a, b) => industryRank(a) - industryRank(b)) : []),
    [data, district, industryRank],
  );
  const alike = useMemo(
    () =>
      data && district
        ? alikeFor(data, district, nameOf).map((a) => ({ ...a, shared: [...a.shared].sort((x, y) => industryRank(x) - industryRank(y)) }))
        : [],
    [data, district, nameOf, industryRank],
  );
  const districtEdges = useMemo(() => {
    const isDistrict = (id: string) => byId.get(id)?.type === "District";
    return edges.filter((e) => isDistrict(e.source) && isDistrict(e.target));
  }, [edges, byId]);
  const edgeById = useMemo(() => new Map(edges.map((e) => [e.id, e])), [edges]);

  const selectDistrict = useCallback((id: string) => update(setDistrict(id), { history: "push" }), [update]);
  const go = useCallback((next: ViewState) => update(() => next, { history: "push" }), [update]);

  const mode = state.districtMode;
  let status = null;
  if (overlap.status === "loading" || graph.status === "loading") status = <Loading what={m.loadingWhat} />;
  else if (overlap.status === "error") status = <ErrorState title={mm.common.couldNotLoad(m.theOverlap)} error={overlap.error} onRetry={overlap.retry} />;
  else if (graph.status === "error") status = <ErrorState title={mm.common.couldNotLoad(mm.common.theGraph)} error={graph.error} onRetry={graph.retry} />;
  const noMap = coverage.kind === "none";
  const map = (compact: boolean) =>
    coverage.kind === "none" ? (
      <NoBoundaries region={coverage.region || chosen?.title || ""} />
    ) : data && graph.status === "ok" ? (
      <DistrictMap
        compact={compact}
        overlap={data}
        nodes={placedNodes}
        edges={districtEdges}
        selected={district}
        onSelect={selectDistrict}
        industry={state.mapIndustry || null}
        onIndustry={(id) => update(setMapIndustry(id ?? ""))}
        overlay={state.mapOverlay && !compact}
        onOverlay={(on) => update(setMapOverlay(on))}
        spot={spot}
        lang={state.lang}
        camera={compact ? undefined : state.camera}
        onCamera={(c) => update(setCamera(c), { history: "replace" })}
      />
    ) : null;

  return (
    <div className="districts-view" data-mode={mode} data-boundaries={coverage.kind}>
      <div className="view-toolbar">
        <div className="mode-switch" role="tablist" aria-label={m.modeSwitch}>
          {DISTRICT_MODES.map((tab) => (
            <button
              key={tab}
              type="button"
              role="tab"
              aria-selected={mode === tab}
              className={mode === tab ? "on" : undefined}
              data-testid={`district-mode-${tab}`}
              onClick={() => update(setDistrictMode(tab), { history: "push" })}
            >
              {m[MODE_KEY[tab]]}
            </button>
          ))}
        </div>
        <span className="toolbar-spacer" />
        <span className="district-downloads">
          <button
            type="button"
            data-testid="export-matrix-csv"
            disabled={!data || !view}
            title={m.matrixCsvTitle}
            onClick={() => data && view && downloadText("district-industry-matrix.csv", matrixCsv(data, view, nameOf))}
          >
            {m.matrixCsv}
          </button>
          <button
            type="button"
            data-testid="export-pairs-csv"
            disabled={!data}
            title={m.pairsCsvTitle}
            onClick={() => data && downloadText("district-pairs.csv", pairsCsv(data, nameOf))}
          >
            {m.pairsCsv}
          </button>
        </span>
      </div>
      <div className="districts-body">
        <div className="districts-main">
          {status}
          {view && mode === "map" && map(false)}
          {view && mode === "map" && coverage.kind === "map" && (
            <UnplacedDistricts ids={coverage.unplaced.map((n) => n.id)} nameOf={nameOf} langOf={langOf} selected={district} onSelect={selectDistrict} />
          )}
          {data && view && (mode === "matrix" || (mode === "map" && noMap)) && (
            <>
              <DistrictMatrix
                overlap={data}
                view={view}
                sort={state.districtSort}
                onSort={(s) => update(setDistrictSort(s))}
                nameOf={nameOf}
                kindOf={kindOf}
                selected={district}
                cell={cell}
                onPoint={onPoint}
                onSelectDistrict={(id) => {
                  setCell(null);
                  selectDistrict(id);
                }}
                onCell={(d, i) => {
                  setCell({ district: d, industry: i });
                  selectDistrict(d);
                }}
              />
              <DistrictPairs pairs={pairs} nameOf={nameOf} onSelectDistrict={selectDistrict} onPoint={onPoint} />
            </>
          )}
          {data && mode === "graph" && graph.status === "ok" && (
            <ColocationGraph
              overlap={data}
              industries={planIndustries}
              nameOf={nameOf}
              selected={state.selected}
              onSelectNode={onSelect}
              onSelectDistrict={selectDistrict}
              onPoint={onPoint}
            />
          )}
        </div>
        <aside className="districts-side" aria-label={m.sideLabel}>
          {mode !== "map" && !noMap && (
            <section className="district-locator" aria-label={m.locator}>
              {map(true)}
            </section>
          )}
          {cell && mode === "matrix" && (
            <CellEvidence
              district={cell.district}
              industry={cell.industry}
              edge={edgeById.get(keyDistrictEdgeId(cell.industry, cell.district))}
              nameOf={nameOf}
              state={state}
              onOpen={go}
              onClose={() => setCell(null)}
            />
          )}
          {district ? (
            <DistrictPanel
              node={byId.get(district) as GraphNode | undefined}
              district={district}
              industries={industries}
              alike={alike}
              edges={edges}
              nameOf={nameOf}
              state={state}
              update={go}
              onSelectDistrict={selectDistrict}
              onSelectNode={onSelect}
              onPoint={onPoint}
              showGraph={mode !== "graph"}
            />
          ) : (
            <div className="details-hint" data-testid="district-panel-hint">
              <p>{m.pickHint}</p>
            </div>
          )}
        </aside>
      </div>
    </div>
  );
}

const EMPTY_EDGES: never[] = [];
