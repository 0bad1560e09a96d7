import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cameraOf,
  formatCamera,
  mapCameraOf,
  mapTransformOf,
  nearCamera,
  parseCamera,
  roundCamera,
  roundMapCamera,
  sameCamera,
  viewportOf,
} from "./camera.js";
import { fitProjection } from "./geo.js";

describe("the camera in the URL", () => {
  it("writes zoom, x and y and reads them back; anything else is no camera", () => {
    const c = roundCamera({ zoom: 0.812345, x: 412.34, y: -88.06 });
    expect(c).toEqual({ zoom: 0.8123, x: 412.3, y: -88.1 });
    expect(formatCamera(c)).toBe("0.8123,412.3,-88.1");
    expect(parseCamera(formatCamera(c))).toEqual(c);
    for (const bad of [null, "", "1,2", "1,2,3,4", "0,1,1", "-1,0,0", "a,b,c", "1,,2", "1,2,Infinity"]) expect(parseCamera(bad)).toBeNull();
  });

  it("round-trips any rounded camera exactly, so a canvas recognises its own report", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 20, noNaN: true }), fc.double({ min: -1e5, max: 1e5, noNaN: true }), fc.double({ min: -1e5, max: 1e5, noNaN: true }), (zoom, x, y) => {
        const c = roundCamera({ zoom, x, y });
        expect(sameCamera(parseCamera(formatCamera(c)), c)).toBe(true);
        expect(roundCamera(c)).toEqual(c);
      }),
    );
  });

  it("keeps the centre within a tenth of a screen pixel at any zoom", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 5, noNaN: true }), fc.double({ min: -5000, max: 5000, noNaN: true }), (zoom, x) => {
        const c = roundCamera({ zoom, x, y: x });
        expect(Math.abs(c.x - x) * c.zoom).toBeLessThanOrEqual(0.1);
        expect(Math.abs(c.zoom - zoom) / zoom).toBeLessThan(1e-3);
      }),
    );
  });

  it("is the model point at the canvas's centre: another canvas size shows the same place", () => {
    const vp = { zoom: 1.5, pan: { x: -200, y: 40 } };
    const cam = cameraOf(vp, 1000, 600);
    expect(cam).toEqual({ zoom: 1.5, x: (500 + 200) / 1.5, y: (300 - 40) / 1.5 });
    expect(viewportOf(cam, 1000, 600)).toEqual(vp);
    const wide = viewportOf(cam, 1920, 1080);
    // the same model point is at the middle of the projector's canvas
    expect((960 - wide.pan.x) / wide.zoom).toBeCloseTo(cam.x, 9);
    expect((540 - wide.pan.y) / wide.zoom).toBeCloseTo(cam.y, 9);
  });

  it("tells rounding noise from a move", () => {
    const a = { zoom: 1, x: 100, y: 100 };
    expect(nearCamera(a, { zoom: 1.0005, x: 100.1, y: 99.9 })).toBe(true);
    expect(nearCamera(a, { zoom: 1.01, x: 100, y: 100 })).toBe(false);
    expect(nearCamera(a, { zoom: 1, x: 101, y: 100 })).toBe(false);
    expect(nearCamera(null, null)).toBe(true);
    expect(nearCamera(a, null)).toBe(false);
  });
});

describe("the district map's camera", () => {
  const bounds = [105.29, 28.16, 110.2, 32.2] as [number, number, number, number];
  it("is longitude, latitude and pixels per degree: the same place on a map of another size", () => {
    const small = fitProjection(bounds, 800, 600);
    const big = fitProjection(bounds, 1600, 900);
    const t = { k: 3.2, x: -900, y: -500 };
    const cam = roundMapCamera(mapCameraOf(t, small, 800, 600));
    // back on the same map: the transform within a pixel
    const back = mapTransformOf(cam, small, 800, 600);
    expect(Math.abs(back.k - t.k) / t.k).toBeLessThan(1e-3);
    expect(Math.abs(back.x - t.x)).toBeLessThan(1);
    expect(Math.abs(back.y - t.y)).toBeLessThan(1);
    // on the bigger map the centre shows the same longitude and latitude, at the same scale on screen
    const there = mapTransformOf(cam, big, 1600, 900);
    const [lon, lat] = big.invert({ x: (800 - there.x) / there.k, y: (450 - there.y) / there.k });
    expect(lon).toBeCloseTo(cam.x, 6);
    expect(lat).toBeCloseTo(cam.y, 6);
    expect(there.k * big.scale).toBeCloseTo(cam.zoom, 6);
  });
});
