import { describe, expect, it } from "vitest";
import { browserLang, textLang } from "./language.js";

describe("browserLang", () => {
  it("opens in Chinese for any Chinese first preference", () => {
    for (const l of ["zh", "zh-CN", "zh-TW", "zh-Hant-HK", "ZH-cn"]) expect(browserLang([l, "en"])).toBe("zh");
  });
  it("opens in English for any other first preference", () => {
    expect(browserLang(["en-US", "zh-CN"])).toBe("en");
    expect(browserLang(["fr-FR"])).toBe("en");
    // "zha" (Zhuang) is not Chinese
    expect(browserLang(["zha"])).toBe("en");
  });
  it("falls back to the plan's language when the browser says nothing", () => {
    expect(browserLang(undefined)).toBe("zh");
    expect(browserLang([])).toBe("zh");
    expect(browserLang(["", " "])).toBe("zh");
  });
});

describe("textLang", () => {
  it("reads Chinese names as Chinese and Latin ones (English, pinyin) as English", () => {
    expect(textLang("集成电路")).toBe("zh");
    expect(textLang("AMOLED 显示")).toBe("zh");
    expect(textLang("Integrated circuits")).toBe("en");
    expect(textLang("jicheng dianlu")).toBe("en");
  });
});
