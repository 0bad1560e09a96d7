/** The route table as an Express router: each route's schemas validate its request, a ZodError is a 400. */
import { Router, type Response } from "express";
import { isJsonResponse, type RawReply, type Route, type RouteContext } from "./route.js";

export function apiRouter(routes: readonly Route[], ctx: RouteContext): Router {
  const router = Router();
  for (const route of routes) {
    if (route.available && !route.available(ctx)) continue;
    router[route.method](route.path, async (req, res) => {
      const input = {
        params: route.params?.parse(req.params),
        query: route.query?.parse(req.query),
        body: route.body?.parse(req.body ?? {}),
      };
      const reply = await route.handle(input, ctx);
      if (isJsonResponse(route.response)) res.json(reply);
      else sendRaw(res, reply as RawReply);
    });
  }
  return router;
}

function sendRaw(res: Response, { body, type, attachment, headers }: RawReply): void {
  if (attachment) res.attachment(attachment);
  res.type(type);
  if (headers) res.set(headers);
  res.send(body);
}
