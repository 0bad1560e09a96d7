import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../../contract/graph.js";
import { hasCoordinates, mapCoverage, placeable, regionMapped } from "./plansMap.js";

const district = (id: string, props: GraphNode["props"]) => ({ id, type: "District" as const, props });
const YUZHONG = district("district:渝中区", { adcode: "500103", lon: 106.56, lat: 29.55 });
const JINJIANG = district("district:锦江区", { adcode: "510104" });
const ZONE = district("district:天府新区", { kind: "zone", lon: null, lat: null } as unknown as GraphNode["props"]);

describe("what the district map can draw", () => {
  it("coordinates are finite numbers; null and empty are none (never 0,0)", () => {
    expect(hasCoordinates(YUZHONG)).toBe(true);
    expect(hasCoordinates(ZONE)).toBe(false);
    expect(hasCoordinates({ props: { lon: "", lat: "" } })).toBe(false);
    expect(hasCoordinates({ props: { lon: "104.1", lat: "30.6" } })).toBe(true);
    expect(placeable({ props: { adcode: "500101" } })).toBe(true);
    expect(placeable(JINJIANG)).toBe(false);
  });

  it("boundaries are Chongqing's: by the region's code, else its name", () => {
    expect(regionMapped({ region: "重庆市", regionCode: "500000" })).toBe(true);
    expect(regionMapped({ region: "成都市", regionCode: "510100" })).toBe(false);
    expect(regionMapped({ region: "重庆市" })).toBe(true);
    expect(regionMapped({ region: "" })).toBeUndefined();
  });

  it("a plan of another region gets no map, naming its region", () => {
    expect(mapCoverage({ region: "成都市", regionCode: "510100" }, [JINJIANG])).toEqual({ kind: "none", region: "成都市" });
  });

  it("a plan of no known region: by its districts", () => {
    expect(mapCoverage({ region: "" }, [YUZHONG, JINJIANG]).kind).toBe("map");
    expect(mapCoverage({ region: "" }, [JINJIANG]).kind).toBe("none");
  });

  it("a Chongqing plan whose districts have no coordinates gets no map either", () => {
    expect(mapCoverage({ region: "重庆市", regionCode: "500000" }, [ZONE]).kind).toBe("none");
    expect(mapCoverage({ region: "重庆市", regionCode: "500000" }, [YUZHONG, ZONE])).toEqual({ kind: "map", unplaced: [ZONE] });
  });

  it("all plans: the map, with the districts it cannot place listed", () => {
    expect(mapCoverage(undefined, [YUZHONG, JINJIANG, ZONE])).toEqual({ kind: "map", unplaced: [JINJIANG, ZONE] });
    expect(mapCoverage(undefined, [YUZHONG])).toEqual({ kind: "map", unplaced: [] });
  });
});
