import { describe, expect, it } from "vitest";
import { makeRenamer, mapOffset } from "./rename.js";

describe("one-pass renaming", () => {
  const renamer = makeRenamer(
    new Map([
      ["功率半导体", "柔性光电芯片"],
      ["半导体", "量子材料"],
      ["MOS", "MOS"],
      ["两江新区", "两江新区"],
      ["新区", "绿色储能"],
    ]),
  );

  it("takes the longest word at each position, once: a word's parts are not renamed again", () => {
    expect(renamer.rename("发展功率半导体和半导体")).toBe("发展柔性光电芯片和量子材料");
    // a word kept as it is shields its parts
    expect(renamer.rename("两江新区和新区")).toBe("两江新区和绿色储能");
  });

  it("matches Latin words only whole", () => {
    const r = makeRenamer(new Map([["MOS", "X"]]));
    expect(r.rename("MOS、MOSFET、CMOS")).toBe("X、MOSFET、CMOS");
  });

  it("maps offsets of the old text into the new one, snapping to a renamed word's edges", () => {
    const old = "发展功率半导体和半导体";
    const { out, replaced } = renamer.apply(old);
    // a quote "半导体和半导体" starts inside 功率半导体: it grows to the whole renamed word
    const start = old.indexOf("半导体和");
    const end = old.length;
    expect(out.slice(mapOffset(replaced, start, "start"), mapOffset(replaced, end, "end"))).toBe("柔性光电芯片和量子材料");
    // outside any word, offsets shift by what the words before them added
    expect(out.slice(mapOffset(replaced, 0, "start"), mapOffset(replaced, 2, "end"))).toBe("发展");
    expect(out.slice(mapOffset(replaced, old.indexOf("和"), "start"), mapOffset(replaced, old.indexOf("和") + 1, "end"))).toBe("和");
  });
});
