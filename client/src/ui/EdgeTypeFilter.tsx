/**
 * Show or hide each connection type, with how many of each there are: the overview's sidebar and
 * the path view ("supply links only") use the same control.
 */
import type { EdgeType } from "../../../contract/graph.js";
import { useMessages } from "./i18n.js";

export interface EdgeTypeFilterProps {
  /** The types to offer, in order, with their counts (types with no edge may be left out). */
  counts: ReadonlyArray<readonly [EdgeType, number]>;
  hidden: ReadonlySet<EdgeType>;
  onToggle: (type: EdgeType, shown: boolean) => void;
  /** Show every type (null), or only these. */
  onOnly: (types: EdgeType[] | null) => void;
  testId?: string;
}

export function EdgeTypeFilter({ counts, hidden, onToggle, onOnly, testId = "edge-type-filter" }: EdgeTypeFilterProps) {
  const m = useMessages();
  return (
    <fieldset className="edge-type-filter" data-testid={testId}>
      <legend>
        {m.common.edgeTypes}
        <span className="filter-all-none">
          <button type="button" className="link-button" onClick={() => onOnly(null)}>
            {m.common.all}
          </button>
          <button type="button" className="link-button" onClick={() => onOnly([])}>
            {m.common.none}
          </button>
        </span>
      </legend>
      {counts.map(([type, n]) => (
        <label key={type} className="edge-type-option" data-testid={`edge-filter-${type}`}>
          <input type="checkbox" checked={!hidden.has(type)} onChange={(e) => onToggle(type, e.target.checked)} />
          <span className="edge-type-name">{m.common.edgeType(type)}</span>
          <span className="count">{n}</span>
        </label>
      ))}
    </fieldset>
  );
}
