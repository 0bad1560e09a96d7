/**
 * The district × industry heatmap (`district-matrix`): rows districts, columns industries (short
 * names, vertical; the full name in the title), filled cells coloured, the margins counted.
 * Header clicks sort (name ⇄ total); a row header selects the district; a cell shows its evidence.
 */
import type { DistrictOverlap } from "../../../../contract/api.js";
import { shortIndustryName, toggleAxis, type MatrixSort, type MatrixView } from "../../core/districts.js";

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
}

const arrow = (on: boolean) => (on ? " ▾" : "");

export function DistrictMatrix({ overlap, view, sort, onSort, nameOf, kindOf, selected, cell, onSelectDistrict, onCell }: Props) {
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
        <thead>
          <tr>
            <th className="corner" scope="col">
              <button
                type="button"
                data-testid="matrix-sort-rows-name"
                title="Sort the districts by name (click again: by number of industries)"
                onClick={() => onSort({ ...sort, rows: toggleAxis(sort.rows, "name") })}
              >
                区县 District{arrow(sort.rows === "name")}
              </button>
              <button
                type="button"
                data-testid="matrix-sort-cols-name"
                className="cols-sort"
                title="Sort the industries by name (click again: by number of districts)"
                onClick={() => onSort({ ...sort, cols: toggleAxis(sort.cols, "name") })}
              >
                产业 Industry →{sort.cols === "name" ? " (name)" : sort.cols === "total" ? " (total)" : ""}
              </button>
            </th>
            {view.cols.map((j) => {
              const id = overlap.industries[j];
              const name = nameOf(id);
              return (
                <th key={id} scope="col" className="col-head" title={`${name}: ${view.colTotals[j]} districts`} data-industry={id}>
                  <button type="button" onClick={() => onSort({ ...sort, cols: toggleAxis(sort.cols, "total") })} lang="zh-CN">
                    {shortIndustryName(name)}
                  </button>
                </th>
              );
            })}
            <th scope="col" className="total-head">
              <button
                type="button"
                data-testid="matrix-sort-rows-total"
                title="Sort the districts by number of industries (click again: by name)"
                onClick={() => onSort({ ...sort, rows: toggleAxis(sort.rows, "total") })}
              >
                Σ{arrow(sort.rows === "total")}
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
                  <button type="button" data-testid="district-row" data-district={d} onClick={() => onSelectDistrict(d)} lang="zh-CN" title={`${nameOf(d)}: show its portfolio`}>
                    {nameOf(d)}
                    {kind === "zone" && <span className="zone-badge" title="Development zone 开发区">zone</span>}
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
                      title={`${nameOf(d)} × ${nameOf(ind)}${on ? ": a key district (click for the evidence)" : ""}`}
                      style={on ? { backgroundColor: heat(view.colTotals[j], maxCol) } : undefined}
                      onClick={on ? () => onCell(d, ind) : undefined}
                    />
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
                title="Sort the industries by number of districts (click again: by name)"
                onClick={() => onSort({ ...sort, cols: toggleAxis(sort.cols, "total") })}
              >
                Σ districts{arrow(sort.cols === "total")}
              </button>
            </th>
            {view.cols.map((j) => (
              <td key={j} className="col-total" style={{ backgroundColor: tint(view.colTotals[j], maxCol) }}>
                {view.colTotals[j]}
              </td>
            ))}
            <td className="grand-total" title="Key-district links in all">
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
