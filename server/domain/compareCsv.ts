/**
 * A comparison as one CSV table (RFC 4180, CRLF, UTF-8 with a BOM so that spreadsheet programs read
 * the Chinese): a row per industry, product and chain link; `section` says which.
 */
import type { CompareBacking, Comparison } from "../../contract/api.js";

export const COMPARE_CSV_COLUMNS = [
  "section",
  "id",
  "name",
  "nameEn",
  "in",
  "aProjects",
  "aPlatforms",
  "aDistricts",
  "aProducts",
  "bProjects",
  "bPlatforms",
  "bDistricts",
  "bProducts",
  "industries",
  "linkType",
  "source",
  "target",
  "quoteA",
  "quoteB",
] as const;
type Column = (typeof COMPARE_CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number>>;

/** A cell quoted when it holds a comma, a quote or a line break (quotes doubled). */
export function csvCell(value: string | number | undefined): string {
  const s = value === undefined ? "" : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const backing = (side: "a" | "b", b: CompareBacking | undefined): Row =>
  b
    ? {
        [`${side}Projects`]: b.projects,
        [`${side}Platforms`]: b.platforms,
        [`${side}Districts`]: b.districts,
        [`${side}Products`]: b.products,
      }
    : {};

/** The rows of a comparison, as objects keyed by column. */
export function compareRows(c: Comparison): Row[] {
  return [
    ...c.industries.map((i): Row => ({ section: "industry", id: i.id, name: i.name, nameEn: i.nameEn, in: i.in, ...backing("a", i.a), ...backing("b", i.b) })),
    ...c.products.map((p): Row => ({ section: "product", id: p.id, name: p.name, nameEn: p.nameEn, in: p.in, industries: p.industries.join(";") })),
    ...c.links.map(
      (l): Row => ({
        section: "link",
        id: l.id,
        name: `${l.sourceName} → ${l.targetName}`,
        nameEn: l.sourceNameEn && l.targetNameEn ? `${l.sourceNameEn} → ${l.targetNameEn}` : undefined,
        in: l.in,
        linkType: l.type,
        source: l.source,
        target: l.target,
        quoteA: l.quoteA,
        quoteB: l.quoteB,
      }),
    ),
  ];
}

export function comparisonCsv(c: Comparison): string {
  const line = (cells: (string | number | undefined)[]) => cells.map(csvCell).join(",");
  const rows = compareRows(c).map((r) => line(COMPARE_CSV_COLUMNS.map((col) => r[col])));
  return "\uFEFF" + [line([...COMPARE_CSV_COLUMNS]), ...rows].join("\r\n") + "\r\n";
}

/** The download's file name: compare-<a>-<b>.csv. */
export function comparisonFileName(a: string, b: string): string {
  return `compare-${a}-${b}.csv`;
}
