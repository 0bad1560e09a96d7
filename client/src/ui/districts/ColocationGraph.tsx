/**
 * Industry co-location (`colocation`): industries on a circle, linked by the districts they share
 * (edge width and label = how many). Clicking a link lists its districts.
 */
import { useMemo, useState } from "react";
import type { DistrictOverlap } from "../../../../contract/api.js";
import type { NodeType } from "../../../../contract/graph.js";
import { colocation, margins } from "../../core/districts.js";
import { colocationElements, colocationStylesheet } from "../../core/districtGraphs.js";
import { PresetCanvas } from "../PresetCanvas.js";

const STYLE = colocationStylesheet();

interface Props {
  overlap: DistrictOverlap;
  /** Industry ids in display (plan) order. */
  industries: string[];
  nameOf: (id: string) => string;
  selected: string | null;
  onSelectNode: (id: string | null, type: NodeType | null) => void;
  onSelectDistrict: (id: string) => void;
}

export function ColocationGraph({ overlap, industries, nameOf, selected, onSelectNode, onSelectDistrict }: Props) {
  const links = useMemo(() => colocation(overlap), [overlap]);
  const counts = useMemo(() => {
    const { colTotals } = margins(overlap);
    return new Map(overlap.industries.map((id, j) => [id, colTotals[j]]));
  }, [overlap]);
  const elements = useMemo(
    () => colocationElements(industries, links, (id) => counts.get(id) ?? 0, nameOf),
    [industries, links, counts, nameOf],
  );
  const [picked, setPicked] = useState<string | null>(null);
  const pickedLink = links.find((l) => `COLOCATED:${l.a}--${l.b}` === picked);
  const marks = useMemo(() => ({ picked: picked ? [picked] : [] }), [picked]);
  return (
    <div className="colocation" data-testid="colocation" data-link-count={links.length}>
      <div className="colocation-canvas">
        <PresetCanvas
          name="colocation"
          elements={elements}
          stylesheet={STYLE}
          selected={selected}
          onSelect={(id) => {
            setPicked(null);
            onSelectNode(id, id ? "Industry" : null);
          }}
          onEdgeTap={(id) => setPicked(id)}
          marks={marks}
          minFitZoom={0.3}
        />
      </div>
      <aside className="colocation-side">
        {pickedLink && (
          <section className="colocation-link" data-testid="colocation-link">
            <h3 lang="zh-CN">
              {nameOf(pickedLink.a)} + {nameOf(pickedLink.b)}
            </h3>
            <p>{pickedLink.weight} districts carry both:</p>
            <ul>
              {pickedLink.districts.map((d) => (
                <li key={d}>
                  <button type="button" className="linkish" onClick={() => onSelectDistrict(d)} lang="zh-CN">
                    {nameOf(d)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <h3>Most co-located</h3>
        <p className="hint">Industries named together for the same district; the number is how many districts. Click a link for them.</p>
        <ol className="colocation-list">
          {links.slice(0, 12).map((l) => (
            <li key={`${l.a}|${l.b}`}>
              <button type="button" className="linkish" onClick={() => setPicked(`COLOCATED:${l.a}--${l.b}`)} lang="zh-CN">
                {nameOf(l.a)} + {nameOf(l.b)}
              </button>{" "}
              <strong>{l.weight}</strong>
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}
