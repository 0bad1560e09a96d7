// @vitest-environment happy-dom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { NoteMarkdown, safeHref } from "./NoteMarkdown.js";

afterEach(cleanup);

const html = (source: string) => render(<NoteMarkdown source={source} />).container;

describe("a scene's note", () => {
  it("renders the Markdown a presenter writes: paragraphs, emphasis, lists, links", () => {
    const c = html("集成电路的**上游**缺口有 *5* 处：\n\n- 碳化硅\n- 氮化镓\n\n详见 [规划原文](https://example.org/plan)。");
    expect(c.querySelector("strong")?.textContent).toBe("上游");
    expect(c.querySelector("em")?.textContent).toBe("5");
    expect([...c.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["碳化硅", "氮化镓"]);
    const a = c.querySelector("a")!;
    expect(a.getAttribute("href")).toBe("https://example.org/plan");
    expect(a.getAttribute("rel")).toBe("noopener noreferrer");
    expect(a.getAttribute("target")).toBe("_blank");
  });

  it("shows raw HTML as text and runs nothing from it", () => {
    const c = html('Hi <script>alert(1)</script> <img src=x onerror="alert(2)"> <b onclick="x()">b</b>\n\n<div style="position:fixed">block</div>');
    expect(c.querySelector("script, img, b, [onclick], [onerror], [style]")).toBeNull();
    expect(c.textContent).toContain("<script>");
  });

  it("keeps links to http(s) only; other schemes lose their link, images become their alt text", () => {
    const c = html("[a](javascript:alert(1)) [b](data:text/html,x) [c](vbscript:x) [d](/relative) [e](mailto:x@y.z) ![logo](https://tracker.example/p.png)");
    expect(c.querySelectorAll("a")).toHaveLength(0);
    expect(c.querySelector("img")).toBeNull();
    expect(c.textContent).toContain("logo");
    expect(c.textContent).toContain("a");
  });

  it("turns headings into strong lines (the caption's title is the scene's) and draws nothing for an empty note", () => {
    expect(html("# 标题").querySelector("h1")).toBeNull();
    expect(html("# 标题").querySelector(".note-heading")?.textContent).toBe("标题");
    expect(html("  ").childElementCount).toBe(0);
  });

  it("accepts only absolute http and https addresses", () => {
    expect(safeHref("https://a.b/c?d")).toBe("https://a.b/c?d");
    expect(safeHref("HTTP://a.b")).toBe("http://a.b/");
    expect(safeHref(" javascript:alert(1)")).toBeNull();
    expect(safeHref("//a.b")).toBeNull();
    expect(safeHref(undefined)).toBeNull();
  });
});
