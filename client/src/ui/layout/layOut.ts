/**
 * One layout request (core/layoutJob.ts) laid out on a headless Cytoscape: the nodes sized as
 * drawn, the app's layout options, Math.random seeded as on the main thread. The layout worker
 * runs it; the client bench runs it on the main thread too, to compare.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { packPositions, type LayoutRequest } from "../../core/layoutJob.js";
import { layoutOptions } from "../../core/layouts.js";
import { withSeededRandom } from "../../core/seededRandom.js";

cytoscape.use(fcose);

export function layOut(req: LayoutRequest): { ids: string[]; xy: Float64Array } {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // fcose keeps nodes apart by their drawn size: the canvas's `width: data(size)`
    style: [{ selector: "node", style: { width: "data(size)", height: "data(size)" } }],
    elements: {
      nodes: req.nodes.map((n) => ({ data: { ...n } })),
      edges: req.edges.map((e) => ({ data: { ...e } })),
    },
  });
  const options = layoutOptions(req.layout, { roots: req.roots, nodeCount: req.nodes.length, direction: req.direction, offThread: true });
  withSeededRandom(req.seed, () => cy.elements().layout(options as cytoscape.LayoutOptions).run());
  const out = packPositions(cy.nodes().map((n) => [n.id(), n.position()] as [string, { x: number; y: number }]));
  cy.destroy();
  return out;
}
