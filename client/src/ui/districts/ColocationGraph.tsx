/**
 * Industry co-location (`colocation`): industries on a circle, linked by the districts they share
 * (edge width and label = how many). Clicking a link lists its districts.
 */
import { useMemo, useState } from "react";
import type { DistrictOverlap } from "../../../../contract/api.js";
import type { NodeType } from "../../../../contract/graph.js";
import { colocation, margins, nameLang } from "../../core/districts.js";
import { colocationElements, colocationStylesheet } from "../../core/districtGraphs.js";
import { useMessages } from "../i18n.js";
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
  /** A district or industry hovered or focused (on) or left (off): outlined on the locator map. */
  onPoint: (id: string, on: boolean) => void;
}

export function ColocationGraph({ overlap, industries, nameOf, selected, onSelectNode, onSelectDistrict, onPoint }: Props) {
  const m = useMessages().districts;
  const pointProps = (id: string) => ({
    onPointerEnter: () => onPoint(id, true),
    onPointerLeave: () => onPoint(id, false),
    onFocus: () => onPoint(id, true),
    onBlur: () => onPoint(id, false),
  });
  const both = (a: string, b: string) => (
    <>
      <span lang={nameLang(nameOf(a))}>{nameOf(a)}</span> + <span lang={nameLang(nameOf(b))}>{nameOf(b)}</span>
    </>
  );
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
            <h3>{both(pickedLink.a, pickedLink.b)}</h3>
            <p>{m.carryBoth(pickedLink.weight)}</p>
            <ul>
              {pickedLink.districts.map((d) => (
                <li key={d}>
                  <button type="button" className="linkish" onClick={() => onSelectDistrict(d)} lang={nameLang(nameOf(d))} {...pointProps(d)}>
                    {nameOf(d)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <h3>{m.mostColocated}</h3>
        <p className="hint">{m.colocationHint}</p>
        <ol className="colocation-list">
          {links.slice(0, 12).map((l) => (
            <li key={`${l.a}|${l.b}`}>
              <button type="button" className="linkish" onClick={() => setPicked(`COLOCATED:${l.a}--${l.b}`)} {...pointProps(l.a)}>
                {both(l.a, l.b)}
              </button>{" "}
              <strong>{l.weight}</strong>
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}
