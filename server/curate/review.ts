/**
 * The review file: one proposal a line, tab-separated, with a decision column a person fills.
 * Written by `npm run curate -- --plan FILE --out review.tsv`, read back by `--apply`. Pure.
 */
import type { Proposal } from "./types.js";

export const COLUMNS = ["decision", "id", "kind", "from", "to", "en", "category", "pattern", "section", "start", "end", "quote"] as const;

export const HELP = [
  "# Chain Atlas review file (npm run curate). One proposal a line, tab-separated columns:",
  `#   ${COLUMNS.join("  ")}`,
  "# decision: leave empty to decide later (the line is skipped), or write",
  "#   accept                     add the product or link as proposed",
  "#   reject: <reason>           record the rejection and its reason (rejections.json)",
  "#   instead: FROM -> TO; <why> link FROM -> TO with this quote, and reject the proposed pair with <why>",
  "# kind: product | FEEDS (product -> product) | SUPPLIES (industry -> industry).",
  "# A product line: from is the term, to the industry (edit it if wrong); en its English name and",
  "#   category one of device, material, component, equipment, technology, product, service (both needed to accept).",
  "# A link line: en is the English note saying what the link is (needed to accept).",
  "# Do not edit id, kind, from (or a link's to) and quote: --apply checks them against the id.",
];

export interface ReviewLine {
  /** 1-based line number in the file. */
  line: number;
  decision: string;
  id: string;
  kind: string;
  from: string;
  to: string;
  en: string;
  category: string;
  pattern: string;
  section: string;
  start: number;
  end: number;
  quote: string;
}

export class ReviewFileError extends Error {
  override name = "ReviewFileError";
}

const escape = (s: string) => s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
const unescape = (s: string) => s.replace(/\\([\\tnr])/g, (_, c: string) => ({ "\\": "\\", t: "\t", n: "\n", r: "\r" })[c]!);

export function formatReview(proposals: readonly Proposal[], planId: string): string {
  const rows = proposals.map((p) => {
    const [from, to] = p.kind === "product" ? [p.term, p.industry] : [p.from, p.to];
    return [ "", p.id, p.kind, from, to, "", "", p.pattern, p.section, String(p.start), String(p.end), p.quote].map(escape).join("\t");
  });
  return [...HELP, `# plan: ${planId}`, COLUMNS.join("\t"), ...rows].join("\n") + "\n";
}

export function parseReview(text: string, file = "review file"): ReviewLine[] {
  const out: ReviewLine[] = [];
  let header = false;
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (!line.trim() || line.startsWith("#")) return;
    const cells = line.split("\t");
    if (!header) {
      if (cells.join("\t") !== COLUMNS.join("\t")) throw new ReviewFileError(`${file} line ${i + 1}: expected the header "${COLUMNS.join(" ")}"`);
      header = true;
      return;
    }
    if (cells.length !== COLUMNS.length) {
      throw new ReviewFileError(`${file} line ${i + 1}: ${cells.length} columns, expected ${COLUMNS.length} (tab-separated)`);
    }
    const [decision, id, kind, from, to, en, category, pattern, section, start, end, quote] = cells.map(unescape);
    if (!/^\d+$/.test(start) || !/^\d+$/.test(end)) throw new ReviewFileError(`${file} line ${i + 1}: start and end must be offsets`);
    out.push({ line: i + 1, decision: decision.trim(), id, kind, from, to, en: en.trim(), category: category.trim(), pattern, section, start: Number(start), end: Number(end), quote });
  });
  if (!header) throw new ReviewFileError(`${file}: no header line "${COLUMNS.join(" ")}"`);
  return out;
}
