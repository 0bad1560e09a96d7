/**
 * The plan filter (`plan=`) and `plans()` in the GraphStore contract, on a graph of two plans: the
 * real plan and the synthetic 成都市 plan (tests/fixtures/seeds, tests/support/twoPlans.ts), joined
 * by combinePlans as `npm start` joins the plans of seeds/plans/. They share industries, products
 * and chain links, give some of them other properties (集成电路's cluster tier, 生物's aliases), and
 * each states relationships the other does not, some between nodes both name.
 *
 * Every read with `{ plan: P }` must answer what the same read answers on a store of the same kind
 * loaded with that plan alone (projectPlan), and what the shared rules compute on that plan's graph
 * (./reference.ts); `plans()` lists both with their own counts; an unknown plan is a NotFoundError;
 * a shared entity shows only the chosen plan's evidence and properties.
 *
 * Neo4j has one database, so the answers are gathered in order: each plan alone, then both plans
 * (which the tests then read), and the real plan alone again at the end for the suites after this.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Chain, DistrictOverlap, PathsResult, SearchHit, Stats } from "../../contract/api.js";
import type { GraphData, GraphEdge, NodeType } from "../../contract/graph.js";
import { NotFoundError } from "../../server/domain/errors.js";
import { createSearchIndex } from "../../server/domain/search.js";
import { countByType } from "../../server/importer/report.js";
import { importPlan } from "../../server/importer/index.js";
import { readSeeds } from "../../server/importer/seeds.js";
import { PLAN_PROPS, combinePlans, plansOf, projectItem, projectPlan } from "../../server/plans/planSet.js";
import { planSummaries } from "../../server/plans/summaries.js";
import type { GraphStore } from "../../server/store/port.js";
import { loadPlanGraph } from "../support/plan.js";
import { FIRST_PLAN_ID, SECOND_PLAN_ID, fixtureSeedDir, secondPlanFile } from "../support/twoPlans.js";
import { byId, expectSameAnswer, expectSameIds, rejection } from "./expectations.js";
import { countsByType, neighborhood, referenceChain, referenceOverlap, referencePaths } from "./reference.js";
import type { ContractTarget } from "./suite.js";

const PLANS = [FIRST_PLAN_ID, SECOND_PLAN_ID] as const;
const IC = "industry:集成电路";
const DISPLAY = "industry:新型显示";
const EV = "industry:新能源汽车和智能网联汽车";
const BIO = "industry:生物";
const LIANGJIANG = "district:两江新区";
const SEARCHES = ["集成电路", "功率半导体", "氮化镓", "医药器械", "两江", "jcdl", "芯", "氢", "新型显示", "航空", "Integrated circuits"];
const SEARCH_LIMIT = 50;

/** The questions put to every store, for every plan or for one. */
interface Questions {
  nodes: string[];
  neighbors: { id: string; depth: number; types?: NodeType[]; limit: number }[];
  paths: { from: string; to: string; k: number; maxDepth: number }[];
}

function questions(hop: GraphEdge): Questions {
  return {
    // shared with other properties; shared with other aliases; the second plan's own; the first's own
    nodes: [IC, BIO, "industry:航空航天", LIANGJIANG],
    neighbors: [
      { id: IC, depth: 1, limit: 2000 },
      { id: IC, depth: 2, limit: 2000 },
      { id: IC, depth: 2, types: ["Industry", "District"], limit: 2000 },
      { id: IC, depth: 2, limit: 12 },
      { id: hop.source, depth: 1, limit: 2000 },
      { id: hop.source, depth: 3, types: ["Product"], limit: 2000 },
    ],
    paths: [
      { from: IC, to: DISPLAY, k: 5, maxDepth: 3 },
      { from: IC, to: DISPLAY, k: 3, maxDepth: 1 },
      { from: IC, to: EV, k: 5, maxDepth: 4 },
      { from: hop.source, to: hop.target, k: 3, maxDepth: 1 },
      { from: hop.source, to: hop.target, k: 5, maxDepth: 3 },
      { from: IC, to: LIANGJIANG, k: 3, maxDepth: 3 },
    ],
  };
}

type Failure = { error: string };
/** The answer, or the error it failed with (a node the plan does not state is NotFound in both). */
const attempt = <T>(p: Promise<T>): Promise<T | Failure> => p.catch((e: Error) => ({ error: `${e.name}: ${e.message}` }));
const failed = (x: unknown): x is Failure => typeof x === "object" && x !== null && "error" in x;

/** What one store answers, for every plan (`plan` undefined) or for one. */
interface Answers {
  stats: Stats;
  graph: GraphData;
  graphTyped: GraphData;
  nodes: (Awaited<ReturnType<GraphStore["node"]>> | Failure)[];
  neighbors: (GraphData | Failure)[];
  search: SearchHit[][];
  chains: Record<string, Chain>;
  paths: (PathsResult | Failure)[];
  overlap: DistrictOverlap;
}

