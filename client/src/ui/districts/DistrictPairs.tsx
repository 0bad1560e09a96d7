/** All pairs of districts by Jaccard (`district-pairs`): the top 20, "show all" for the rest. */
import { useState } from "react";
import type { DistrictOverlap } from "../../../../contract/api.js";

const TOP = 20;

interface Props {
  pairs: DistrictOverlap["pairs"];
  nameOf: (id: string) => string;
  onSelectDistrict: (id: string) => void;
}

export function DistrictPairs({ pairs, nameOf, onSelectDistrict }: Props) {
  const [all, setAll] = useState(false);
  const shown = all ? pairs : pairs.slice(0, TOP);
  return (
    <section className="district-pairs-section">
      <h3>
        Districts alike <span className="count">{pairs.length} pairs</span>
      </h3>
      <p className="hint">Pairs of districts by Jaccard similarity of their industries (shared ÷ either).</p>
      <table className="district-pairs" data-testid="district-pairs" data-count={pairs.length} data-shown={shown.length}>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Districts</th>
            <th scope="col" title="Jaccard: shared ÷ union">Jaccard</th>
            <th scope="col">Shared</th>
            <th scope="col">Shared industries</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p, k) => (
            <tr key={`${p.a}|${p.b}`} data-testid="district-pair" data-a={p.a} data-b={p.b} data-jaccard={p.jaccard}>
              <td className="num">{k + 1}</td>
              <td lang="zh-CN">
                <button type="button" className="linkish" onClick={() => onSelectDistrict(p.a)}>
                  {nameOf(p.a)}
                </button>
                {" · "}
                <button type="button" className="linkish" onClick={() => onSelectDistrict(p.b)}>
                  {nameOf(p.b)}
                </button>
              </td>
              <td className="num">
                <span className="jaccard-bar" style={{ width: `${Math.round(p.jaccard * 48)}px` }} aria-hidden="true" />
                {p.jaccard.toFixed(2)}
              </td>
              <td className="num">{p.shared.length}</td>
              <td lang="zh-CN" className="shared">
                {p.shared.map(nameOf).join("、")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pairs.length > TOP && (
        <button type="button" data-testid="district-pairs-all" onClick={() => setAll(!all)}>
          {all ? `Show the top ${TOP}` : `Show all ${pairs.length}`}
        </button>
      )}
    </section>
  );
}
