/** All pairs of districts by Jaccard (`district-pairs`): the top 20, "show all" for the rest; hovering a district outlines it on the map. */
import { useState } from "react";
import type { DistrictOverlap } from "../../../../contract/api.js";
import { nameLang } from "../../core/districts.js";
import { englishMapName } from "../../core/mapLabels.js";
import { useLang, useMessages } from "../i18n.js";

const TOP = 20;

interface Props {
  pairs: DistrictOverlap["pairs"];
  nameOf: (id: string) => string;
  onSelectDistrict: (id: string) => void;
  onPoint: (id: string, on: boolean) => void;
}

export function DistrictPairs({ pairs, nameOf, onSelectDistrict, onPoint }: Props) {
  const m = useMessages().districts;
  const sep = useLang() === "en" ? ", " : "、";
  const [all, setAll] = useState(false);
  const shown = all ? pairs : pairs.slice(0, TOP);
  const districtButton = (id: string) => (
    <button
      type="button"
      className="linkish"
      lang={nameLang(nameOf(id))}
      onClick={() => onSelectDistrict(id)}
      onPointerEnter={() => onPoint(id, true)}
      onPointerLeave={() => onPoint(id, false)}
      onFocus={() => onPoint(id, true)}
      onBlur={() => onPoint(id, false)}
      title={nameOf(id)}
    >
      {/* English as maps print it (Yongchuan, Wansheng Zone), as in the matrix's rows */}
      {nameLang(nameOf(id)) === "en" ? englishMapName(nameOf(id)) : nameOf(id)}
    </button>
  );
  return (
    <section className="district-pairs-section">
      <h3>
        {m.pairsTitle} <span className="count">{m.pairsCount(pairs.length)}</span>
      </h3>
      <p className="hint">{m.pairsHint}</p>
      <div className="district-pairs-wrap">
        <table className="district-pairs" data-testid="district-pairs" data-count={pairs.length} data-shown={shown.length}>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{m.pairsDistricts}</th>
              <th scope="col" title={m.pairsJaccardTitle}>
                {m.pairsJaccard}
              </th>
              <th scope="col">{m.pairsShared}</th>
              <th scope="col">{m.pairsSharedList}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p, k) => (
              <tr key={`${p.a}|${p.b}`} data-testid="district-pair" data-a={p.a} data-b={p.b} data-jaccard={p.jaccard}>
                <td className="num">{k + 1}</td>
                <td>
                  {districtButton(p.a)}
                  {" · "}
                  {districtButton(p.b)}
                </td>
                <td className="num">
                  <span className="jaccard-bar" style={{ width: `${Math.round(p.jaccard * 48)}px` }} aria-hidden="true" />
                  {p.jaccard.toFixed(2)}
                </td>
                <td className="num">{p.shared.length}</td>
                <td className="shared">
                  {p.shared.map((id, i) => (
                    <span key={id} lang={nameLang(nameOf(id))}>
                      {i > 0 ? sep : ""}
                      {nameOf(id)}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pairs.length > TOP && (
        <button type="button" data-testid="district-pairs-all" onClick={() => setAll(!all)}>
          {all ? m.pairsTop(TOP) : m.pairsAll(pairs.length)}
        </button>
      )}
    </section>
  );
}
