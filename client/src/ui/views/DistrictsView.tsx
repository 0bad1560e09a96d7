/**
 * District view: the analyst's districts × industries. Main area in three modes — the map
 * (ui/districts/DistrictMap), the matrix with the ranking of districts alike, and industry
 * co-location — beside the selected district's panel (portfolio, districts like it) and the evidence
 * of a clicked matrix cell.
 * URL: `?view=districts&district=district:两江新区&mode=map|matrix|graph&sort=<rows>,<cols>&by=<industry id>&overlay=1`.
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
import { displayName, nameFromId } from "../../core/names.js";
import { setDistrict, setDistrictMode, setDistrictSort, setMapIndustry, setMapOverlay, type ViewState } from "../../core/viewState.js";
import { useApi } from "../apiContext.js";
import { CellEvidence } from "../districts/CellEvidence.js";
import { ColocationGraph } from "../districts/ColocationGraph.js";
import { DistrictMap } from "../districts/DistrictMap.js";
import { DistrictMatrix } from "../districts/DistrictMatrix.js";
import { DistrictPairs } from "../districts/DistrictPairs.js";
import { DistrictPanel } from "../districts/DistrictPanel.js";
import { downloadText } from "../districts/download.js";
import { ErrorState, Loading } from "../StatusMessage.js";
import { useRemote } from "../useRemote.js";
import type { ViewProps } from "./types.js";

const MODE_LABEL: Record<DistrictMode, string> = { map: "Map 地图", matrix: "Matrix 矩阵", graph: "Co-location 共址" };

export function DistrictsView({ graph, state, update, onSelect }: ViewProps) {
  const api = useApi();
  const overlap = useRemote(useCallback((signal: AbortSignal) => api.districtOverlap(signal), [api]));
  const [cell, setCell] = useState<{ district: string; industry: string } | null>(null);

  const nodes = graph.data?.nodes;
  const edges = graph.data?.edges ?? EMPTY_EDGES;
  const byId = useMemo(() => new Map((nodes ?? []).map((n) => [n.id, n])), [nodes]);
  const mapNodes = useMemo(() => (nodes ?? []).filter((n) => n.type === "District" || n.type === "Industry"), [nodes]);
  const nameOf = useCallback((id: string) => {
    const n = byId.get(id);
    return n ? displayName(n, state.lang) : nameFromId(id);
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
  if (overlap.status === "loading" || graph.status === "loading") status = <Loading what="the districts" />;
  else if (overlap.status === "error") status = <ErrorState title="Could not load the district overlap" error={overlap.error} onRetry={overlap.retry} />;
  else if (graph.status === "error") status = <ErrorState title="Could not load the graph" error={graph.error} onRetry={graph.retry} />;

  return (
    <div className="districts-view" data-mode={mode}>
      <div className="view-toolbar">
        <div className="mode-switch" role="tablist" aria-label="District view mode">
          {DISTRICT_MODES.map((m) => (
            <button
              key={m}
              type="button"
              role="tab"
              aria-selected={mode === m}
              className={mode === m ? "on" : undefined}
              data-testid={`district-mode-${m}`}
              onClick={() => update(setDistrictMode(m), { history: "push" })}
            >
              {MODE_LABEL[m]}
            </button>
          ))}
        </div>
        <span className="toolbar-spacer" />
        <button
          type="button"
          data-testid="export-matrix-csv"
          disabled={!data || !view}
          title="The matrix as shown, with its margins (CSV, UTF-8)"
          onClick={() => data && view && downloadText("district-industry-matrix.csv", matrixCsv(data, view, nameOf))}
        >
          Matrix CSV
        </button>
        <button
          type="button"
          data-testid="export-pairs-csv"
          disabled={!data}
          title="The pairs of districts by Jaccard (CSV, UTF-8)"
          onClick={() => data && downloadText("district-pairs.csv", pairsCsv(data, nameOf))}
        >
          Pairs CSV
        </button>
      </div>
      <div className="districts-body">
        <div className="districts-main">
          {status}
          {data && view && graph.status === "ok" && mode === "map" && (
            <DistrictMap
              overlap={data}
              nodes={mapNodes}
              edges={districtEdges}
              selected={district}
              onSelect={selectDistrict}
              industry={state.mapIndustry || null}
              onIndustry={(id) => update(setMapIndustry(id ?? ""))}
              overlay={state.mapOverlay}
              onOverlay={(on) => update(setMapOverlay(on))}
            />
          )}
          {data && view && mode === "matrix" && (
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
                onSelectDistrict={(id) => {
                  setCell(null);
                  selectDistrict(id);
                }}
                onCell={(d, i) => {
                  setCell({ district: d, industry: i });
                  selectDistrict(d);
                }}
              />
              <DistrictPairs pairs={pairs} nameOf={nameOf} onSelectDistrict={selectDistrict} />
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
            />
          )}
        </div>
        <aside className="districts-side" aria-label="The selected district">
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
              showGraph={mode !== "graph"}
            />
          ) : (
            <div className="details-hint" data-testid="district-panel-hint">
              <p>Pick a district on the map or in the matrix to see its portfolio and the districts like it.</p>
            </div>
          )}
        </aside>
      </div>
    </div>
  );
}

const EMPTY_EDGES: never[] = [];
