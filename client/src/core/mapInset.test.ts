import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { GeoCollection } from "./geo.js";
import { CORE, INSET_TITLE, MAIN_CITY, insetProjection, insetShapes, insetShows, insetZones, mainCityBox, mapFrame } from "./mapInset.js";
import { mapProjection, zonePoints } from "./mapProjection.js";

const file = fileURLToPath(new URL("../../../seeds/geo/chongqing.geojson", import.meta.url));
const { features } = JSON.parse(readFileSync(file, "utf8")) as GeoCollection;
const NO_NODES = new Map();

describe("the frame", () => {
  it("puts the inset beside a wide map and below a tall one, both inside the view", () => {
    const wide = mapFrame(1200, 700);
    expect(wide.tall).toBe(false);
    expect(wide.inset).toEqual({ x: 8, y: 700 - 385 - 8, w: 340, h: 385 });
    expect(wide.map).toEqual({ x: 348, y: 0, w: 852, h: 700 });
    const tall = mapFrame(500, 766);
    expect(tall.tall).toBe(true);
    expect(tall.inset).toEqual({ x: 8, y: 766 - 276 - 8, w: 300, h: 276 });
    expect(tall.map).toEqual({ x: 0, y: 0, w: 500, h: 766 - 276 - 8 });
  });
  it("gives the whole view to the city when the inset is collapsed", () => {
    expect(mapFrame(1200, 700, false).map).toEqual({ x: 0, y: 0, w: 1200, h: 700 });
  });
  it("steps the inset aside when the zoomed main city would lie under it", () => {
    const inset = { x: 8, y: 300, w: 300, h: 300 };
    const box = { x: 500, y: 200, w: 100, h: 100 };
    expect(insetShows({ k: 1, x: 0, y: 0 }, box, inset)).toBe(true);
    // zoomed ×2 about (0, 600): the box now spans x 100–300, y −200…0 + 600 → under the inset
    expect(insetShows({ k: 2, x: -900, y: -100 }, box, inset)).toBe(false);
    expect(insetShows({ k: 2, x: 0, y: -600 }, box, inset)).toBe(true);
    expect(insetShows({ k: 3, x: 0, y: 0 }, box, inset)).toBe(false);
    expect(insetShows({ k: 1, x: 0, y: 0 }, null, inset)).toBe(true);
  });
});

describe("the inset over the real boundaries", () => {
  const frame = mapFrame(1200, 700);
  const r = frame.inset;
  const project = insetProjection(features, r);
  const shapes = insetShapes(features, NO_NODES, project, r);
  const names = new Set(shapes.map((s) => s.name));

  it("magnifies the six core districts into the inset below its title", () => {
    for (const f of features.filter((f) => CORE.has(f.properties.name)))
      for (const poly of f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates)
        for (const [lon, lat] of poly[0]) {
          const p = project(lon, lat);
          expect(p.x).toBeGreaterThanOrEqual(r.x);
          expect(p.x).toBeLessThanOrEqual(r.x + r.w);
          expect(p.y).toBeGreaterThanOrEqual(r.y + INSET_TITLE);
          expect(p.y).toBeLessThanOrEqual(r.y + r.h);
        }
  });

  it("shows the core and its clipped neighbours, not the far districts, each core one labelled inside", () => {
    for (const name of CORE) expect(names.has(name), name).toBe(true);
    expect(names.has("北碚区")).toBe(true);
    expect(names.has("渝北区")).toBe(true);
    expect(names.has("城口县")).toBe(false);
    expect(names.has("万州区")).toBe(false);
    for (const s of shapes) {
      expect(s.core).toBe(CORE.has(s.name));
      expect(s.id).toBe(`district:${s.name}`);
      if (s.core) expect(s.labelled, s.name).toBe(true);
      if (s.labelled) {
        expect(s.at.x).toBeGreaterThan(r.x);
        expect(s.at.x).toBeLessThan(r.x + r.w);
        expect(s.at.y).toBeGreaterThan(r.y + INSET_TITLE);
        expect(s.at.y).toBeLessThan(r.y + r.h);
      }
    }
  });

  it("keeps the zones that fall inside it", () => {
    const zone = (id: string, lon: number, lat: number) => ({ id, name: id, nameEn: undefined, props: { kind: "zone", lon, lat } });
    const points = zonePoints([zone("inner", 106.55, 29.56), zone("far", 108.4, 30.8)], project);
    expect(insetZones(points, r).map((z) => z.node.id)).toEqual(["inner"]);
  });

  it("outlines the main city on the map: every main-city district inside the box", () => {
    const main = mapProjection(features, frame.map);
    expect(mainCityBox([], main)).toBeNull();
    const box = mainCityBox(features, main)!;
    expect(box.w).toBeGreaterThan(0);
    expect(box.h).toBeGreaterThan(0);
    for (const f of features.filter((f) => MAIN_CITY.has(f.properties.name)))
      for (const [lon, lat] of (f.geometry.type === "Polygon" ? f.geometry.coordinates : f.geometry.coordinates[0])[0]) {
        const p = main(lon, lat);
        expect(p.x).toBeGreaterThanOrEqual(box.x - 1e-6);
        expect(p.x).toBeLessThanOrEqual(box.x + box.w + 1e-6);
        expect(p.y).toBeGreaterThanOrEqual(box.y - 1e-6);
        expect(p.y).toBeLessThanOrEqual(box.y + box.h + 1e-6);
      }
  });
});
