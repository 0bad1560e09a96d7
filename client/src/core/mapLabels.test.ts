import { describe, expect, it } from "vitest";
import {
  LABEL_MAIN,
  LABEL_MINOR,
  LABEL_SMALL,
  PROJECTOR_MIN,
  PROJECTOR_SCALE,
  ZONE_COUNT,
  englishMapName,
  insetMapLabels,
  mainMapLabels,
  mapName,
  overlaps,
  placeLabels,
  ringLabel,
  ringNames,
  type Box2,
} from "./mapLabels.js";
import { textWidth } from "./textWidth.js";

describe("greedy placement", () => {
  it("hides the lower-priority of two overlapping labels unless a nudge frees it, and shows both when zoomed in", () => {
    const items = [
      { id: "a", x: 0, y: 0, w: 40, h: 12, priority: 2 },
      { id: "b", x: 5, y: 0, w: 40, h: 12, priority: 1 },
      { id: "c", x: 8, y: 2, w: 40, h: 12, priority: 0 },
    ];
    const at1 = placeLabels(items, 1);
    expect(at1[0]).toMatchObject({ id: "a", visible: true, x: 0, y: 0 });
    expect(at1[1].visible).toBe(true); // nudged
    expect(at1[1].y).not.toBe(0);
    expect(at1.filter((l) => l.visible).length).toBeLessThanOrEqual(3);
    const at20 = placeLabels(items, 20);
    expect(at20.every((l) => l.visible && l.y === items.find((i) => i.id === l.id)!.y)).toBe(true);
    const crowd = Array.from({ length: 10 }, (_, i) => ({ id: `n${i}`, x: i * 0.1, y: 0, w: 40, h: 12, priority: 0 }));
    expect(placeLabels(crowd, 1).filter((l) => l.visible).length).toBeLessThan(10);
  });

  it("skips placements outside `within` and hides a label that fits nowhere", () => {
    const within = { x0: 0, y0: 0, x1: 100, y1: 100 };
    const [wide] = placeLabels([{ id: "w", x: 50, y: 50, w: 120, h: 10, priority: 0 }], 1, [], within);
    expect(wide.visible).toBe(false);
    const [edge] = placeLabels([{ id: "e", x: 10, y: 50, w: 30, h: 10, priority: 0 }], 1, [], within);
    expect(edge.visible).toBe(true);
    expect(edge.x - 15).toBeGreaterThanOrEqual(0);
    const [ok] = placeLabels([{ id: "o", x: 50, y: 50, w: 30, h: 10, priority: 0 }], 1, [], within);
    expect(ok).toMatchObject({ visible: true, x: 50, y: 50 });
  });
});

describe("map names", () => {
  it("shortens the autonomous counties as maps do, and leaves other names alone", () => {
    expect(mapName("石柱土家族自治县")).toBe("石柱县");
    expect(mapName("彭水苗族土家族自治县")).toBe("彭水县");
    expect(mapName("秀山土家族苗族自治县")).toBe("秀山县");
    expect(mapName("万州区")).toBe("万州区");
  });
  it("prints English names without the administrative suffix, zones whole", () => {
    expect(englishMapName("Wanzhou District")).toBe("Wanzhou");
    expect(englishMapName("Shizhu Tujia Autonomous County")).toBe("Shizhu");
    expect(englishMapName("Xiushan Tujia and Miao Autonomous County")).toBe("Xiushan");
    expect(englishMapName("Liangjiang New Area")).toBe("Liangjiang New Area");
    expect(englishMapName("Chongqing Hi-tech Industrial Development Zone")).toBe("Chongqing Hi-tech Zone");
    expect(englishMapName("Wansheng Economic and Technological Development Zone")).toBe("Wansheng Zone");
  });
});

const counts = new Map([
  ["district:甲", 3],
  ["district:乙", 1],
]);
const shape = (id: string, x: number, y: number) => ({ id, name: id.slice(9), at: { x, y } });

