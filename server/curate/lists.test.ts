import { describe, expect, it } from "vitest";
import { clausesOf, headNoun, listsIn } from "./lists.js";
import { isProductName, namesOfItem, resolveName, vocabulary } from "./names.js";

const lists = (s: string, keep?: (n: string) => boolean) =>
  clausesOf(s, { start: 0, end: s.length }).flatMap((c) => listsIn(s, c, keep)).map((l) => ({ items: l.items.map((i) => i.text), head: l.head }));

describe("、-lists", () => {
  it("reads the items after the verb and the head after 等", () => {
    expect(lists("积极引进培育偏光片、蚀刻液、玻璃液、有机膜、大宗气体等配套企业，实现高质量的集群发展")).toEqual([
      { items: ["偏光片", "蚀刻液", "玻璃液", "有机膜", "大宗气体"], head: "配套企业" },
    ]);
  });

  it("splits the last items on 和/及/与, but not names kept whole", () => {
    expect(lists("完善伺服电机、减速器、力矩传感器和碰撞传感器等关键零部件配套体系")[0].items).toEqual(["伺服电机", "减速器", "力矩传感器", "碰撞传感器"]);
    expect(lists("在生物、软件和信息技术服务等领域", (n) => n === "软件和信息技术服务")[0].items).toEqual(["生物", "软件和信息技术服务"]);
    expect(lists("主导参与国家智能网联汽车、车联网等标准体系建设")[0].items).toEqual(["主导参与国家智能网联汽车", "车联网"]);
  });

  it("finds two lists in one clause, and does not close a list at 等级", () => {
    const s = "围绕风力发电机组、高技术船舶及海工装备、高速列车、汽车等领域对传动装置的高精度、高功率、高可靠性等新需求";
    expect(lists(s).map((l) => l.items)).toEqual([
      ["风力发电机组", "高技术船舶", "海工装备", "高速列车", "汽车"],
      ["高精度", "高功率", "高可靠性"],
    ]);
    expect(lists("加快8MW以上等级风力发电机组产业化")).toEqual([]);
  });

  it("reads one item before 等 when there is no 、", () => {
    expect(lists("加强多元醇等项目引进")).toEqual([{ items: ["多元醇"], head: "项目引进" }]);
  });

  it("names the product of a list's head", () => {
    expect(headNoun("功率器件")).toBe("功率器件");
    expect(headNoun("特色工艺芯片供给能力")).toBe("特色工艺芯片");
    expect(headNoun("领域")).toBe("");
  });
});

describe("names", () => {
  it("cuts an item to a product's name: brackets, modifiers, quantities, activity and kind words", () => {
    expect(namesOfItem("中低压分裂栅型沟槽金属-氧化物半导体场效应晶体管（MOSFET）")[0]).toBe("MOSFET");
    expect(namesOfItem("有源矩阵有机发光二极管（AMOLED）")).toEqual(["AMOLED", "有源矩阵有机发光二极管"]);
    expect(namesOfItem("高性能滤波器")).toEqual(["滤波器"]);
    expect(namesOfItem("轴承产品")).toEqual(["轴承"]);
    expect(namesOfItem("LED芯片制造")).toEqual(["LED芯片"]);
    expect(namesOfItem("年产10万吨高端磷酸铁锂电池正极材料")).toEqual(["磷酸铁锂电池正极材料"]);
    expect(namesOfItem("车身传感器/控制器")).toEqual(["车身传感器", "控制器"]);
    expect(namesOfItem("智能制造")).toEqual(["智能制造"]);
  });

  it("keeps projects, places, qualities and activities out", () => {
    for (const n of ["功率半导体晶圆生产线", "智能化", "高可靠性", "技术支持", "西部领先", "研发"]) expect(isProductName(n), n).toBe(false);
    for (const n of ["偏光片", "MOSFET", "结构件"]) expect(isProductName(n), n).toBe(true);
  });

  it("resolves a name to the vocabulary term it is, aliases, or ends with", () => {
    const v = vocabulary([{ term: "射频前端芯片" }, { term: "摄像模组", aliases: ["摄像头"] }, { term: "气凝胶" }]);
    expect(resolveName(v, "中高频射频前端芯片")).toBe("射频前端芯片");
    expect(resolveName(v, "摄像头")).toBe("摄像模组");
    expect(resolveName(v, "气凝胶材料")).toBe("气凝胶");
    expect(resolveName(v, "玻璃基板")).toBe("玻璃基板");
  });
});