async function ask(store: GraphStore, q: Questions, industries: string[], plan?: string): Promise<Answers> {
  const scope = plan === undefined ? undefined : { plan };
  const chains: Record<string, Chain> = {};
  for (const id of industries) chains[id] = await store.chain(id, scope);
  const paths: (PathsResult | Failure)[] = [];
  for (const { from, to, ...limits } of q.paths) paths.push(await attempt(store.paths(from, to, { ...limits, plan })));
  return {
    stats: await store.stats(scope),
    graph: await store.graph(undefined, scope),
    graphTyped: await store.graph(["Industry", "District", "Plan"], scope),
    nodes: await Promise.all(q.nodes.map((id) => attempt(store.node(id, scope)))),
    neighbors: await Promise.all(q.neighbors.map(({ id, ...o }) => attempt(store.neighbors(id, { ...o, plan })))),
    search: await Promise.all(SEARCHES.map((text) => store.search(text, { limit: SEARCH_LIMIT, plan }))),
    chains,
    paths,
    overlap: await store.districtOverlap(scope),
  };
}

const pathIds = (p: PathsResult) => p.paths.map((x) => ({ nodes: x.nodes.map((n) => n.id), edges: x.edges.map((e) => e.id) }));
/**
 * Hits that match a name, alias or pinyin key (tier 2 and up): their scores and order are the
 * stores' shared rule (server/domain/rank.ts). Below them the engine's relevance orders the hits,
 * and Lucene's depends on the whole index (every plan's text, the other nodes): there only the set
 * of hits is the same.
 */
const nameHits = (hits: SearchHit[]) => hits.filter((h) => h.score >= 2000);
const hitIds = (hits: SearchHit[]) => hits.map((h) => h.id).sort();
const industriesOf = (g: GraphData) => g.nodes.filter((n) => n.type === "Industry").map((n) => n.id);

