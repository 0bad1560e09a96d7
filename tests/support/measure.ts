/**
 * What a person sees, measured in the browser: the sizes a journey opens the app at, the rendered
 * size of the canvas labels actually drawn, elements wider than the viewport, strings not in the
 * page's language, and axe-core's serious and critical violations. Every page.evaluate here
 * returns plain values (a Cytoscape collection crashes Chromium's page when serialised).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { wrongLanguage, type PageLang, type PageText } from "./language.js";

export const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  laptop: { width: 1280, height: 720 },
  phone: { width: 390, height: 844 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

/**
 * Opens `url` (with `lang=` set) at a viewport size and waits until the app has drawn: network
 * idle, fonts loaded, and the graph canvas ready when the view has one.
 */
export async function openAt(page: Page, url: string, viewport: { width: number; height: number }, lang: PageLang): Promise<void> {
  await page.setViewportSize(viewport);
  const u = new URL(url);
  u.searchParams.set("lang", lang);
  await page.goto(u.toString(), { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const canvas = page.getByTestId("graph-canvas").first();
  if ((await canvas.count()) > 0) {
    await page.waitForFunction(
      () => document.querySelector('[data-testid="graph-canvas"]')?.getAttribute("data-ready") === "true",
      undefined,
      { timeout: 30_000 },
    );
  }
  // two frames: what was laid out is also painted
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

export interface DrawnLabel {
  id: string;
  label: string;
  /** font-size × zoom: the height of the letters on screen, in CSS pixels. */
  px: number;
}

/**
 * The labels of the current canvas (`window.__cy`) that are actually drawn: visible elements
 * with a non-empty label, not transparent, inside the viewport, and not hidden by
 * `min-zoomed-font-size`. An empty list when there is no canvas.
 */
export async function labelFontSizes(page: Page): Promise<DrawnLabel[]> {
  return page.evaluate(() => {
    interface El {
      id(): string;
      isNode(): boolean;
      visible(): boolean;
      effectiveOpacity(): number;
      style(name: string): string;
      renderedPosition(): { x: number; y: number };
      renderedMidpoint(): { x: number; y: number };
    }
    const cy = (window as unknown as {
      __cy?: { zoom(): number; width(): number; height(): number; elements(): { toArray(): El[] } };
    }).__cy;
    if (!cy) return [];
    const zoom = cy.zoom();
    const [w, h] = [cy.width(), cy.height()];
    const out: { id: string; label: string; px: number }[] = [];
    for (const el of cy.elements().toArray()) {
      if (!el.visible()) continue;
      const label = el.style("label");
      if (!label || !label.trim()) continue;
      if (el.effectiveOpacity() <= 0 || Number(el.style("text-opacity")) <= 0) continue;
      const px = parseFloat(el.style("font-size")) * zoom;
      // Cytoscape skips a label whose rendered size is under min-zoomed-font-size
      if (px < (parseFloat(el.style("min-zoomed-font-size")) || 0)) continue;
      const at = el.isNode() ? el.renderedPosition() : el.renderedMidpoint();
      if (at.x < 0 || at.y < 0 || at.x > w || at.y > h) continue;
      out.push({ id: el.id(), label, px: Math.round(px * 100) / 100 });
    }
    return out;
  });
}

export interface Overflow {
  scrollWidth: number;
  viewportWidth: number;
  /** The outermost visible elements whose right edge passes the viewport's. */
  wide: { element: string; width: number; right: number }[];
}

/**
 * What is wider than the viewport: the page's scroll width and the visible elements that pass
 * its right edge. Elements inside a box that scrolls or clips horizontally on purpose (a table
 * with overflow-x:auto) are that box's business; only the box itself is checked.
 */
export async function overflowing(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const describe = (e: Element) => {
      const testid = e.getAttribute("data-testid");
      const cls = typeof e.className === "string" && e.className.trim() ? `.${e.className.trim().split(/\s+/).join(".")}` : "";
      return `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${cls}${testid ? `[data-testid=${testid}]` : ""}`;
    };
    const clipsX = (e: Element) => getComputedStyle(e).overflowX !== "visible";
    const wide: { element: string; width: number; right: number }[] = [];
    const reported: Element[] = [];
    for (const e of Array.from(document.body.querySelectorAll("*"))) {
      if (!e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const r = e.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1 || r.right <= vw + 0.5 || r.left >= vw) continue;
      if (reported.some((p) => p.contains(e))) continue;
      let clipped = false;
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
        if (clipsX(a)) {
          clipped = true;
          break;
        }
      }
      if (clipped) continue;
      reported.push(e);
      wide.push({ element: describe(e), width: Math.round(r.width), right: Math.round(r.right) });
    }
    return { scrollWidth: document.documentElement.scrollWidth, viewportWidth: vw, wide };
  });
}

