import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, parse, serialize } from "./viewState.js";
import { autoRenderer, isSoftwareRenderer, rendererOption, resolveRenderer } from "./renderer.js";

// Renderer strings as browsers report them (UNMASKED_RENDERER_WEBGL).
const SOFTWARE = [
  "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)",
  "Google SwiftShader",
  "llvmpipe (LLVM 15.0.6, 256 bits)",
  "Mesa/X.org, llvmpipe (LLVM 12.0.0, 256 bits)",
  "softpipe",
  "Mesa OffScreen swrast",
  "ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)",
  "Apple Software Renderer",
  "ANGLE (Mesa, lavapipe (LLVM 15.0.7, 256 bits), Vulkan)",
  "SVGA3D; build: RELEASE; LLVM;",
];
const HARDWARE = [
  "ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)",
  "ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)",
  "ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)",
  "Mesa Intel(R) Xe Graphics (TGL GT2)",
  "AMD Radeon RX 6800 XT (radeonsi, navi21, LLVM 15.0.6, DRM 3.49)",
  "Adreno (TM) 650",
];

describe("renderer choice", () => {
  it.each(SOFTWARE)("a software rasterizer draws with canvas: %s", (r) => {
    expect(isSoftwareRenderer(r)).toBe(true);
    expect(autoRenderer({ webgl: true, renderer: r })).toEqual({ name: "canvas", reason: "software" });
  });

  it.each(HARDWARE)("a hardware GPU draws with WebGL: %s", (r) => {
    expect(isSoftwareRenderer(r)).toBe(false);
    expect(autoRenderer({ webgl: true, renderer: r })).toEqual({ name: "webgl", reason: "gpu" });
  });

  it("no WebGL, or a GPU that hides its name, draws with canvas", () => {
    expect(autoRenderer({ webgl: false, renderer: null })).toEqual({ name: "canvas", reason: "no-webgl" });
    expect(autoRenderer({ webgl: true, renderer: null }).name).toBe("canvas");
    expect(autoRenderer({ webgl: true, renderer: "WebKit WebGL" }).name).toBe("canvas");
  });

  it("an explicit choice wins over the probe", () => {
    const gpu = { webgl: true, renderer: HARDWARE[0] };
    const soft = { webgl: true, renderer: SOFTWARE[0] };
    expect(resolveRenderer("canvas", gpu)).toBe("canvas");
    expect(resolveRenderer("webgl", soft)).toBe("webgl");
    expect(resolveRenderer("auto", gpu)).toBe("webgl");
    expect(resolveRenderer("auto", soft)).toBe("canvas");
  });

  it("WebGL is the canvas renderer's WebGL mode (Cytoscape 3.31+)", () => {
    expect(rendererOption("webgl")).toEqual({ name: "canvas", webgl: true });
    expect(rendererOption("canvas")).toEqual({ name: "canvas" });
  });

  it("lives in the URL: absent is auto, unknown values fall back to auto", () => {
    expect(DEFAULT_STATE.renderer).toBe("auto");
    expect(parse("?renderer=webgl").renderer).toBe("webgl");
    expect(parse("?renderer=canvas").renderer).toBe("canvas");
    expect(parse("?renderer=vulkan").renderer).toBe("auto");
    expect(serialize({ ...DEFAULT_STATE, renderer: "webgl" })).toBe("?renderer=webgl");
    expect(serialize({ ...DEFAULT_STATE, renderer: "auto" })).toBe("");
  });
});