describe("the main map's labels", () => {
  it("gives the district more industries name the anchor and the bigger font; the other moves with a leader or hides", () => {
    const shapes = [shape("district:乙", 102, 100), shape("district:甲", 100, 100), shape("district:丙", 300, 300)];
    const { districts } = mainMapLabels(shapes, [], counts, null, 1, false);
    const [yi, jia, bing] = districts;
    expect(jia).toMatchObject({ x: 100, y: 100, visible: true, fs: LABEL_MAIN, minor: false, leader: null, text: "甲" });
    expect(bing).toMatchObject({ fs: LABEL_MINOR, minor: true, visible: true, leader: null });
    if (yi.visible) {
      expect(yi.leader).toMatchObject({ x1: 102, y1: 100, x2: yi.x });
      expect(Math.abs(yi.leader!.y2 - yi.y)).toBeCloseTo(LABEL_MAIN / 2);
    } else expect(yi.leader).toBeNull();
  });

  it("keeps the labels' screen size: zoomed in, both fit at their anchors (model units shrink by k)", () => {
    const shapes = [shape("district:乙", 102, 100), shape("district:甲", 100, 108)];
    const far = mainMapLabels(shapes, [], counts, null, 1, false).districts;
    const moved = far.filter((l, i) => !l.visible || l.x !== shapes[i].at.x || l.y !== shapes[i].at.y);
    expect(moved).toHaveLength(1);
    const near = mainMapLabels(shapes, [], counts, null, 8, false).districts;
    expect(near.map((l) => [l.x, l.y, l.visible, l.leader])).toEqual([
      [102, 100, true, null],
      [100, 108, true, null],
    ]);
  });

  it("puts the selected district first, lifts labels above their nodes for the graph, and puts zone names beside markers", () => {
    const shapes = [shape("district:甲", 100, 100), shape("district:丁", 101, 100)];
    const sel = mainMapLabels(shapes, [], counts, "district:丁", 1, false).districts;
    expect(sel[1]).toMatchObject({ x: 101, y: 100, visible: true });
    const lifted = mainMapLabels([shape("district:甲", 100, 100)], [], counts, null, 2, true).districts[0];
    expect(lifted).toMatchObject({ x: 100, y: 95, leader: null });
    const zone = { node: { id: "district:两江新区", name: "两江新区" }, at: { x: 500, y: 500 } };
    const { zones } = mainMapLabels([], [zone], counts, null, 1, false);
    expect(zones.get("district:两江新区")).toEqual({ x: 10, y: 0, visible: true });
  });

  it("keeps a district's label off a zone marker", () => {
    const zone = { node: { id: "district:两江新区", name: "两江新区" }, at: { x: 100, y: 100 } };
    const [l] = mainMapLabels([shape("district:甲", 100, 100)], [zone], counts, null, 1, false).districts;
    expect(l.x !== 100 || l.y !== 100 || !l.visible).toBe(true);
  });
});

describe("the inset's labels", () => {
  const frame = { x: 0, y: 200, w: 200, h: 150 };
  it("stay inside the frame below its title; unlabelled neighbours are not drawn and take no room", () => {
    const shapes = [
      { ...shape("district:甲", 100, 275), core: true, labelled: true },
      { ...shape("district:乙", 100, 275), core: false, labelled: false },
      { ...shape("district:丙", 5, 275), core: false, labelled: true },
    ];
    const { districts } = insetMapLabels(shapes, [], counts, null, frame, 18);
    expect(districts[0]).toMatchObject({ x: 100, y: 275, visible: true, shown: true, fs: 11 });
    expect(districts[1]).toMatchObject({ shown: false, leader: null });
    const c = districts[2];
    expect(c.visible).toBe(true);
    expect(c.x - (11 + 2) / 2).toBeGreaterThanOrEqual(frame.x + 2); // one CJK character at 11 px, nudged right to fit
  });

  it("places core districts before busier neighbours, and ends leaders short of the label", () => {
    const shapes = [
      { ...shape("district:乙", 100, 275), core: true, labelled: true },
      { ...shape("district:甲", 101, 275), core: false, labelled: true },
    ];
    const [core, other] = insetMapLabels(shapes, [], counts, null, frame, 18).districts;
    expect(core).toMatchObject({ x: 100, y: 275, leader: null });
    if (other.visible) expect(Math.abs(other.leader!.y2 - other.y)).toBe(6);
  });
});

