/** `GET /api/geo/districts`: Chongqing's district boundaries (seeds/geo), for the map views. */
import { Router } from "express";
import { readFile } from "node:fs/promises";
import path from "node:path";

export function geoRoutes(seedDir: string): Router {
  const r = Router();
  const file = path.join(seedDir, "geo", "chongqing.geojson");
  let cached: Promise<string> | undefined;
  r.get("/geo/districts", async (_req, res) => {
    cached ??= readFile(file, "utf8");
    res.type("application/geo+json").set("cache-control", "public, max-age=3600").send(await cached);
  });
  return r;
}
