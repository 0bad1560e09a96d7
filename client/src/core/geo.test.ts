import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { DistrictOverlap } from "../../../contract/api.js";
import {
  binOf,
  choroplethBins,
  choroplethValues,
  clampTransform,
  collectionBounds,
  containsPoint,
  fitProjection,
  geometryBounds,
  geometryCentroid,
  geometryPath,
  labelAnchor,
  ringLayout,
  similarityBins,
  zoomAbout,
  type GeoCollection,
  type Geometry,
} from "./geo.js";

const square: Geometry = {
  type: "Polygon",
  coordinates: [[[106, 29], [107, 29], [107, 30], [106, 30], [106, 29]]],
};
const twoSquares: Geometry = {
  type: "MultiPolygon",
  coordinates: [
    [[[106, 29], [106.2, 29], [106.2, 29.2], [106, 29.2], [106, 29]]],
    [[[108, 30], [110, 30], [110, 32], [108, 32], [108, 30]]],
  ],
};

describe("projection and paths on hand-made polygons", () => {
  it("fits the bounds in the box, keeping the aspect (cos φ on longitudes), north up", () => {
    const p = fitProjection([106, 29, 107, 30], 200, 200, 0);
    const nw = p(106, 30);
    const se = p(107, 29);
    expect(nw.y).toBeCloseTo(0);
    expect(se.y).toBeCloseTo(200);
    // 1° of longitude at 29.5°N is cos(29.5°) ≈ 0.87 of 1° of latitude, centred horizontally
    expect(se.x - nw.x).toBeCloseTo(200 * Math.cos((29.5 * Math.PI) / 180));
    expect((se.x + nw.x) / 2).toBeCloseTo(100);
    const [lon, lat] = p.invert(p(106.3, 29.7));
    expect(lon).toBeCloseTo(106.3);
    expect(lat).toBeCloseTo(29.7);
  });

  it("draws a polygon as one closed subpath, a multipolygon as one per part", () => {
    const p = fitProjection(geometryBounds(square), 100, 100, 10);
    const d = geometryPath(square, p);
    expect(d.startsWith("M")).toBe(true);
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d.endsWith("Z")).toBe(true);
    const d2 = geometryPath(twoSquares, fitProjection(geometryBounds(twoSquares), 100, 100, 10));
    expect(d2.match(/M/g)).toHaveLength(2);
  });

  it("centroids the largest part, and label anchors prefer the node's lon/lat", () => {
    expect(geometryCentroid(square)).toEqual([106.5, 29.5]);
    const [lon, lat] = geometryCentroid(twoSquares);
    expect(lon).toBeCloseTo(109);
    expect(lat).toBeCloseTo(31);
    expect(labelAnchor({ lon: 106.1, lat: 29.1 }, square)).toEqual([106.1, 29.1]);
    expect(labelAnchor({}, square)).toEqual([106.5, 29.5]);
    expect(labelAnchor(undefined, undefined)).toBeNull();
    expect(containsPoint(square, 106.5, 29.5)).toBe(true);
    expect(containsPoint(square, 107.5, 29.5)).toBe(false);
  });
});

describe("the choropleth", () => {
  const overlap: DistrictOverlap = {
    districts: ["district:a", "district:b", "district:c"],
    industries: ["industry:x", "industry:y"],
    matrix: [
      [1, 1],
      [0, 1],
      [0, 0],
    ],
    pairs: [],
  };
  it("counts industries per district, or 0/1 for one industry", () => {
    expect(Object.fromEntries(choroplethValues(overlap))).toEqual({ "district:a": 2, "district:b": 1, "district:c": 0 });
    expect(Object.fromEntries(choroplethValues(overlap, "industry:x"))).toEqual({
      "district:a": 1,
      "district:b": 0,
      "district:c": 0,
    });
    expect(choroplethValues(overlap, "industry:nope").get("district:a")).toBe(0);
  });
  it("bins: 0 apart, one bin per count when few, ranges covering 1…max when many", () => {
    expect(choroplethBins(3).map((b) => b.label)).toEqual(["0", "1", "2", "3"]);
    const many = choroplethBins(12);
    expect(many).toHaveLength(6);
    expect(many[1].min).toBe(1);
    expect(many[many.length - 1].max).toBe(12);
    for (let i = 1; i < many.length; i++) expect(many[i].min).toBe(many[i - 1].max + 1);
    for (let v = 0; v <= 12; v++) expect(binOf(v, many).min).toBeLessThanOrEqual(v);
    expect(choroplethBins(5, { none: "not named", named: "key district" }).map((b) => b.label)).toEqual(["not named", "key district"]);
    expect(new Set(many.map((b) => b.color)).size).toBe(many.length);
  });
});