describe("industry names on the ring", () => {
  it("point outward, flip at the view's edges, and centre at the top and bottom", () => {
    expect(ringLabel(0, 100, 50, 800)).toEqual({ anchor: "start", x: 10, y: 4 });
    expect(ringLabel(0, 760, 50, 800)).toEqual({ anchor: "end", x: -10, y: 4 });
    expect(ringLabel(Math.PI, 400, 50, 800)).toEqual({ anchor: "end", x: -10, y: 4 });
    expect(ringLabel(Math.PI, 30, 50, 800)).toEqual({ anchor: "start", x: 10, y: 4 });
    expect(ringLabel(-Math.PI / 2, 400, 50, 800)).toEqual({ anchor: "middle", x: 0, y: -10 });
    expect(ringLabel(Math.PI / 2, 400, 50, 800)).toEqual({ anchor: "middle", x: 0, y: 18 });
  });
});

describe("the graph over the map: industry names placed with the districts' labels", () => {
  it("keeps every drawn name clear of every other, the ring's names first", () => {
    // two industries whose nodes sit close, and a district label right where one name wants to go
    const ring = new Map([
      ["industry:A", { x: 300, y: 100, angle: 0 }],
      ["industry:B", { x: 300, y: 106, angle: 0 }],
    ]);
    const names = ringNames(ring, () => 60, 1, 0, 800);
    expect(names[0]).toMatchObject({ dx: 10 + 32, w: 64 });
    const shapes = [shape("district:甲", 340, 100)];
    const out = mainMapLabels(shapes, [], counts, null, 1, true, names);
    const a = out.ring.get("industry:A")!;
    expect(a).toMatchObject({ visible: true });
    expect(a.x).toBeCloseTo(42);
    const box = (x: number, y: number, w: number, h: number) => ({ x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 });
    const drawn = [
      ...names.map((n) => ({ ...out.ring.get(n.id)!, x: n.at.x + out.ring.get(n.id)!.x, y: n.at.y + out.ring.get(n.id)!.y, w: n.w, h: n.h })),
      ...out.districts.map((d) => ({ ...d, w: 26, h: 14 })),
    ].filter((l) => l.visible);
    for (let i = 0; i < drawn.length; i++)
      for (let j = i + 1; j < drawn.length; j++)
        expect(overlaps(box(drawn[i].x, drawn[i].y, drawn[i].w, drawn[i].h), box(drawn[j].x, drawn[j].y, drawn[j].w, drawn[j].h))).toBe(false);
    expect(drawn.length).toBeGreaterThanOrEqual(2);
  });

  it("flips a name to the other side of its node when its side is covered (the inset), and keeps it on screen", () => {
    const ring = new Map([["industry:A", { x: 100, y: 100, angle: Math.PI }]]);
    const names = ringNames(ring, () => 60, 1, 0, 800);
    expect(names[0].dx).toBeLessThan(0); // left of the node on the ring's left half
    const avoid = [{ x0: 0, y0: 0, x1: 95, y1: 200 }];
    const flipped = mainMapLabels([], [], counts, null, 1, true, names, { avoid }).ring.get("industry:A")!;
    expect(flipped).toMatchObject({ visible: true });
    expect(flipped.x).toBeGreaterThan(0);
    const within = { x0: 0, y0: 0, x1: 120, y1: 200 };
    expect(mainMapLabels([], [], counts, null, 1, true, names, { avoid, within }).ring.get("industry:A")!.visible).toBe(false);
    // its node off screen: no name floating alone
    expect(mainMapLabels([], [], counts, null, 1, true, names, { within: { x0: 200, y0: 0, x1: 800, y1: 200 } }).ring.get("industry:A")!.visible).toBe(false);
  });
});

