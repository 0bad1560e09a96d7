/** The plans: `GET /api/plans` (the list) and `GET /api/plans/:id/text` (the text with every mention span). */
import { z } from "zod";
import { PlanText, PlansList } from "../../../contract/api.js";
import { NotFoundError } from "../../domain/errors.js";
import { mentionsOf } from "../../plans/mentions.js";
import { defineRoute } from "../route.js";

export const planRoutes = [
  defineRoute({
    method: "get",
    path: "/api/plans",
    summary: "The plans loaded, each with its statements counted by type",
    response: PlansList,
    errors: { 503: "The store cannot be reached" },
    cached: true,
    handle: (_input, { store }) => store.plans(),
  }),
  defineRoute({
    method: "get",
    path: "/api/plans/:id/text",
    summary: "The plan text and every mention span",
    params: z.object({ id: z.string() }),
    response: PlanText,
    errors: { 404: "No plan with this id", 503: "The store cannot be reached" },
    // the texts are read once at start-up: the answer changes only with the graph
    cached: true,
    handle: async ({ params: { id: planId } }, { store, planTexts }) => {
      const text = planTexts.get(planId);
      if (text === undefined) throw new NotFoundError(`no plan with id ${planId}`);
      return { planId, text, mentions: mentionsOf(await store.graph(undefined, { plan: planId }), planId) };
    },
  }),
];
