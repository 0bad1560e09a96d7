import { describe, expect, it } from "vitest";
import type { Item } from "./boxes.js";
import { projectsInItem } from "./projects.js";

function names(text: string): string[] {
  const item: Item = { no: 1, text, start: 0, end: text.length };
  return projectsInItem(text, item).map((p) => p.name);
}

describe("projects of a 产业化 item", () => {
  it("splits a list, drops the verb and the 等…项目 tail, keeps 及 inside names", () => {
    expect(
      names(
        "推进12英寸功率半导体晶圆生产线、12英寸功率半导体芯片制造及封装测试生产基地等功率半导体制造项目投达产。积极发展先进工艺，推动12英寸高端特色工艺平台项目启动建设。依托8英寸工艺平台（光电微系统）项目，加强三维集成、异质异构等特色工艺研究。",
      ),
    ).toEqual([
      "12英寸功率半导体晶圆生产线",
      "12英寸功率半导体芯片制造及封装测试生产基地",
      "12英寸高端特色工艺平台",
      "8英寸工艺平台（光电微系统）",
    ]);
  });

  it("handles 项目 after each list element", () => {
    expect(names("大力发展先进封装业务，推进扇出型面板级封装项目达产、功率半导体封测基地项目启动建设。")).toEqual([
      "扇出型面板级封装",
      "功率半导体封测基地",
    ]);
  });

  it("splits at 及 only after a complete project", () => {
    expect(
      names(
        "加快发展新能源整车及核心零部件，推进高端新能源整车、E11生产线、新能源客车生产基地、总部基地及新能源汽车驱动系统、汽车电控系统及零部件生产、动力电池重庆智能制造等项目落地建设。",
      ),
    ).toEqual([
      "高端新能源整车",
      "E11生产线",
      "新能源客车生产基地",
      "总部基地",
      "新能源汽车驱动系统",
      "汽车电控系统及零部件生产",
      "动力电池重庆智能制造",
    ]);
  });

  it("keeps 项目（二期） inside a name and 等项目的建设 as a tail", () => {
    expect(names("推动摄像头产业园、基于半导体工艺新型高基频超小型频率元器件项目（二期）、5G中高频段MIMO天线等项目建设，完善手机核心零部件配套。")).toEqual([
      "摄像头产业园",
      "基于半导体工艺新型高基频超小型频率元器件项目（二期）",
      "5G中高频段MIMO天线",
    ]);
    expect(names("推动医疗器械生产（一期）、生物科技园、体外诊断产品重庆生产基地等项目的建设，提升医疗器械产品质量。")).toEqual([
      "医疗器械生产（一期）",
      "生物科技园",
      "体外诊断产品重庆生产基地",
    ]);
  });

  it("takes a 建设 clause without 项目 (专栏13 item 1) and a 积极建设 clause", () => {
    expect(names("建设大巴山植物离体种质库及种质资源圃，选育一批优质种质资源。")).toEqual(["大巴山植物离体种质库及种质资源圃"]);
    expect(names("积极建设智能网联汽车平台，加快天枢科技、西部自动驾驶开放测试基地等项目建设。")).toEqual([
      "智能网联汽车平台",
      "天枢科技",
      "西部自动驾驶开放测试基地",
    ]);
  });

  it("ignores clauses that name no project", () => {
    expect(names("积极发展先进工艺，提升智能手机产能。")).toEqual([]);
  });
});
