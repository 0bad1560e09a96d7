import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodePositions, encodePositions } from "./positionCodec.js";

const ids = Array.from({ length: 98 }, (_, i) => `product:节点${i}`).sort();

describe("node positions in the URL", () => {
  it("gives back every position within half a pixel, in URL-safe characters", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.double({ min: -5000, max: 5000, noNaN: true }), y: fc.double({ min: -5000, max: 5000, noNaN: true }) }), { minLength: 1, maxLength: 60 }), (pts) => {
        const names = pts.map((_, i) => `n${String(i).padStart(3, "0")}`);
        const at = new Map(names.map((id, i) => [id, pts[i]]));
        const code = encodePositions(names, (id) => at.get(id)!);
        expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
        const back = decodePositions(code, names)!;
        expect(back.size).toBe(names.length);
        for (const id of names) {
          expect(Math.abs(back.get(id)!.x - at.get(id)!.x)).toBeLessThanOrEqual(0.5);
          expect(Math.abs(back.get(id)!.y - at.get(id)!.y)).toBeLessThanOrEqual(0.5);
        }
      }),
    );
  });

  it("takes about 4 characters a node for a picture 4,000 px across", () => {
    let seed = 1;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 4000 - 2000;
    const at = new Map(ids.map((id) => [id, { x: rnd(), y: rnd() }]));
    const code = encodePositions(ids, (id) => at.get(id)!);
    console.info(`positions of ${ids.length} nodes: ${code.length} characters`);
    expect(code.length).toBeLessThanOrEqual(ids.length * 4 + 12);
  });

  it("writes only the dragged nodes when asked, by their place among the ids", () => {
    const at = (id: string) => ({ x: id.length * 10, y: -7 });
    const code = encodePositions(ids, at, [ids[40], ids[3]]);
    expect(code.length).toBeLessThan(16);
    const back = decodePositions(code, ids)!;
    expect([...back.keys()]).toEqual([ids[3], ids[40]]);
    expect(back.get(ids[40])).toEqual({ x: Math.round(at(ids[40]).x), y: -7 });
  });

  it("reads nothing from a code written for other nodes, or from something that is no code", () => {
    const code = encodePositions(ids, () => ({ x: 1, y: 2 }));
    expect(decodePositions(code, ids.slice(1))).toBeNull();
    expect(decodePositions(code, [...ids, "product:另一个"].sort())).toBeNull();
    expect(decodePositions("", ids)).toBeNull();
    expect(decodePositions("%%%", ids)).toBeNull();
    expect(decodePositions(code.slice(0, -3), ids)).toBeNull();
    expect(decodePositions(`${code}AAAA`, ids)).toBeNull();
  });
});
