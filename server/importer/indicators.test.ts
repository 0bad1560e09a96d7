import { describe, expect, it } from "vitest";
import { indicatorsIn } from "./indicators.js";

const run = (text: string, year: number) =>
  indicatorsIn(text, { start: 0, end: text.length }, year, (y) => (y >= 2025 ? "target" : "baseline")).map((f) => ({
    ...f,
    quote: text.slice(f.span.start, f.span.end),
  }));

describe("indicators", () => {
  it("reads from-to baselines and borrows the subject for 占…比重", () => {
    const text =
      "产业发展水平不断提升。全市战略性新兴产业保持快速增长态势，规模以上工业战略性新兴产业产值由2015年的4000亿元增加到2020年的7600亿元，占全市规上工业产值比重由2015年的18.7%提升至32%。2020年，规模以上战略性新兴产业增加值超过2300亿元，占地区生产总值比重为9.5%。";
    const got = run(text, 2020).map(({ name, year, value, unit, qualifier }) => ({ name, year, value, unit, qualifier }));
    expect(got).toEqual([
      { name: "规模以上工业战略性新兴产业产值", year: 2015, value: 4000, unit: "亿元", qualifier: undefined },
      { name: "规模以上工业战略性新兴产业产值", year: 2020, value: 7600, unit: "亿元", qualifier: undefined },
      { name: "规模以上工业战略性新兴产业产值占全市规上工业产值比重", year: 2015, value: 18.7, unit: "%", qualifier: undefined },
      { name: "规模以上工业战略性新兴产业产值占全市规上工业产值比重", year: 2020, value: 32, unit: "%", qualifier: undefined },
      { name: "规模以上战略性新兴产业增加值", year: 2020, value: 2300, unit: "亿元", qualifier: "超过" },
      { name: "规模以上战略性新兴产业增加值占地区生产总值比重", year: 2020, value: 9.5, unit: "%", qualifier: undefined },
    ]);
  });

  it("reads 2025 targets with 左右 and several figures in one clause", () => {
    const text =
      "产业规模迈上万亿台阶。全市规模以上战略性新兴产业增加值占地区生产总值比重13%左右，规模以上工业战略性新兴产业总产值占规模以上工业总产值比重提升至35%。企业主体实力持续增强。加快引进培育一批具有生态主导力的产业链“链主”企业和骨干企业，战略性新兴产业主营业务收入超10亿的企业100家、规模以上工业战略性新兴产业企业1500家。";
    const got = run(text, 2025);
    expect(got.map((f) => [f.name, f.value, f.unit, f.role, f.qualifier])).toEqual([
      ["全市规模以上战略性新兴产业增加值占地区生产总值比重", 13, "%", "target", "左右"],
      ["规模以上工业战略性新兴产业总产值占规模以上工业总产值比重", 35, "%", "target", undefined],
      ["战略性新兴产业主营业务收入超10亿的企业", 100, "家", "target", undefined],
      ["规模以上工业战略性新兴产业企业", 1500, "家", "target", undefined],
    ]);
    expect(got[0].quote).toBe("全市规模以上战略性新兴产业增加值占地区生产总值比重13%左右");
  });

  it("reads counts written in Chinese numerals and lists joined by 、", () => {
    const text =
      "培育形成智能终端、软件和信息技术服务、新兴服务业等三个千亿级产业集群，生物医药、新型显示、绿色环保、先进材料等四个五百亿级产业集群。累计获批建设国家重点实验室10个、国家企业技术中心37家，国内外知名高校院所来渝建立创新机构、产业研究院101家。";
    expect(run(text, 2020).map((f) => [f.name, f.value, f.unit])).toEqual([
      ["千亿级产业集群", 3, "个"],
      ["五百亿级产业集群", 4, "个"],
      ["累计获批建设国家重点实验室", 10, "个"],
      ["国家企业技术中心", 37, "家"],
      ["国内外知名高校院所来渝建立创新机构、产业研究院", 101, "家"],
    ]);
  });
});
