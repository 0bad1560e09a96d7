/** What the canvas does to its Cytoscape instance: lay out, fit, and thin the labels out by zoom. */
import type cytoscape from "cytoscape";
import type { Core } from "cytoscape";
import { labelBudget, labelShown, labelThreshold } from "../core/labels.js";
import { isolatedBox, layoutOptions, setsIsolatedApart, type LayoutName } from "../core/layouts.js";
import { fitBox } from "../core/viewport.js";

/** The label threshold (screen px) and the smallest font size now shown. */
export interface LabelCut {
  threshold: number;
  minFont: number;
}

/**
 * Show only the labels big enough at the current zoom (core/labels.ts). Classes change only when
 * the smallest shown font size changes, so zooming stays cheap.
 */
export function updateLabels(cy: Core, cut: LabelCut) {
  const minFont = cut.threshold / cy.zoom();
  const sizes = new Set(cy.nodes().map((n) => Number(n.data("fontSize"))));
  const smallestShown = Math.min(...[...sizes].filter((s) => labelShown(s, cy.zoom(), cut.threshold)), Infinity);
  if (smallestShown === cut.minFont) return;
  cut.minFont = smallestShown;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.toggleClass("label-hidden", Number(n.data("fontSize")) < minFont);
    });
  });
}

/** After a layout: pick the threshold that shows about a canvas-full of the biggest labels. */
export function resetLabels(cy: Core, cut: LabelCut) {
  const sizes = cy.nodes().map((n) => Number(n.data("fontSize")) || 0);
  cut.threshold = labelThreshold(sizes, cy.zoom(), labelBudget(cy.width(), cy.height()));
  cut.minFont = NaN;
  updateLabels(cy, cut);
}

/** Run a layout (synchronously: none is animated), isolated nodes apart where the layout wants. */
export function runLayout(cy: Core, layout: LayoutName, roots: string[]) {
  const isolated = setsIsolatedApart(layout) ? cy.nodes().filter((n) => n.degree(false) === 0) : cy.collection();
  const main = cy.elements().not(isolated);
  const target = main.nonempty() ? main : isolated;
  const options = layoutOptions(layout, { roots, nodeCount: target.nodes().length });
  target.layout(options as cytoscape.LayoutOptions).run();
  if (main.nonempty() && isolated.nonempty()) {
    const box = isolatedBox(main.boundingBox({ includeLabels: false }), isolated.length);
    isolated.layout({ name: "grid", boundingBox: box, animate: false, fit: false, avoidOverlap: true }).run();
  }
}

/** The viewport that shows every node (labels not counted: at that zoom most are hidden anyway). */
export function fitAll(cy: Core) {
  return fitBox(cy.nodes().boundingBox({ includeLabels: false }), cy.width(), cy.height(), {
    padding: 36,
    minZoom: cy.minZoom(),
    maxZoom: 1.5,
  });
}
