import { describe, expect, it } from "vitest";
import { messagesFor } from "./i18n/index.js";
import { sceneTitle } from "./sceneTitle.js";
import { DEFAULT_STATE, type ViewState } from "./viewState.js";
import { smallGraph } from "./__fixtures__/smallGraph.js";

const title = (patch: Partial<ViewState>, lang: "zh" | "en") =>
  sceneTitle({ ...DEFAULT_STATE, ...patch }, lang, { viewLabel: messagesFor(lang).shell.viewLabel, nodes: smallGraph.nodes });

describe("a new scene's title", () => {
  it("names the view and what it shows, in the scene's language", () => {
    expect(title({ view: "chain", industry: "industry:集成电路" }, "zh")).toBe("产业链 · 集成电路");
    expect(title({ view: "chain", industry: "industry:集成电路" }, "en")).toBe("Chain · Integrated circuits");
    expect(title({ selected: "product:碳化硅" }, "en")).toBe("Overview · Silicon carbide");
    expect(title({}, "zh")).toBe("概览");
    expect(title({ view: "path", from: "industry:集成电路", to: "product:碳化硅" }, "zh")).toBe("路径 · 集成电路 → 碳化硅");
    expect(title({ view: "cypher", cypher: "MATCH (n) RETURN n" }, "en")).toBe("Cypher");
  });

  it("names the industry the chain view opens on when the URL has none", () => {
    expect(title({ view: "chain" }, "zh")).toBe("产业链 · 集成电路");
  });

  it("falls back to the id's name for a node not loaded", () => {
    expect(title({ view: "districts", district: "district:沙坪坝区" }, "en")).toBe("Districts · 沙坪坝区");
  });
});
