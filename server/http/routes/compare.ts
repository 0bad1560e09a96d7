/** Two plans side by side: `GET /api/compare?a=&b=&format=json|csv`. */
import { CompareQuery, Comparison } from "../../../contract/api.js";
import type { NodeType } from "../../../contract/graph.js";
import { comparePlans } from "../../domain/compare.js";
import { comparisonCsv, comparisonFileName } from "../../domain/compareCsv.js";
import { BadRequestError, NotFoundError } from "../../domain/errors.js";
import { defineRoute } from "../route.js";

/** What the comparison reads of each plan. */
const TYPES: NodeType[] = ["Industry", "Direction", "Product", "Project", "Platform", "District"];

export const compareRoutes = [
  defineRoute({
    method: "get",
    path: "/api/compare",
    summary: "Two plans side by side: industries, products and chain links in both or one only (JSON or CSV)",
    query: CompareQuery,
    response: {
      description: "The comparison; as CSV, offered as a download (one row per industry, product and link)",
      media: { "application/json": Comparison, "text/csv": null },
    },
    errors: { 400: "A missing plan, the same plan twice, or an unknown format", 404: "No plan with this id", 503: "The store cannot be reached" },
    handle: async ({ query: { a, b, format } }, { store }) => {
      if (a === b) throw new BadRequestError("a and b must be two different plans");
      const plans = await store.plans();
      const summaryA = plans.find((p) => p.id === a);
      const summaryB = plans.find((p) => p.id === b);
      if (!summaryA) throw new NotFoundError(`no plan with id ${a}`);
      if (!summaryB) throw new NotFoundError(`no plan with id ${b}`);
      const [ga, gb] = await Promise.all([store.graph(TYPES, { plan: a }), store.graph(TYPES, { plan: b })]);
      const comparison = comparePlans(ga, gb, summaryA, summaryB);
      if (format === "csv") return { body: comparisonCsv(comparison), type: "text/csv; charset=utf-8", attachment: comparisonFileName(a, b) };
      return { body: JSON.stringify(comparison), type: "application/json; charset=utf-8" };
    },
  }),
];
