import { describe, expect, it } from "vitest";
import { displayName, isLang, nameFromId } from "./names.js";

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
