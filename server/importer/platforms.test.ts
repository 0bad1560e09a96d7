import { describe, expect, it } from "vitest";
import { platformOf, platformType } from "./platforms.js";

describe("platforms", () => {
  it("takes the name before the first 。 and the rest as description", () => {
    const text = "国际体外诊断（IVD）研究院。包括建设Square One体外诊断加速器、第三方独立检测实验室。";
    const p = platformOf(text, { no: 6, text, start: 0, end: text.length });
    expect(p.name).toBe("国际体外诊断（IVD）研究院");
    expect(p.description).toBe("包括建设Square One体外诊断加速器、第三方独立检测实验室。");
    expect(p.platformType).toBe("研究院");
    expect(p.item).toBe(6);
  });

  it("derives the type from the longest suffix", () => {
    expect(platformType("西永实验室")).toBe("实验室");
    expect(platformType("复杂组织器官构建重点实验室")).toBe("重点实验室");
    expect(platformType("功率半导体技术创新中心")).toBe("技术创新中心");
    expect(platformType("FPGA中国创新中心")).toBe("创新中心");
    expect(platformType("移动通信终端与网络控制国地联合工程研究中心")).toBe("工程研究中心");
    expect(platformType("微电子中心")).toBe("中心");
    expect(platformType("国家氢能动力质检中心项目")).toBe("质检中心");
    expect(platformType("医药制剂CMO生产平台")).toBe("平台");
    expect(platformType("人工智能产业基地")).toBe("基地");
  });
});
