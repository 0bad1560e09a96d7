/** The plan's own text beside the graph: `GET /api/plans/:id/text` with every mention span. */
import { Router } from "express";
import type { PlanText } from "../../../contract/api.js";
import { mentionsOf } from "../../plans/mentions.js";
import { NotFoundError } from "../../store/errors.js";
import type { GraphStore } from "../../store/port.js";

/** Plan texts by plan id, as read from the seeds at start-up. */
export type PlanTexts = ReadonlyMap<string, string>;

export function planRoutes(store: GraphStore, texts: PlanTexts): Router {
  const r = Router();
  r.get("/plans/:id/text", async (req, res) => {
    const planId = req.params.id;
    const text = texts.get(planId);
    if (text === undefined) throw new NotFoundError(`no plan with id ${planId}`);
    const body: PlanText = { planId, text, mentions: mentionsOf(await store.graph(), planId) };
    res.json(body);
  });
  return r;
}