/**
 * The strings a person reads that are not in `lang`: visible text (HTML and SVG, not canvases),
 * the options of visible selects, and the attributes read aloud or shown on hover (title,
 * aria-label, placeholder, alt, a button input's value). Text inside an element whose closest
 * `lang` is another language (a name or a quote from the plan) and code (code, pre, kbd, samp,
 * textarea) is skipped. `<html lang>` itself must be `lang`.
 */
export async function languageProblems(page: Page, lang: PageLang): Promise<{ text: string; where: string }[]> {
  const { htmlLang, texts } = await page.evaluate(() => {
    const describe = (e: Element) => {
      const testid = e.closest("[data-testid]")?.getAttribute("data-testid");
      return `${e.tagName.toLowerCase()}${testid ? ` in [data-testid=${testid}]` : ""}`;
    };
    // <html lang> is checked on its own below: a wrong one must not hide every string from the check
    const langOf = (e: Element) => {
      const marked = e.closest("[lang]");
      return marked && marked !== document.documentElement ? (marked.getAttribute("lang") ?? "") : "";
    };
    const CODE = "code, pre, kbd, samp, textarea, script, style, noscript";
    const out: { text: string; where: string; lang: string }[] = [];
    const add = (text: string | null, e: Element) => {
      const t = (text ?? "").replace(/\s+/g, " ").trim();
      if (t) out.push({ text: t, where: describe(e), lang: langOf(e) });
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const e = n.parentElement;
      if (!e || e.closest(CODE)) continue;
      const select = e.closest("select");
      const shown = select ?? e;
      if (!shown.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      add(n.textContent, e);
    }
    const ATTRS = ["title", "aria-label", "placeholder", "alt"];
    for (const e of Array.from(document.body.querySelectorAll("*"))) {
      if (!e.checkVisibility({ checkVisibilityCSS: true })) continue;
      for (const a of ATTRS) if (e.hasAttribute(a)) add(e.getAttribute(a), e);
      if (e instanceof HTMLInputElement && ["button", "submit", "reset"].includes(e.type)) add(e.value, e);
    }
    add(document.title, document.documentElement);
    return { htmlLang: document.documentElement.getAttribute("lang") ?? "", texts: out };
  });
  const problems = wrongLanguage(texts as PageText[], lang);
  if (htmlLang.toLowerCase().split("-")[0] !== lang) problems.unshift({ text: `<html lang="${htmlLang}">`, where: "html" });
  return problems;
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  /** The CSS selectors of (up to 8 of) the elements at fault. */
  targets: string[];
}

/** axe-core's source, read once; evaluated rather than added as a script tag, which the app's CSP refuses. */
let axeSource: string | undefined;

/** axe-core's serious and critical violations on the current page. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    interface Result {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: unknown[] }[];
    }
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Result[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ["violations"] });
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? "",
        help: v.help,
        targets: v.nodes.slice(0, 8).map((n) => n.target.map(String).join(" ")),
      }));
  });
}
