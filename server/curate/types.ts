/** What the proposer proposes and a reviewer decides on. */
import { createHash } from "node:crypto";

export type LinkType = "FEEDS" | "SUPPLIES";

/** The sentence pattern that fired. */
export type Pattern = "list" | "用" | "需求" | "应用" | "配套" | "上下游" | "带动" | "产业链";

export interface Located {
  /** Verbatim from the clean text (no bookmark tags): a whole clause or sentence. */
  quote: string;
  /** Offsets into the original text: cleaning original.slice(start, end) gives the quote. */
  start: number;
  end: number;
  section: string;
}

export interface ProductProposal extends Located {
  id: string;
  kind: "product";
  term: string;
  /** The industry whose section lists it; "" outside the industry sections. */
  industry: string;
  /** list: an item of a 、-list (or its head); endpoint: a name a link proposal needs as a product. */
  pattern: "list" | "endpoint";
}

export interface LinkProposal extends Located {
  id: string;
  kind: LinkType;
  from: string;
  to: string;
  /** Patterns that fired for this link and quote, joined by "+". */
  pattern: string;
}

export type Proposal = ProductProposal | LinkProposal;

/** A stable id: the same proposal on the same text gets the same id on every run. */
export function proposalId(prefix: "P" | "L", ...parts: string[]): string {
  return `${prefix}-${createHash("sha1").update(parts.join("\u0000")).digest("hex").slice(0, 10)}`;
}

export function linkKey(l: { kind?: string; type?: string; from: string; to: string }): string {
  return `${l.kind ?? l.type}:${l.from}->${l.to}`;
}
