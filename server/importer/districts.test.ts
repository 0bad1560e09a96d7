import { describe, expect, it } from "vitest";
import { districtKind, districtsInRow } from "./districts.js";
import { parseOutline } from "./sections.js";

describe("districts", () => {
  it("kinds: zones by suffix, counties by 县", () => {
    expect(districtKind("两江新区")).toBe("zone");
    expect(districtKind("重庆高新区")).toBe("zone");
    expect(districtKind("万盛经开区")).toBe("zone");
    expect(districtKind("忠县")).toBe("county");
    expect(districtKind("沙坪坝区")).toBe("district");
  });

  it("reads the 重点区县（开发区） row wrapped over two lines", () => {
    const text = "一、x产业\n（一）集成电路。\n专栏1  集成电路产业发展重点\n\t重点区县\n（开发区）\n\t长寿区、涪陵区、万盛经开区\n";
    const row = parseOutline(text).chapters[0].parts[0].boxes[0].rows[0];
    expect(row.label).toBe("重点区县");
    expect(row.labelLines.map((l) => l.text)).toEqual(["重点区县", "（开发区）"]);
    expect(districtsInRow(text, row).map((d) => d.name)).toEqual(["长寿区", "涪陵区", "万盛经开区"]);
  });
});
