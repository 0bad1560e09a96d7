/**
 * The plan importer: text in, evidence-backed graph out. Pure: no I/O here (see seeds.ts).
 * Stages: reject non-plans → outline → industries and their 专栏 tables → directions, programs,
 * indicators → curated products and chains → geography → places → merge and validate.
 */
import type { GraphData } from "../../contract/graph.js";
import { addChains, addDetectedSupplies } from "./chains.js";
import { type Ctx, makeCtx } from "./context.js";
import type { CuratedInputs } from "./curated.js";
import { addDirections } from "./directions.js";
import { type Divisions, resolveDivision } from "./divisions.js";
import { applyDivisions } from "./divisionsGraph.js";
import { addEnglishNames } from "./englishNames.js";
import { NotAPlanError } from "./errors.js";
import { buildGeography, resolveDistrictName } from "./geography.js";
import { assertPlainText } from "./guard.js";
import { findIndustries } from "./industries.js";
import { addBoxEntities, addIndustry } from "./industryGraph.js";
import { addIndicators } from "./indicators.js";
import { makeLocator } from "./locate.js";
import { buildPlan, withRegion } from "./plan.js";
import { addProducts } from "./products.js";
import { addAllPlacements } from "./placements.js";
import { addLocatedIn } from "./places.js";
import { addPrograms } from "./programs.js";
import { planRegion } from "./region.js";
import { type ImportReport, makeReport } from "./report.js";
import { parseOutline } from "./sections.js";
import { makeView } from "./text.js";
import { validateGraph } from "./validate.js";

export { NotAPlanError, CuratedFileError } from "./errors.js";
export type { CuratedInputs } from "./curated.js";
export type { Divisions } from "./divisions.js";
export type { ImportReport } from "./report.js";

export interface ImportInput {
  text: string;
  planId: string;
  sourceFile: string;
  curated?: CuratedInputs;
  /** GB/T 2260 divisions (reference.ts): the plan's region, and its districts' codes where it has no curated geography. */
  divisions?: Divisions;
  /** What reading the file did beyond UTF-8 (another encoding, CR line ends): report warnings. */
  notes?: string[];
  /**
   * A curated entry the text does not back fails the import (CuratedFileError) instead of being
   * skipped with a warning: for a plan and its own curation (the seeds' tests, `import --strict`).
   */
  strict?: boolean;
}

export function importPlan(input: ImportInput): { graph: GraphData; report: ImportReport } {
  const { text, planId, sourceFile, curated, divisions } = input;
  assertPlainText(text);
  const view = makeView(text);
  const outline = parseOutline(view.clean);
  if (!outline.chapters.length) {
    throw new NotAPlanError("not a plan: no chapter headings (一、… 二、…) found");
  }
  const found = findIndustries(view, outline);
  if (!found.industries.length) {
    throw new NotAPlanError("not a strategic emerging industries plan: no industry sections with 专栏 tables found");
  }

  const plan = buildPlan(view, outline, planId, sourceFile, curated?.plan);
  const region = planRegion({
    divisions,
    title: plan.titleStated ? plan.node.name : undefined,
    preface: outline.preface.map((l) => l.text).join("\n"),
    meta: curated?.plan,
    metaFile: `seeds/curated/${planId}/plan.json`,
  });
  // districts resolve against the curated geography where the plan has one, else against GB/T 2260 in its region
  const geography = curated?.geography;
  const reference =
    !geography && divisions && region.region?.code ? { divisions, name: region.region.name, code: region.region.code } : undefined;
  const ctx: Ctx = makeCtx(
    view,
    planId,
    (name) => {
      if (geography) return resolveDistrictName(geography, name) ?? name;
      return reference ? resolveDivision(reference.divisions, reference.code, name)?.name ?? name : name;
    },
    input.strict,
  );
  ctx.inferred.push(...found.inferred);
  ctx.warnings.push(...(input.notes ?? []), ...found.warnings);

  ctx.acc.addNode(withRegion(plan.node, region.region));
  ctx.inferred.push(...plan.inferred, ...region.inferred);
  ctx.warnings.push(...plan.warnings, ...region.warnings);

  for (const ind of found.industries) addIndustry(ctx, ind, plan.node.id);
  const projects = found.industries.flatMap((ind) =>
    ind.part.boxes.filter((b) => b.kind === "industry").flatMap((box) => addBoxEntities(ctx, ind, box)),
  );
  const directions = addDirections(ctx, found.industries);
  addPrograms(ctx, outline, found.industries);
  addAllPlacements(ctx, outline, found.industries);
  addIndicators(ctx, outline, found.industries, plan.node.id);
  const locator = makeLocator(outline, found.industries, directions);
  const products = addProducts(ctx, curated?.products ?? [], found.industries, locator, projects, curated?.files?.products);
  addChains(ctx, curated?.chains ?? [], found.industries, products, locator, curated?.files?.chains);
  addDetectedSupplies(ctx, found.industries);

  if (geography) addGeography(ctx, geography);
  addLocatedIn(ctx, curated?.places ?? []);

  let built = ctx.acc.toGraph();
  if (reference) {
    const fromReference = applyDivisions(built, reference.divisions, reference);
    built = fromReference.graph;
    ctx.inferred.push(...fromReference.inferred);
    ctx.warnings.push(...fromReference.warnings);
  }
  ctx.warnings.push(...ctx.acc.conflicts);
  const graph = validateGraph(addEnglishNames(built, curated?.directions, ctx.curatedMiss), text);
  // every statement carries its plan, reference facts too (several plans share one graph)
  for (const item of [...graph.nodes, ...graph.edges]) {
    item.evidence = item.evidence.map((ev) => (ev.planId === undefined ? { ...ev, planId } : ev));
  }
  const lacks = curated?.lacks ?? ["products", "chains", "geography"];
  // the Plan node says which curated layers its plan lacks (GET /api/plans shows it)
  if (lacks.length) graph.nodes.find((n) => n.type === "Plan")!.props.lacks = [...lacks];
  return { graph, report: makeReport(graph, ctx.inferred, ctx.warnings, lacks) };
}

function addGeography(ctx: Ctx, geography: NonNullable<CuratedInputs["geography"]>): void {
  const textDistricts = ctx.acc.toGraph().nodes.filter((n) => n.type === "District");
  const geo = buildGeography(geography);
  const geoIds = new Set(geo.nodes.map((n) => n.id));
  for (const n of textDistricts) {
    if (!geoIds.has(n.id)) ctx.warnings.push(`district ${n.name} named by the plan is not in the geography data`);
  }
  for (const n of geo.nodes) ctx.acc.addNode(n);
  for (const e of geo.edges) ctx.acc.addEdge(e);
}
