/** Districts of a 重点区县（开发区） row, and their kind from the name. */
import type { Row } from "./sections.js";
import { type Span, splitTop } from "./text.js";

export type DistrictKind = "district" | "county" | "zone";

export interface DistrictName extends Span {
  name: string;
}

export function districtKind(name: string): DistrictKind {
  if (/(?:新区|高新区|经开区|开发区|园区)$/.test(name)) return "zone";
  if (/县$/.test(name)) return "county";
  return "district";
}

export function districtsInRow(clean: string, row: Row): DistrictName[] {
  return row.lines.flatMap((line) =>
    splitTop(clean, line, "、，,；; \t").map((s) => ({ ...s, name: clean.slice(s.start, s.end) })),
  );
}
