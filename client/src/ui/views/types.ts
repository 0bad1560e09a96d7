import type { Health, Subgraph } from "../../../../contract/api.js";
import type { NodeType } from "../../../../contract/graph.js";
import type { ViewState } from "../../core/viewState.js";
import type { Remote } from "../useRemote.js";
import type { UpdateViewState } from "../useViewState.js";
import type { GraphHistory } from "../useGraphHistory.js";

/** What every view receives from the app shell. */
export interface ViewProps {
  /** The whole graph, loaded once by the shell. */
  graph: Remote<Subgraph> & { retry: () => void };
  /** The server's health, loaded once by the shell: which store answers (memory or neo4j). */
  health: Remote<Health>;
  state: ViewState;
  update: UpdateViewState;
  /** Select a node (showing its type if hidden), or clear the selection with null. */
  onSelect: (id: string | null, type: NodeType | null) => void;
  /** Undo/redo of graph changes (the shell keeps it across views; Ctrl/Cmd+Z in the shell too). */
  graphHistory?: GraphHistory;
}