export function planScopeContract(target: ContractTarget): void {
  describe(`GraphStore contract, plan filter — ${target.name}`, () => {
    let store: GraphStore;
    let kind: string;
    let real: GraphData;
    let two: GraphData;
    /** A relationship only the second plan states, between two nodes the first plan names and never joins. */
    let hop: GraphEdge;
    let q: Questions;
    /** Each plan's graph as imported (its statements), and as the graph of two plans holds it. */
    const imported: Record<string, GraphData> = {};
    const own: Record<string, GraphData> = {};
    const alone: Record<string, Answers> = {};
    const scoped: Record<string, Answers> = {};
    const states = (plan: string, id: string) => own[plan].nodes.some((n) => n.id === id);

    beforeAll(async () => {
      real = await loadPlanGraph();
      imported[FIRST_PLAN_ID] = combinePlans([{ planId: FIRST_PLAN_ID, graph: real }]);
      imported[SECOND_PLAN_ID] = combinePlans([{ planId: SECOND_PLAN_ID, graph: importPlan(await readSeeds(fixtureSeedDir, secondPlanFile)).graph }]);
      two = combinePlans(PLANS.map((planId) => ({ planId, graph: imported[planId] })));
      for (const plan of PLANS) own[plan] = projectPlan(two, plan);
      const joined = new Set(own[FIRST_PLAN_ID].edges.flatMap((e) => [`${e.source}|${e.target}`, `${e.target}|${e.source}`]));
      hop = two.edges.find(
        (e) => plansOf(e).join() === SECOND_PLAN_ID && states(FIRST_PLAN_ID, e.source) && states(FIRST_PLAN_ID, e.target) && !joined.has(`${e.source}|${e.target}`),
      )!;
      q = questions(hop);
      for (const plan of PLANS) {
        const single = await target.create();
        try {
          await single.load(own[plan]);
          alone[plan] = await ask(single, q, industriesOf(own[plan]));
        } finally {
          await single.close();
        }
      }
      store = await target.create();
      kind = store.kind;
      await store.load(two);
      for (const plan of PLANS) scoped[plan] = await ask(store, q, industriesOf(own[plan]), plan);
    });

    afterAll(async () => {
      await store?.load(imported[FIRST_PLAN_ID]).catch(() => undefined); // as the next suites expect
      await store?.close();
    });

    it("runs on two plans that share entities and state different relationships", () => {
      expect(plansOf(two.nodes.find((n) => n.id === IC)!)).toEqual([...PLANS]);
      expect(typeof two.nodes.find((n) => n.id === IC)!.props[PLAN_PROPS], "集成电路 has each plan's properties").toBe("string");
      expect(hop, "a relationship only the second plan states between nodes the first never joins").toBeDefined();
      expect(two.edges.some((e) => plansOf(e).length === 2)).toBe(true);
    });

    it("lists both plans, in order, with the counts of what each states", async () => {
      const plans = await store.plans();
      expect(plans.map((p) => p.id)).toEqual([...PLANS]);
      for (const p of plans) {
        expectSameAnswer(kind, `plans() counts of ${p.id}`, p.counts, { nodes: countByType(own[p.id].nodes), edges: countByType(own[p.id].edges) });
      }
      expectSameAnswer(kind, "plans()", plans, planSummaries(two));
    });

    for (const plan of PLANS) {
      describe(`plan ${plan}`, () => {
        it("stats and graph equal the plan's own graph", () => {
          const [got, want] = [scoped[plan], alone[plan]];
          expectSameAnswer(kind, `stats(${plan})`, got.stats, want.stats);
          expectSameAnswer(kind, `stats(${plan}) by the rule`, got.stats.nodes, countsByType(own[plan].nodes));
          expectSameAnswer(kind, `graph(${plan})`, got.graph, want.graph);
          expectSameAnswer(kind, `graph(${plan}) by the rule`, { nodes: byId(got.graph.nodes), edges: byId(got.graph.edges) }, {
            nodes: byId(imported[plan].nodes),
            edges: byId(imported[plan].edges),
          });
          expectSameAnswer(kind, `graph([Industry, District, Plan], ${plan})`, got.graphTyped, want.graphTyped);
        });

        it("node gives the plan's own view of a shared entity, its edges, and NotFound for what it does not name", () => {
          q.nodes.forEach((id, i) => {
            const got = scoped[plan].nodes[i];
            expectSameAnswer(kind, `node(${id}, ${plan})`, got, alone[plan].nodes[i]);
            if (!states(plan, id)) {
              expectSameAnswer(kind, `node(${id}, ${plan})`, got, { error: `NotFoundError: no node with id ${id}` });
              return;
            }
            if (failed(got)) throw new Error(`${kind} store: node(${id}, ${plan}) failed: ${got.error}`);
            // exactly what the plan's own import says of it: its evidence, its properties
            expectSameAnswer(kind, `node(${id}, ${plan}) node`, got.node, imported[plan].nodes.find((n) => n.id === id)!);
            expectSameAnswer(kind, `node(${id}, ${plan}) node (projectItem)`, got.node, projectItem(two.nodes.find((n) => n.id === id)!, plan)!);
            expect(got.node.props[PLAN_PROPS]).toBeUndefined();
            for (const e of got.edges) expect(e.evidence.every((ev) => ev.planId === plan), `${kind} store: ${e.id} under ${plan}`).toBe(true);
          });
        });

        it("neighbors walk only the plan's relationships", () => {
          q.neighbors.forEach(({ id, ...o }, i) => {
            const what = `neighbors(${id}, depth ${o.depth}${o.types ? `, ${o.types.join("|")}` : ""}, limit ${o.limit}, ${plan})`;
            const got = scoped[plan].neighbors[i];
            expectSameAnswer(kind, what, got, alone[plan].neighbors[i]);
            if (failed(got)) throw new Error(`${kind} store: ${what} failed: ${got.error}`);
            const want = neighborhood(own[plan], id, o);
            expectSameIds(kind, `${what} nodes by the rule`, got.nodes.map((n) => n.id), want.ids);
            expectSameIds(kind, `${what} edges by the rule`, got.edges.map((e) => e.id), want.edges.map((e) => e.id));
          });
        });

        it("chains are the plan's chains", () => {
          for (const id of industriesOf(own[plan])) {
            const got = scoped[plan].chains[id];
            expectSameAnswer(kind, `chain(${id}, ${plan})`, got, alone[plan].chains[id]);
            const want = referenceChain(own[plan], id);
            expectSameAnswer(kind, `chain(${id}, ${plan}) by the rule`, { ...got, nodes: byId(got.nodes), edges: byId(got.edges) }, {
              ...want,
              nodes: byId(want.nodes),
              edges: byId(want.edges),
            });
          }
        });

        it("paths use only the plan's relationships", () => {
          q.paths.forEach(({ from, to, ...limits }, i) => {
            const what = `paths(${from}, ${to}, k ${limits.k}, maxDepth ${limits.maxDepth}, ${plan})`;
            const got = scoped[plan].paths[i];
            expectSameAnswer(kind, what, got, alone[plan].paths[i]);
            const missing = [from, to].find((id) => !states(plan, id));
            if (missing) expectSameAnswer(kind, what, got, { error: `NotFoundError: no node with id ${missing}` });
            else if (failed(got)) throw new Error(`${kind} store: ${what} failed: ${got.error}`);
            else expectSameAnswer(kind, `${what} by the rule`, pathIds(got), referencePaths(own[plan], from, to, limits));
          });
        });

        it("district overlap counts the plan's KEY_DISTRICT edges", () => {
          expectSameAnswer(kind, `districtOverlap(${plan})`, scoped[plan].overlap, alone[plan].overlap);
          expectSameAnswer(kind, `districtOverlap(${plan}) by the rule`, scoped[plan].overlap, referenceOverlap(own[plan]));
        });

        it("search finds what the plan names, ranked as on the plan alone", () => {
          const reference = createSearchIndex(own[plan].nodes);
          SEARCHES.forEach((text, i) => {
            const [got, want] = [scoped[plan].search[i], alone[plan].search[i]];
            const what = `search(${text}, ${plan})`;
            expectSameAnswer(kind, `${what} name hits`, nameHits(got), nameHits(want));
            expectSameAnswer(kind, `${what} name hits by the memory store's rule`, nameHits(got), nameHits(reference.search(text, { limit: SEARCH_LIMIT })));
            if (want.length < SEARCH_LIMIT) expectSameAnswer(kind, `${what} hits`, hitIds(got), hitIds(want));
            for (const h of got) expect(states(plan, h.id), `${kind} store: ${what} hit ${h.id}`).toBe(true);
          });
        });
      });
    }

    it("never follows a relationship only the other plan states", () => {
      const [first, second] = PLANS.map((p) => scoped[p]);
      const direct = q.paths.findIndex((p) => p.from === hop.source && p.to === hop.target && p.maxDepth === 1);
      expectSameAnswer(kind, `paths(${hop.source}, ${hop.target}, maxDepth 1, ${SECOND_PLAN_ID})`, pathIds(second.paths[direct] as PathsResult), [
        { nodes: [hop.source, hop.target], edges: [hop.id] },
      ]);
      expectSameAnswer(kind, `paths(${hop.source}, ${hop.target}, maxDepth 1, ${FIRST_PLAN_ID})`, first.paths[direct], { paths: [] });
      const around = q.neighbors.findIndex((n) => n.id === hop.source && n.depth === 1);
      expect((first.neighbors[around] as GraphData).nodes.map((n) => n.id), `${kind} store: neighbors(${hop.source}, ${FIRST_PLAN_ID})`).not.toContain(hop.target);
      expect((second.neighbors[around] as GraphData).edges.map((e) => e.id)).toContain(hop.id);
      const chainsWith = (a: Answers) => Object.values(a.chains).filter((c) => c.edges.some((e) => e.id === hop.id));
      expect(chainsWith(first), `${kind} store: a chain of ${FIRST_PLAN_ID} holds ${hop.id}`).toEqual([]);
      expect(chainsWith(second).length).toBeGreaterThan(0);
    });

    it("shows a shared entity's aliases as each plan gives them", () => {
      const bio = q.nodes.indexOf(BIO);
      const aliases = (plan: string) => imported[plan].nodes.find((n) => n.id === BIO)!.props.aliases;
      expect(aliases(FIRST_PLAN_ID)).not.toEqual(aliases(SECOND_PLAN_ID)); // the fixture differs here
      for (const plan of PLANS) {
        const got = scoped[plan].nodes[bio];
        if (failed(got)) throw new Error(got.error);
        expectSameAnswer(kind, `node(${BIO}, ${plan}).props.aliases`, got.node.props.aliases, aliases(plan));
      }
    });

    it("without a plan, answers from both plans", async () => {
      const all = await store.stats();
      expectSameAnswer(kind, "stats() of both plans", all.totals, { nodes: two.nodes.length, edges: two.edges.length });
      const { node } = await store.node(IC);
      expectSameAnswer(kind, `node(${IC}) of both plans`, node, two.nodes.find((n) => n.id === IC)!);
    });

    it("refuses an unknown plan with NotFoundError from every read", async () => {
      const plan = "no-such-plan";
      const calls: [string, () => Promise<unknown>][] = [
        ["stats", () => store.stats({ plan })],
        ["graph", () => store.graph(undefined, { plan })],
        ["graph(types)", () => store.graph(["Industry"], { plan })],
        ["node", () => store.node(IC, { plan })],
        ["neighbors", () => store.neighbors(IC, { depth: 1, limit: 10, plan })],
        ["search", () => store.search("集成电路", { limit: 5, plan })],
        ["search without terms", () => store.search("  ", { limit: 5, plan })],
        ["chain", () => store.chain(IC, { plan })],
        ["paths", () => store.paths(IC, DISPLAY, { k: 1, maxDepth: 2, plan })],
        ["districtOverlap", () => store.districtOverlap({ plan })],
      ];
      for (const [what, call] of calls) {
        const err = await rejection(call(), `${kind} store: ${what} of an unknown plan`);
        expect(err, `${kind} store: ${what} of an unknown plan threw ${err.name}: ${err.message}`).toBeInstanceOf(NotFoundError);
        expect(err.message).toBe(`no plan with id ${plan}`);
      }
    });
  });
}
