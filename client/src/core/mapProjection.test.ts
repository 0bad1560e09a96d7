import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { GeoCollection } from "./geo.js";
import {
  districtShapes,
  industryRing,
  mapProjection,
  nodePositions,
  nodeRadius,
  nodesByAdcode,
  zonePoints,
  zonesOf,
  type DistrictNode,
} from "./mapProjection.js";

const file = fileURLToPath(new URL("../../../seeds/geo/chongqing.geojson", import.meta.url));
const { features } = JSON.parse(readFileSync(file, "utf8")) as GeoCollection;
const rect = { x: 348, y: 0, w: 852, h: 700 };

const district = (name: string, props: DistrictNode["props"]): DistrictNode => ({ id: `district:${name}`, name, nameEn: undefined, props });
const wanzhou = district("万州区", { adcode: "500101", kind: "district", lon: 108.38, lat: 30.81 });
const liangjiang = district("两江新区", { kind: "zone", lon: 106.63, lat: 29.72 });
const unplaced = district("某开发区", { kind: "zone" });

describe("the main map's projection", () => {
  it("fits the whole city into its part of the view, leaving room round it", () => {
    const project = mapProjection(features, rect);
    for (const s of districtShapes(features, new Map(), project)) {
      expect(s.at.x).toBeGreaterThan(rect.x + 24);
      expect(s.at.x).toBeLessThan(rect.x + rect.w - 24);
      expect(s.at.y).toBeGreaterThan(rect.y);
      expect(s.at.y).toBeLessThan(rect.y + rect.h);
      expect(s.d).toMatch(/^M/);
    }
  });

  it("fits Chongqing's bounds before the boundaries load", () => {
    const before = mapProjection([], rect);
    const after = mapProjection(features, rect);
    expect(before(106.55, 29.56).x).toBeCloseTo(after(106.55, 29.56).x, -1);
    expect(before(106.55, 29.56).y).toBeCloseTo(after(106.55, 29.56).y, -1);
  });
});

describe("shapes and markers", () => {
  const project = mapProjection(features, rect);
  it("finds each boundary's District node by adcode and labels it at the node's lon/lat", () => {
    const byAdcode = nodesByAdcode([wanzhou, liangjiang]);
    expect([...byAdcode.keys()]).toEqual(["500101"]);
    const shapes = districtShapes(features, byAdcode, project);
    const w = shapes.find((s) => s.name === "万州区")!;
    expect(w).toMatchObject({ id: "district:万州区", nameEn: "Wanzhou District", at: project(108.38, 30.81) });
    expect(shapes.find((s) => s.name === "渝中区")!.id).toBe("district:渝中区");
  });

  it("marks the zones that have a position", () => {
    const zones = zonesOf([wanzhou, liangjiang, unplaced]);
    expect(zones).toEqual([liangjiang]);
    expect(zonePoints(zones, project)).toEqual([{ node: liangjiang, at: project(106.63, 29.72) }]);
  });
});

describe("the graph over the map", () => {
  const project = mapProjection(features, rect);
  const shapes = districtShapes(features, nodesByAdcode([wanzhou]), project);
  const positions = nodePositions([wanzhou, liangjiang, district("渝中区", { adcode: "500103" })], shapes, project);

  it("puts District nodes at their lon/lat, else at their shape's anchor", () => {
    expect(positions.get("district:万州区")).toEqual(project(108.38, 30.81));
    expect(positions.get("district:两江新区")).toEqual(project(106.63, 29.72));
    expect(positions.get("district:渝中区")).toEqual(shapes.find((s) => s.name === "渝中区")!.at);
  });

  it("rings the industries round the map's centre, each towards its key districts", () => {
    const links = [
      { industry: "industry:东", district: "district:万州区" },
      { industry: "industry:西", district: "district:荣昌区" },
    ];
    const ring = industryRing(["industry:东", "industry:西", "industry:无"], links, positions, rect);
    const cx = rect.x + rect.w / 2;
    const cy = rect.y + rect.h / 2;
    const rx = rect.w / 2 - Math.max(60, rect.w * 0.1);
    const ry = rect.h / 2 - 30;
    for (const p of ring.values()) expect(((p.x - cx) / rx) ** 2 + ((p.y - cy) / ry) ** 2).toBeCloseTo(1);
    expect(ring.get("industry:东")!.x).toBeGreaterThan(ring.get("industry:西")!.x);
    expect(ring.size).toBe(3);
  });

  it("sizes District nodes by how many industries name them", () => {
    expect(nodeRadius(0)).toBe(2.5);
    expect(nodeRadius(1)).toBeCloseTo(4.6);
    expect(nodeRadius(9)).toBeGreaterThan(nodeRadius(4));
  });
});
