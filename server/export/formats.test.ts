import { describe, expect, it } from "vitest";
import type { GraphData } from "../../contract/graph.js";
import { toCsv, toGraphML } from "./formats.js";

const graph: GraphData = {
  nodes: [
    {
      id: "industry:集成电路",
      type: "Industry",
      name: "集成电路",
      nameEn: "Integrated circuits",
      props: { kind: "pillar", order: 1 },
      evidence: [{ planId: "p", start: 0, end: 4, quote: "集成电路", section: "三、 / （一）" }],
    },
    {
      id: "product:8英寸/12英寸",
      type: "Product",
      name: 'a "quoted", <odd> & name',
      props: {},
      evidence: [{ kind: "reference", source: "x" }],
    },
  ],
  edges: [
    {
      id: "COVERS:industry:集成电路->product:8英寸/12英寸",
      type: "COVERS",
      source: "industry:集成电路",
      target: "product:8英寸/12英寸",
      props: {},
      evidence: [{ planId: "p", start: 5, end: 9, quote: "a,b\nc", section: "s" }],
    },
  ],
};

/** A minimal RFC 4180 reader, enough to check that the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("toCsv", () => {
  it("writes a row per node and per edge that reads back to the same values", () => {
    const text = toCsv(graph);
    expect(text.startsWith("\uFEFFelement,id,type,name")).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(4);
    expect(rows[2][3]).toBe('a "quoted", <odd> & name');
    expect(rows[3].slice(0, 7)).toEqual(["edge", graph.edges[0].id, "COVERS", "", "", "industry:集成电路", "product:8英寸/12英寸"]);
    expect(JSON.parse(rows[3][8])).toEqual(graph.edges[0].evidence);
  });
});

describe("toGraphML", () => {
  it("escapes names and carries props and evidence as data", () => {
    const xml = toGraphML(graph);
    expect(xml).toContain('<node id="industry:集成电路">');
    expect(xml).toContain("a &quot;quoted&quot;, &lt;odd&gt; &amp; name");
    expect(xml).toContain('<edge id="COVERS:industry:集成电路-&gt;product:8英寸/12英寸" source="industry:集成电路"');
    expect(xml.match(/<node /g)).toHaveLength(2);
    expect(xml.match(/<edge /g)).toHaveLength(1);
  });
});
