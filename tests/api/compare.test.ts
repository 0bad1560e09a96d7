/**
 * GET /api/compare on a memory store holding both plans (the real one and the synthetic second,
 * tests/fixtures/seeds): the comparison as each plan's own statements give it, as JSON and as CSV.
 */
import { pino } from "pino";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { Comparison, ErrorBody } from "../../contract/api.js";
import type { GraphData } from "../../contract/graph.js";
import { createApp } from "../../server/app.js";
import { importPlan } from "../../server/importer/index.js";
import { readAllSeeds } from "../../server/importer/seeds.js";
import { combinePlans, projectPlan } from "../../server/plans/planSet.js";
import { createMemoryStore } from "../../server/store/memory.js";
import { FIRST_PLAN_ID as CQ, SECOND_PLAN_ID as CD, makeTwoPlanSeedDir } from "../support/twoPlans.js";

let app: ReturnType<typeof createApp>;
let both: GraphData;
let json: Comparison;

/** What each plan states of one type, by id. */
const idsOf = (g: GraphData, type: string) => new Set(g.nodes.filter((n) => n.type === type).map((n) => n.id));

beforeAll(async () => {
  const inputs = await readAllSeeds(await makeTwoPlanSeedDir());
  both = combinePlans(inputs.map((input) => ({ planId: input.planId, graph: importPlan(input).graph })));
  const store = createMemoryStore();
  await store.load(both);
  app = createApp({ store, logger: pino({ level: "silent" }), planTexts: new Map(inputs.map((i) => [i.planId, i.text])) });
  json = Comparison.parse((await request(app).get(`/api/compare?a=${CQ}&b=${CD}`).expect(200)).body);
});

describe("GET /api/compare", () => {
  it("names both plans and lists every industry of either, in both first, then only in A, only in B", () => {
    expect([json.a.id, json.b.id]).toEqual([CQ, CD]);
    const cq = idsOf(projectPlan(both, CQ), "Industry");
    const cd = idsOf(projectPlan(both, CD), "Industry");
    expect(new Set(json.industries.map((i) => i.id))).toEqual(new Set([...cq, ...cd]));
    for (const i of json.industries) {
      expect(i.in, i.id).toBe(cq.has(i.id) && cd.has(i.id) ? "both" : cq.has(i.id) ? "a" : "b");
      expect(i.a !== undefined, i.id).toBe(cq.has(i.id));
      expect(i.b !== undefined, i.id).toBe(cd.has(i.id));
    }
    const order = json.industries.map((i) => ["both", "a", "b"].indexOf(i.in));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    // the fixture shares some industries and has some of its own
    expect(order.filter((s) => s === 0).length).toBeGreaterThan(0);
    expect(order.filter((s) => s === 2).length).toBeGreaterThan(0);
  });

  it("counts an industry's backing in each plan from that plan's own edges", () => {
    const ic = json.industries.find((i) => i.id === "industry:集成电路")!;
    expect(ic.in).toBe("both");
    for (const [side, planId] of [["a", CQ], ["b", CD]] as const) {
      const g = projectPlan(both, planId);
      const out = (type: string, from = ic.id) => new Set(g.edges.filter((e) => e.type === type && e.source === from).map((e) => e.target));
      const products = out("COVERS");
      for (const d of out("HAS_DIRECTION")) for (const p of out("COVERS", d)) products.add(p);
      expect(ic[side], `${side}`).toEqual({
        projects: out("HAS_PROJECT").size,
        platforms: out("HAS_PLATFORM").size,
        districts: out("KEY_DISTRICT").size,
        products: products.size,
      });
    }
    expect(ic.a!.projects).not.toBe(ic.b!.projects); // the two plans back it differently
  });

  it("lists the chain links of either plan, each with its plan's quote", () => {
    const links = (planId: string) => new Set(projectPlan(both, planId).edges.filter((e) => e.type === "FEEDS" || e.type === "SUPPLIES").map((e) => e.id));
    const [cq, cd] = [links(CQ), links(CD)];
    expect(new Set(json.links.map((l) => l.id))).toEqual(new Set([...cq, ...cd]));
    for (const l of json.links) {
      expect(l.in).toBe(cq.has(l.id) && cd.has(l.id) ? "both" : cq.has(l.id) ? "a" : "b");
      expect(l.quoteA !== undefined).toBe(cq.has(l.id));
      expect(l.quoteB !== undefined).toBe(cd.has(l.id));
    }
    const shared = json.links.find((l) => l.in === "both")!;
    expect(shared.quoteA).not.toBe(shared.quoteB); // each plan's own sentence
    expect(json.links.some((l) => l.in === "b")).toBe(true);
  });

  it("lists shared products with the industries covering them", () => {
    const shared = json.products.filter((p) => p.in === "both");
    expect(shared.length).toBeGreaterThan(0);
    const industries = new Set(json.industries.map((i) => i.id));
    for (const p of json.products) for (const i of p.industries) expect(industries.has(i)).toBe(true);
  });

  it("swapping a and b swaps the sides", async () => {
    const swapped = Comparison.parse((await request(app).get(`/api/compare?a=${CD}&b=${CQ}`).expect(200)).body);
    const flip = { both: "both", a: "b", b: "a" };
    const byId = new Map(swapped.industries.map((i) => [i.id, i]));
    for (const i of json.industries) {
      expect(byId.get(i.id)?.in).toBe(flip[i.in]);
      expect(byId.get(i.id)?.a).toEqual(i.b);
    }
  });

  it("answers CSV: a BOM, a header, one row per industry, product and link, as an attachment", async () => {
    const res = await request(app)
      .get(`/api/compare?a=${CQ}&b=${CD}&format=csv`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on("data", (c: Buffer) => chunks.push(c));
        r.on("end", () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers["content-disposition"]).toMatch(new RegExp(`^attachment; filename="?compare-${CQ}-${CD}\\.csv"?$`));
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("section,id,name,nameEn,in,aProjects,aPlatforms,aDistricts,aProducts,bProjects,bPlatforms,bDistricts,bProducts,industries,linkType,source,target,quoteA,quoteB");
    // quotes hold no line breaks here, so one line per row
    const count = (section: string) => lines.filter((l) => l.startsWith(`${section},`)).length;
    expect(count("industry")).toBe(json.industries.length);
    expect(count("product")).toBe(json.products.length);
    expect(count("link")).toBe(json.links.length);
    const ic = json.industries.find((i) => i.id === "industry:集成电路")!;
    const row = lines.find((l) => l.startsWith("industry,industry:集成电路,"))!;
    const b = (x: typeof ic.a) => [x!.projects, x!.platforms, x!.districts, x!.products].join(",");
    expect(row).toBe(`industry,industry:集成电路,集成电路,${ic.nameEn},both,${b(ic.a)},${b(ic.b)},,,,,,`);
  });

  it("refuses the same plan twice or a missing one (400), and names an unknown plan (404)", async () => {
    for (const url of [`/api/compare?a=${CQ}&b=${CQ}`, `/api/compare?a=${CQ}`, `/api/compare?b=${CD}`, `/api/compare?a=${CQ}&b=${CD}&format=xml`]) {
      const res = await request(app).get(url).expect(400);
      expect(ErrorBody.parse(res.body).error.code, url).toBe("bad_request");
    }
    const res = await request(app).get(`/api/compare?a=${CQ}&b=nope`).expect(404);
    expect(ErrorBody.parse(res.body).error.message).toContain("nope");
  });
});
