import { describe, expect, it } from "vitest";
import { displayName, displayNameLang, isLang, nameFromId } from "./names.js";

describe("names", () => {
  it("names a node in the chosen language, falling back to Chinese", () => {
    expect(displayName({ name: "集成电路", nameEn: "Integrated circuits" }, "en")).toBe("Integrated circuits");
    expect(displayName({ name: "集成电路", nameEn: "Integrated circuits" }, "zh")).toBe("集成电路");
    expect(displayName({ name: "西永实验室" }, "en")).toBe("西永实验室");
  });

  it("names an unknown id by the key after its type prefix", () => {
    expect(nameFromId("district:沙坪坝区")).toBe("沙坪坝区");
    expect(nameFromId("direction:集成电路/积极发展化合物半导体")).toBe("集成电路/积极发展化合物半导体");
    expect(nameFromId("plain")).toBe("plain");
  });

  it("knows its languages", () => {
    expect(isLang("zh")).toBe(true);
    expect(isLang("en")).toBe(true);
    expect(isLang("fr")).toBe(false);
    expect(isLang("")).toBe(false);
  });
});

describe("names in English", () => {
  const project = { name: "西永实验室", props: { pinyin: "Xī yǒng shí yàn shì" } };
  it("falls back from the English name to pinyin to the Chinese name", () => {
    expect(displayName({ name: "集成电路", nameEn: "Integrated circuits" }, "en")).toBe("Integrated circuits");
    expect(displayName(project, "en")).toBe("Xī yǒng shí yàn shì");
    expect(displayName({ name: "西永" }, "en")).toBe("西永");
    expect(displayName(project, "zh")).toBe("西永实验室");
  });
  it("says which language the shown name is in", () => {
    expect(displayNameLang({ name: "集成电路", nameEn: "Integrated circuits" }, "en")).toBe("en");
    expect(displayNameLang(project, "en")).toBe("zh-Latn");
    expect(displayNameLang({ name: "西永" }, "en")).toBe("zh");
    expect(displayNameLang(project, "zh")).toBe("zh");
  });
});
