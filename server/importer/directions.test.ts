import { describe, expect, it } from "vitest";
import { leadPhrase } from "./directions.js";

const lead = (text: string) => {
  const s = leadPhrase({ no: 0, start: 0, end: text.length, text });
  return s && text.slice(s.start, s.end);
};

describe("direction lead phrases", () => {
  it("takes a short first sentence without commas", () => {
    expect(lead("积极发展化合物半导体。提升砷化镓、磷化铟等第二代化合物半导体材料制造能力。")).toBe("积极发展化合物半导体");
    expect(lead("构建“轨道上的都市区”运营服务体系。主动融入国家重大战略布局。")).toBe("构建“轨道上的都市区”运营服务体系");
    expect(lead("深入推动大数据与人工智能等信息技术赋能产业发展。鼓励企业在数据采集。")).toBe("深入推动大数据与人工智能等信息技术赋能产业发展");
  });

  it("skips an introduction (first sentence with commas, or none)", () => {
    expect(lead("以整合元件制造（IDM）模式为主要路径，聚焦特色制造工艺、化合物半导体、封装测试等方向。")).toBeNull();
    expect(lead("顺应新型显示柔性化、矩阵化、微型化等技术发展趋势，")).toBeNull();
  });
});