describe("story mode's font scale", () => {
  // a crowded map: 48 districts on a grid tighter than their names, some named by industries, and two zones
  const names = ["万州区", "涪陵区", "渝中区", "大渡口区", "江北区", "沙坪坝区", "九龙坡区", "南岸区"];
  const grid = Array.from({ length: 48 }, (_, i) => shape(`district:${names[i % 8]}${i}`, 40 + (i % 8) * 30, 40 + Math.floor(i / 8) * 18));
  const many = new Map(grid.filter((_, i) => i % 3 === 0).map((s, i) => [s.id, 1 + (i % 4)]));
  const zones = [
    { node: { id: "district:两江新区", name: "两江新区" }, at: { x: 100, y: 70 } },
    { node: { id: "district:高新区", name: "高新区" }, at: { x: 200, y: 110 } },
  ];
  const k = 1.5;
  /** What each drawn label covers, as the placement measures it (model units). */
  const boxes = (out: ReturnType<typeof mainMapLabels>, zs: typeof zones, kk: number) => [
    ...out.districts
      .filter((d) => d.visible && d.shown)
      .map((d) => {
        const [w, h] = [(textWidth(d.text, d.fs) + 4) / kk, (Math.ceil(d.fs * 1.2) + 3) / kk];
        return { x0: d.x - w / 2, y0: d.y - h / 2, x1: d.x + w / 2, y1: d.y + h / 2 };
      }),
    ...zs.flatMap(({ node, at }) => {
      const p = out.zones.get(node.id)!;
      if (!p.visible) return [];
      const w = (textWidth(node.name, out.zoneFs) + 2) / kk;
      const h = (13 * out.zoneFs) / LABEL_SMALL / kk;
      const x0 = at.x + p.x / kk;
      return [{ x0, y0: at.y + p.y / kk - h / 2, x1: x0 + w, y1: at.y + p.y / kk + h / 2 }];
    }),
  ];
  const clear = (bs: Box2[]) => {
    for (let i = 0; i < bs.length; i++) for (let j = i + 1; j < bs.length; j++) expect(overlaps(bs[i], bs[j]), `${i} × ${j}`).toBe(false);
  };

  it("draws every label of the main map at 16 px or more, none overlapping, fewer than unscaled", () => {
    const plain = mainMapLabels(grid, zones, many, null, k, false);
    const big = mainMapLabels(grid, zones, many, null, k, false, [], { fontScale: PROJECTOR_SCALE });
    const drawn = big.districts.filter((d) => d.visible);
    expect(drawn.length).toBeGreaterThan(3);
    expect(Math.min(...drawn.map((d) => d.fs))).toBeGreaterThanOrEqual(PROJECTOR_MIN);
    expect(big.zoneFs).toBeGreaterThanOrEqual(PROJECTOR_MIN);
    // the markers' counts (9 px in the stylesheet) grow with the markers
    expect(ZONE_COUNT * big.marker).toBeGreaterThanOrEqual(PROJECTOR_MIN);
    expect(drawn.length).toBeLessThan(plain.districts.filter((d) => d.visible).length);
    clear(boxes(big, zones, k));
    // unscaled, the map is as it was
    expect(plain).toMatchObject({ zoneFs: LABEL_SMALL, marker: 1 });
    expect(mainMapLabels(grid, zones, many, null, k, false, [], { fontScale: 1 })).toEqual(plain);
  });

  it("keeps a label off a grown zone marker", () => {
    const zone = { node: { id: "district:两江新区", name: "两江新区" }, at: { x: 100, y: 100 } };
    // 12 px from the marker: clear of it unscaled, under it once the marker has grown to 28 px
    const [near] = mainMapLabels([shape("district:甲", 100, 112)], [zone], counts, null, 1, false, [], { fontScale: PROJECTOR_SCALE }).districts;
    expect(near.visible && near.x === 100 && near.y === 112).toBe(false);
  });

  it("draws the inset's labels at 16 px or more inside the frame below a grown title, none overlapping", () => {
    const frame = { x: 0, y: 200, w: 260, h: 160 };
    const shapes = grid.slice(0, 24).map((s, i) => ({ ...s, at: { x: s.at.x - 20, y: s.at.y + 200 }, core: i % 2 === 0, labelled: true }));
    const zs = [{ node: { id: "district:两江新区", name: "两江新区" }, at: { x: 120, y: 260 } }];
    const out = insetMapLabels(shapes, zs, many, null, frame, 25, PROJECTOR_SCALE);
    const drawn = out.districts.filter((d) => d.visible);
    expect(drawn.length).toBeGreaterThan(1);
    expect(Math.min(...drawn.map((d) => d.fs))).toBeGreaterThanOrEqual(PROJECTOR_MIN);
    const bs = boxes(out, zs, 1);
    clear(bs);
    for (const b of bs.slice(0, drawn.length)) {
      expect(b.y0).toBeGreaterThanOrEqual(frame.y + 25);
      expect(b.y1).toBeLessThanOrEqual(frame.y + frame.h);
    }
  });
});
