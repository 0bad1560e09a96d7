/** `GET /api/geo/districts`: Chongqing's district boundaries (seeds/geo), for the map views. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { GeoCollection } from "../../../contract/api.js";
import { defineRoute } from "../route.js";

/** The file's text by seeds folder: read once, sent as it is. */
const cache = new Map<string, Promise<string>>();

function boundaries(seedDir: string): Promise<string> {
  let text = cache.get(seedDir);
  if (!text) {
    text = readFile(path.join(seedDir, "geo", "chongqing.geojson"), "utf8");
    cache.set(seedDir, text);
  }
  return text;
}

export const geoRoutes = [
  defineRoute({
    method: "get",
    path: "/api/geo/districts",
    summary: "Chongqing's district and county boundaries (feature id = adcode)",
    response: { description: "A GeoJSON FeatureCollection", media: { "application/geo+json": GeoCollection } },
    errors: {},
    readsGraph: false,
    available: (ctx) => ctx.seedDir !== undefined,
    handle: async (_input, { seedDir }) => ({
      body: await boundaries(seedDir as string), // mounted only with a seeds folder
      type: "application/geo+json",
      headers: { "cache-control": "public, max-age=3600" },
    }),
  }),
];
