/**
 * The chain table: every link of the chain as a row, with its backing and a gap flag, sortable by
 * column, copied as TSV or downloaded as CSV. The text alternative of the chain picture: choosing
 * a row's link brings it into view on the picture.
 */
import { useMemo, useState } from "react";
import type { Chain } from "../../../../contract/api.js";
import { TABLE_COLUMNS, nextSort, sortRows, tableCells, tableCsv, tableRows, toTsv, type TableColumn, type TableSort } from "../../core/chainTable.js";
import type { Lang } from "../../core/names.js";
import { downloadText } from "../download.js";
import { useMessages } from "../i18n.js";
import { NameText, type Namer } from "./NameText.js";

interface Props {
  chain: Chain;
  lang: Lang;
  names: Namer;
  chosen: string;
  onHover: (edgeId: string | null) => void;
  onChoose: (edgeId: string) => void;
}

const HEAD: Record<TableColumn, "colSide" | "colLevel" | "colFrom" | "colTo" | "colProjects" | "colPlatforms" | "colDistricts" | "colGap"> = {
  side: "colSide",
  level: "colLevel",
  from: "colFrom",
  to: "colTo",
  projects: "colProjects",
  platforms: "colPlatforms",
  districts: "colDistricts",
  gap: "colGap",
};

export function ChainTable({ chain, lang, names, chosen, onHover, onChoose }: Props) {
  const m = useMessages().chain;
  const [sort, setSort] = useState<TableSort | null>(null);
  const [copy, setCopy] = useState<"" | "ok" | "failed">("");
  const all = useMemo(() => tableRows(chain), [chain]);
  const rows = useMemo(() => (sort ? sortRows(all, sort, names.text, lang) : all), [all, sort, names, lang]);
  const cells = () => tableCells(rows, names.text, lang);
  const slug = chain.industry.replace(/^industry:/, "");

  const onCopy = () => {
    navigator.clipboard
      .writeText(toTsv(cells()))
      .then(() => setCopy("ok"))
      .catch(() => setCopy("failed"));
  };
  const list = (ids: string[]) =>
    ids.map((id, i) => (
      <span key={id}>
        {i > 0 && "; "}
        <NameText id={id} names={names} />
      </span>
    ));

  return (
    <section className="chain-table-wrap" data-testid="chain-table" aria-label={m.tableCaption(all.length)}>
      <div className="chain-table-tools">
        <span className="muted">{m.tableCaption(all.length)}</span>
        <button type="button" className="chain-small-button" data-testid="chain-table-copy" title={m.copyTsvTitle} onClick={onCopy}>
          {m.copyTsv}
        </button>
        <button
          type="button"
          className="chain-small-button"
          data-testid="chain-table-csv"
          title={m.downloadCsvTitle}
          onClick={() => downloadText(`chain-${slug}.csv`, tableCsv(cells()))}
        >
          {m.downloadCsv}
        </button>
        <span role="status" className="muted">
          {copy === "ok" ? m.copied : copy === "failed" ? m.copyFailed : ""}
        </span>
      </div>
      <div className="chain-table-scroll">
        <table className="chain-table">
          <caption className="chain-sr-only">{m.tableCaption(all.length)}</caption>
          <thead>
            <tr>
              {TABLE_COLUMNS.map((col) => (
                <th
                  key={col}
                  scope="col"
                  aria-sort={sort?.col === col ? (sort.desc ? "descending" : "ascending") : undefined}
                >
                  <button type="button" className="sort-button" title={m.sortBy(m[HEAD[col]])} onClick={() => setSort(nextSort(sort, col))}>
                    {m[HEAD[col]]}
                    <span aria-hidden="true" className="sort-mark">
                      {sort?.col === col ? (sort.desc ? "▼" : "▲") : ""}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.edgeId}
                data-testid="chain-table-row"
                data-edge-id={r.edgeId}
                className={`${r.gap ? "gap" : ""}${chosen === r.edgeId ? " on" : ""}`}
                onMouseEnter={() => onHover(r.edgeId)}
                onMouseLeave={() => onHover(null)}
              >
                <td>
                  <button
                    type="button"
                    className="chain-row-button"
                    aria-pressed={chosen === r.edgeId}
                    onClick={() => onChoose(chosen === r.edgeId ? "" : r.edgeId)}
                  >
                    {m.side(r.side)}
                  </button>
                </td>
                <td>{r.level === "industry" ? m.levelIndustry : m.levelProduct}</td>
                <td>
                  <NameText id={r.from} names={names} />
                </td>
                <td>
                  <NameText id={r.to} names={names} />
                </td>
                <td>{list(r.projects)}</td>
                <td>{list(r.platforms)}</td>
                <td>{list(r.districts)}</td>
                <td className={r.gap ? "bad" : "muted"}>{r.gap ? m.yes : m.no}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
