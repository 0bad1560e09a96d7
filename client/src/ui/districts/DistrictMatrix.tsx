/**
 * The district × industry heatmap (`district-matrix`): rows districts, columns industries (short
 * names, vertical; the full name in the title), filled cells coloured, the margins counted.
 * Header clicks sort (name ⇄ total); a row header selects the district (hovering or focusing it
 * outlines it on the map); a cell shows its evidence. It is the map's text alternative: a
 * caption, row and column headers with their scope, and each cell says what it means.
 */
import type { DistrictOverlap } from "../../../../contract/api.js";
import { nameLang, shortIndustryName, toggleAxis, type MatrixSort, type MatrixView } from "../../core/districts.js";
import { englishMapName } from "../../core/mapLabels.js";
import { useMessages } from "../i18n.js";

interface Props {
  overlap: DistrictOverlap;
  view: MatrixView;
  sort: MatrixSort;
  onSort: (sort: MatrixSort) => void;
  nameOf: (id: string) => string;
  kindOf: (id: string) => string | undefined;
  selected: string | null;
  cell: { district: string; industry: string } | null;
  onSelectDistrict: (id: string) => void;
  onCell: (district: string, industry: string) => void;
  /** A district hovered or focused (on) or left (off). */
  onPoint: (id: string, on: boolean) => void;
}

const arrow = (on: boolean) => (on ? " ▾" : "");

export function DistrictMatrix({ overlap, view, sort, onSort, nameOf, kindOf, selected, cell, onSelectDistrict, onCell, onPoint }: Props) {
  const m = useMessages().districts;
  const maxCol = Math.max(1, ...view.colTotals);
  const maxRow = Math.max(1, ...view.rowTotals);
  return (
    <div className="district-matrix-wrap">
      <table
        className="district-matrix"
        data-testid="district-matrix"
        data-rows={overlap.districts.length}
        data-cols={overlap.industries.length}
        data-sort={`${sort.rows},${sort.cols}`}
      >
        <caption className="visually-hidden">{m.matrixCaption}</caption>
        <thead>
          <tr>
            <th className="corner" scope="col">
              <button
                type="button"
                data-testid="matrix-sort-rows-name"
                title={m.sortRowsName}
                onClick={() => onSort({ ...sort, rows: toggleAxis(sort.rows, "name") })}
              >
                {m.districtHeader}
                {arrow(sort.rows === "name")}
              </button>
              <button
                type="button"
                data-testid="matrix-sort-cols-name"
                className="cols-sort"
                title={m.sortColsName}
                onClick={() => onSort({ ...sort, cols: toggleAxis(sort.cols, "name") })}
              >
                {m.industryHeader} →{sort.cols === "name" ? ` ${m.byName}` : sort.cols === "total" ? ` ${m.byTotal}` : ""}
              </button>
            </th>
            {view.cols.map((j) => {
              const id = overlap.industries[j];
              const name = nameOf(id);
              return (
                <th key={id} scope="col" className="col-head" title={m.colTitle(name, view.colTotals[j])} data-industry={id} abbr={name}>
                  <button
                    type="button"
                    onClick={() => onSort({ ...sort, cols: toggleAxis(sort.cols, "total") })}
                    lang={nameLang(name)}
                  >
                    {shortIndustryName(name)}
                  </button>
                </th>
              );
            })}
            <th scope="col" className="total-head">
              <button
                type="button"
                data-testid="matrix-sort-rows-total"
                title={m.sortRowsTotal}
                onClick={() => onSort({ ...sort, rows: toggleAxis(sort.rows, "total") })}
              >
                Σ<span className="visually-hidden">{m.totalHeader}</span>
                {arrow(sort.rows === "total")}
              </button>
            </th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((i) => {
            const d = overlap.districts[i];
            const kind = kindOf(d);
            return (
              <tr key={d} data-district={d} className={d === selected ? "on" : undefined}>
                <th scope="row" className="row-head">
                  <button
                    type="button"
                    data-testid="district-row"
                    data-district={d}
                    onClick={() => onSelectDistrict(d)}
                    onPointerEnter={() => onPoint(d, true)}
                    onPointerLeave={() => onPoint(d, false)}
                    onFocus={() => onPoint(d, true)}
                    onBlur={() => onPoint(d, false)}
                    title={m.rowTitle(nameOf(d))}
                  >
                    {/* English rows as maps print them (Yongchuan, Chongqing Hi-tech Zone): the full name is in the title */}
                    <span lang={nameLang(nameOf(d))}>{nameLang(nameOf(d)) === "en" ? englishMapName(nameOf(d)) : nameOf(d)}</span>
                    {kind === "zone" && (
                      <span className="zone-badge" title={m.zoneBadgeTitle}>
                        {m.zoneBadge}
                      </span>
                    )}
                  </button>
                </th>
                {view.cols.map((j) => {
                  const ind = overlap.industries[j];
                  const on = !!overlap.matrix[i][j];
                  const picked = cell?.district === d && cell.industry === ind;
                  return (
                    <td
                      key={ind}
                      className={`cell${on ? " filled" : ""}${picked ? " picked" : ""}`}
                      data-testid={on ? "matrix-cell" : undefined}
                      data-district={d}
                      data-industry={ind}
                      title={m.cellTitle(nameOf(d), nameOf(ind), on)}
                      style={on ? { backgroundColor: heat(view.colTotals[j], maxCol) } : undefined}
                    >
                      {on ? (
                        <button type="button" className="cell-button" aria-label={m.cellTitle(nameOf(d), nameOf(ind), on)} onClick={() => onCell(d, ind)} />
                      ) : (
                        <span className="visually-hidden">{m.cellNo}</span>
                      )}
                    </td>
                  );
                })}
                <td className="row-total" style={{ backgroundColor: tint(view.rowTotals[i], maxRow) }}>
                  {view.rowTotals[i]}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="row-head">
              <button
                type="button"
                data-testid="matrix-sort-cols-total"
                title={m.sortColsTotal}
                onClick={() => onSort({ ...sort, cols: toggleAxis(sort.cols, "total") })}
              >
                Σ {m.districtsTotal}
                {arrow(sort.cols === "total")}
              </button>
            </th>
            {view.cols.map((j) => (
              <td key={j} className="col-total" style={{ backgroundColor: tint(view.colTotals[j], maxCol) }}>
                {view.colTotals[j]}
              </td>
            ))}
            <td className="grand-total" title={m.grandTotal}>
              {view.total}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** A filled cell: darker where the industry is spread over more districts. */
function heat(count: number, max: number): string {
  const t = max > 1 ? (count - 1) / (max - 1) : 1;
  return `hsl(226 70% ${Math.round(62 - t * 24)}%)`;
}

function tint(count: number, max: number): string {
  return `hsl(226 70% ${Math.round(97 - (count / max) * 14)}%)`;
}