describe("the ring and zooming", () => {
  it("places ring items evenly on the ellipse, in the angular order of their points", () => {
    const ring = ringLayout(
      [
        { id: "east", points: [{ x: 10, y: 0 }] },
        { id: "north", points: [{ x: 0, y: -10 }] },
        { id: "west", points: [{ x: -10, y: 0 }] },
        { id: "south", points: [{ x: 0, y: 10 }] },
      ],
      0,
      0,
      100,
      50,
    );
    const n = ring.get("north")!;
    const e = ring.get("east")!;
    const s = ring.get("south")!;
    const w = ring.get("west")!;
    expect(n.y).toBeLessThan(0);
    expect(e.x).toBeGreaterThan(0);
    expect(s.y).toBeGreaterThan(0);
    expect(w.x).toBeLessThan(0);
    for (const p of [n, e, s, w]) expect((p.x / 100) ** 2 + (p.y / 50) ** 2).toBeCloseTo(1);
  });

  it("zooms about the pointer", () => {
    const t = zoomAbout({ k: 1, x: 0, y: 0 }, 2, 100, 50);
    expect(t.k).toBe(2);
    // model point (100, 50) stays under the pointer
    expect(100 * t.k + t.x).toBe(100);
    expect(50 * t.k + t.y).toBe(50);
    expect(zoomAbout({ k: 1, x: 0, y: 0 }, 1000, 0, 0).k).toBe(16);
  });

  it("keeps the zoom to the region: never below the whole of it, never panned off the frame", () => {
    expect(clampTransform({ k: 0.3, x: 50, y: -40 }, 800, 600)).toEqual({ k: 1, x: 0, y: 0 });
    // zoomed ×2: the drawing is 1600×1200, so the view's origin may move within [-800, 0] × [-600, 0]
    expect(clampTransform({ k: 2, x: 100, y: -900 }, 800, 600)).toEqual({ k: 2, x: 0, y: -600 });
    expect(clampTransform({ k: 2, x: -300, y: -200 }, 800, 600)).toEqual({ k: 2, x: -300, y: -200 });
    expect(clampTransform({ k: 40, x: 0, y: 0 }, 800, 600).k).toBe(16);
  });

  it("bins a similarity: nothing shared, then five ranges up to 1", () => {
    const bins = similarityBins("none");
    expect(bins.map((b) => b.label)).toEqual(["none", "0.0–0.2", "0.2–0.4", "0.4–0.6", "0.6–0.8", "0.8–1.0"]);
    expect(binOf(0, bins).label).toBe("none");
    expect(binOf(0.2, bins).label).toBe("0.0–0.2");
    expect(binOf(0.62, bins).label).toBe("0.6–0.8");
    expect(binOf(1, bins).label).toBe("0.8–1.0");
  });
});

describe("the real boundaries (seeds/geo/chongqing.geojson)", () => {
  const file = fileURLToPath(new URL("../../../seeds/geo/chongqing.geojson", import.meta.url));
  const geo = JSON.parse(readFileSync(file, "utf8")) as GeoCollection;
  const W = 800;
  const H = 600;
  const pad = 20;
  const p = fitProjection(collectionBounds(geo.features), W, H, pad);
  const byName = new Map(geo.features.map((f) => [f.properties.name, f]));

  it("has 38 districts; every vertex projects inside the fitted box; paths are non-empty", () => {
    expect(geo.features).toHaveLength(38);
    for (const f of geo.features) {
      for (const poly of f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates)
        for (const ring of poly)
          for (const [lon, lat] of ring) {
            const q = p(lon, lat);
            expect(q.x).toBeGreaterThanOrEqual(pad - 1e-6);
            expect(q.x).toBeLessThanOrEqual(W - pad + 1e-6);
            expect(q.y).toBeGreaterThanOrEqual(pad - 1e-6);
            expect(q.y).toBeLessThanOrEqual(H - pad + 1e-6);
          }
      const d = geometryPath(f.geometry, p);
      expect(d.length, f.properties.name).toBeGreaterThan(20);
      expect(d).toMatch(/^M[\d.]+,[\d.]+L/);
    }
  });

  it("puts 渝中区 east of 沙坪坝区, 万州区 north-east of 渝中区, and centroids inside their districts", () => {
    const c = (name: string) => {
      const [lon, lat] = geometryCentroid(byName.get(name)!.geometry);
      return p(lon, lat);
    };
    expect(c("渝中区").x).toBeGreaterThan(c("沙坪坝区").x);
    expect(c("万州区").x).toBeGreaterThan(c("渝中区").x);
    expect(c("万州区").y).toBeLessThan(c("渝中区").y);
    for (const f of geo.features) {
      const [lon, lat] = geometryCentroid(f.geometry);
      expect(containsPoint(f.geometry, lon, lat), f.properties.name).toBe(true);
    }
  });
});
