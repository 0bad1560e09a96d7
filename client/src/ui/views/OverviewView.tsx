/** Overview: the whole graph (filtered by node type) on one canvas. */
import { useMemo } from "react";
import type { GraphData } from "../../../../contract/graph.js";
import { hierarchyRoots, toCyElements, visibleGraph } from "../../core/graphElements.js";
import { setTypes } from "../../core/viewState.js";
import { GraphCanvas } from "../GraphCanvas.js";
import { EmptyState, ErrorState, Loading } from "../StatusMessage.js";
import type { ViewProps } from "./types.js";

const NO_GRAPH: GraphData = { nodes: [], edges: [] };

export function OverviewView({ graph, state, update, onSelect }: ViewProps) {
  const visible = useMemo(() => (graph.data ? visibleGraph(graph.data, state.types) : NO_GRAPH), [graph.data, state.types]);
  const elements = useMemo(() => toCyElements(visible, state.lang), [visible, state.lang]);
  const roots = useMemo(() => hierarchyRoots(visible), [visible]);

  let overlay = null;
  if (graph.status === "loading") overlay = <Loading what="the graph" />;
  else if (graph.status === "error")
    overlay = <ErrorState title="Could not load the graph" error={graph.error} onRetry={graph.retry} />;
  else if (graph.data.nodes.length === 0) overlay = <EmptyState>The graph is empty: nothing has been imported.</EmptyState>;
  else if (elements.nodes.length === 0)
    overlay = (
      <EmptyState
        action={
          <button type="button" className="primary" onClick={() => update(setTypes(graph.data.nodes.map((n) => n.type)))}>
            Show all types
          </button>
        }
      >
        No nodes to show: every node type is filtered out.
      </EmptyState>
    );

  return (
    <GraphCanvas
      elements={elements}
      layout={state.layout}
      roots={roots}
      selected={state.selected}
      onSelect={(id) => onSelect(id, id ? (graph.data?.nodes.find((n) => n.id === id)?.type ?? null) : null)}
      busy={graph.status !== "ok"}
      overlay={overlay}
    />
  );
}
