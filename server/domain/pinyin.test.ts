import { describe, expect, it } from "vitest";
import { pinyinKeys } from "./pinyin.js";

describe("pinyinKeys", () => {
  it("gives the full pinyin and the initials of a Chinese name", () => {
    expect(pinyinKeys("集成电路")).toEqual(["jichengdianlu", "jcdl"]);
    expect(pinyinKeys("新能源汽车和智能网联汽车")[1]).toBe("xnyqchznwlqc");
  });

  it("reads polyphonic characters in context", () => {
    expect(pinyinKeys("重庆高新区")).toEqual(["chongqinggaoxinqu", "cqgxq"]);
    expect(pinyinKeys("长寿区")[0]).toBe("changshouqu");
  });

  it("keeps Latin letters and digits, lower case, and writes ü as v", () => {
    expect(pinyinKeys("12英寸功率半导体晶圆生产线")[0]).toBe("12yingcungonglvbandaotijingyuanshengchanxian");
    expect(pinyinKeys("Micro LED智能手表")[1]).toBe("microledznsb");
  });

  it("has no keys for a name without Chinese", () => {
    expect(pinyinKeys("AMOLED")).toEqual([]);
  });
});
