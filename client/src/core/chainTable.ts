/**
 * The chain table: the chain's links as rows (upstream, internal, downstream), each with what backs
 * it and whether it is a gap; sorting by any column; the rows as TSV (the clipboard) and CSV (a
 * download, UTF-8 with a BOM like the district exports). The table is the text alternative of the
 * chain picture. Pure.
 */
import type { Chain } from "../../../contract/api.js";
import { toCsv } from "./districts.js";
import { messagesFor } from "./i18n/index.js";
import { sidedLinks, type LinkSide } from "./chainModel.js";
import type { Lang } from "./names.js";

export const TABLE_COLUMNS = ["side", "level", "from", "to", "projects", "platforms", "districts", "gap"] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export interface TableRow {
  edgeId: string;
  side: LinkSide;
  level: "industry" | "product";
  from: string;
  to: string;
  projects: string[];
  platforms: string[];
  districts: string[];
  gap: boolean;
}

export interface TableSort {
  col: TableColumn;
  desc: boolean;
}

/** One row per link of the chain, in chain order. */
export function tableRows(chain: Chain): TableRow[] {
  const gaps = new Set(chain.gaps.map((g) => g.edgeId));
  return sidedLinks(chain).map((l) => ({
    edgeId: l.edgeId,
    side: l.side,
    level: l.level,
    from: l.from,
    to: l.to,
    projects: l.backing.projects,
    platforms: l.backing.platforms,
    districts: l.backing.districts,
    gap: gaps.has(l.edgeId),
  }));
}

const SIDE_ORDER: LinkSide[] = ["upstream", "internal", "downstream"];

/**
 * Rows sorted by a column: sides in chain order, names by the language's collation, backing by how
 * many back the link, gaps first when ascending. Ties keep chain order, so sorting is stable.
 */
export function sortRows(rows: readonly TableRow[], sort: TableSort, nameOf: (id: string) => string, lang: Lang): TableRow[] {
  const collator = new Intl.Collator(lang === "zh" ? "zh-CN" : "en");
  const key = (r: TableRow): number | string => {
    switch (sort.col) {
      case "side":
        return SIDE_ORDER.indexOf(r.side);
      case "level":
        return r.level === "industry" ? 0 : 1;
      case "from":
      case "to":
        return nameOf(r[sort.col]);
      case "gap":
        return r.gap ? 0 : 1;
      default:
        return r[sort.col].length;
    }
  };
  const sign = sort.desc ? -1 : 1;
  return rows
    .map((r, i) => ({ r, i, k: key(r) }))
    .sort((a, b) => {
      const c = typeof a.k === "string" ? collator.compare(a.k, b.k as string) : a.k - (b.k as number);
      return sign * c || a.i - b.i;
    })
    .map((x) => x.r);
}

/** The next sort when a column's header is clicked: that column ascending, or the same reversed. */
export function nextSort(current: TableSort | null, col: TableColumn): TableSort {
  return current?.col === col ? { col, desc: !current.desc } : { col, desc: false };
}

/** The table as text cells, header first, in the interface language (names as shown). */
export function tableCells(rows: readonly TableRow[], nameOf: (id: string) => string, lang: Lang): string[][] {
  const m = messagesFor(lang).chain;
  const names = (ids: string[]) => ids.map(nameOf).join("; ");
  const header = [m.colSide, m.colLevel, m.colFrom, m.colTo, m.colProjects, m.colPlatforms, m.colDistricts, m.colGap, "id"];
  return [
    header,
    ...rows.map((r) => [
      m.side(r.side),
      r.level === "industry" ? m.levelIndustry : m.levelProduct,
      nameOf(r.from),
      nameOf(r.to),
      names(r.projects),
      names(r.platforms),
      names(r.districts),
      r.gap ? m.yes : m.no,
      r.edgeId,
    ]),
  ];
}

/** Tab-separated lines (what a spreadsheet pastes); tabs and line breaks inside a cell become spaces. */
export function toTsv(cells: readonly (readonly string[])[]): string {
  return cells.map((r) => r.map((c) => c.replace(/[\t\r\n]+/g, " ")).join("\t")).join("\n") + "\n";
}

/** CSV with a BOM and CRLF line ends, as the district view's exports. */
export function tableCsv(cells: readonly (readonly string[])[]): string {
  return toCsv(cells);
}
