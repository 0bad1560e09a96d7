import { describe, expect, it } from "vitest";
import { type Curation, applyReview } from "./apply.js";
import { ReviewFileError, formatReview, parseReview } from "./review.js";
import { type LinkProposal, type ProductProposal, proposalId } from "./types.js";

const clean = "积极引进培育偏光片、蚀刻液等配套企业。发展汽车、轨道交通用大型铸锻件\t等。";
const quote = "积极引进培育偏光片、蚀刻液等配套企业";
const link = (from: string, to: string, q = quote): LinkProposal => ({
  id: proposalId("L", "FEEDS", from, to, q), kind: "FEEDS", from, to, pattern: "配套", quote: q, start: 0, end: q.length, section: "三 / （2）新型显示",
});
const product = (term: string): ProductProposal => ({
  id: proposalId("P", term, quote), kind: "product", term, industry: "新型显示", pattern: "list", quote, start: 0, end: quote.length, section: "三",
});
const industries = ["新型显示", "高端装备制造"];
const base = (): Curation => ({
  products: [
    { term: "显示面板", aliases: ["面板"], industry: "新型显示", nameEn: "display panels", category: "product" },
    { term: "显示模组", aliases: [], industry: "新型显示", nameEn: "display modules", category: "component" },
    { term: "偏光片", aliases: [], industry: "新型显示", nameEn: "polarizers", category: "material" },
  ],
  chains: [{ type: "FEEDS", from: "偏光片", to: "显示面板", quote: "x", note: "n" }],
  rejections: [],
});

/** A review file with decisions filled in: [decision, en, category] per proposal. */
function reviewed(proposals: (LinkProposal | ProductProposal)[], decisions: [string, string?, string?][]): string {
  const lines = formatReview(proposals, "p").split("\n");
  const first = lines.findIndex((l) => l.startsWith("decision\t")) + 1;
  decisions.forEach(([d, en = "", cat = ""], i) => {
    const cells = lines[first + i].split("\t");
    cells[0] = d;
    cells[5] = en;
    cells[6] = cat;
    lines[first + i] = cells.join("\t");
  });
  return lines.join("\n");
}

describe("the review file", () => {
  it("round-trips proposals, tabs in a quote included", () => {
    const p = link("铸锻件", "轨道交通", "发展汽车、轨道交通用大型铸锻件\t等");
    const [line] = parseReview(formatReview([p], "p"));
    expect(line).toMatchObject({ decision: "", id: p.id, kind: "FEEDS", from: "铸锻件", to: "轨道交通", quote: p.quote, start: 0 });
  });

  it("names the line of a malformed row, and wants its header", () => {
    const text = formatReview([link("偏光片", "显示模组")], "p");
    expect(() => parseReview(text.replace(/\tFEEDS\t/, "\t"), "r.tsv")).toThrow(/^r\.tsv line 14: 11 columns, expected 12/);
    expect(() => parseReview("# nothing\n", "r.tsv")).toThrow(ReviewFileError);
  });
});

describe("applying a review", () => {
  it("appends accepted products and links, records rejections, and skips what is there", () => {
    const text = reviewed(
      [product("蚀刻液"), link("蚀刻液", "显示模组"), link("偏光片", "显示面板"), link("偏光片", "显示模组"), link("企业", "显示模组"), link("大宗气体", "显示模组")],
      [["accept", "etchants", "material"], ["accept", "Etchants serve module makers."], ["accept", "dup"], ["instead: 偏光片 -> 面板; polarizers go onto panels", "Polarizers are a panel material."], ["reject: not a product"], [""]],
    );
    const { next, summary } = applyReview(base(), parseReview(text), clean, industries);
    expect(summary).toEqual({ products: 1, links: 1, rejections: 2, already: 2, undecided: 1 });
    expect(next.products.at(-1)).toMatchObject({ term: "蚀刻液", industry: "新型显示", nameEn: "etchants", category: "material", proposal: product("蚀刻液").id });
    expect(next.chains.map((c) => `${c.from}->${c.to}`)).toEqual(["偏光片->显示面板", "蚀刻液->显示模组"]);
    expect(next.rejections).toEqual([
      { type: "FEEDS", from: "偏光片", to: "显示模组", quote, reason: "polarizers go onto panels" },
      { type: "FEEDS", from: "企业", to: "显示模组", quote, reason: "not a product" },
    ]);
  });

  it("fails naming the line: an edited pair, a link to a name that is not a product, a bad decision", () => {
    const edited = reviewed([link("偏光片", "显示模组")], [["accept", "n"]]).replace("\t偏光片\t显示模组\t", "\t偏光片\t显示面板\t");
    expect(() => applyReview(base(), parseReview(edited, "r.tsv"), clean, industries, "r.tsv")).toThrow(/^r\.tsv line 14: the id does not match/);
    const unknown = reviewed([link("有机膜", "显示模组")], [["accept", "n"]]);
    expect(() => applyReview(base(), parseReview(unknown, "r.tsv"), clean, industries, "r.tsv")).toThrow(/line 14: FEEDS endpoint "有机膜" is not a product/);
    const vague = reviewed([link("偏光片", "显示模组")], [["ok"]]);
    expect(() => applyReview(base(), parseReview(vague, "r.tsv"), clean, industries, "r.tsv")).toThrow(/line 14: decision "ok" is not accept/);
    const noNote = reviewed([link("偏光片", "显示面板")], [["accept"]]);
    expect(() => applyReview(base(), parseReview(noNote, "r.tsv"), clean, industries, "r.tsv")).toThrow(/line 14: the en column/);
    const elsewhere = reviewed([link("偏光片", "显示面板", "不在规划里的话")], [["accept", "n"]]);
    expect(() => applyReview(base(), parseReview(elsewhere, "r.tsv"), clean, industries, "r.tsv")).toThrow(/line 14: quote not found/);
  });
});
