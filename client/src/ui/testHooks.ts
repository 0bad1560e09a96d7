/**
 * Hooks for end-to-end tests (a stable contract, DESIGN.md "UI hooks").
 *
 * data-testid: graph-canvas (with data-node-count, data-edge-count, data-selected, and data-ready
 * "true" once the current elements are laid out), details-panel, evidence-quote (a text quote),
 * evidence-reference (a reference fact), layout-select, type-filter-<Type>, view-<name>,
 * lang-toggle.
 *
 * The Cypher console (view-cypher): cypher-input (the textarea; Ctrl/Cmd+Enter runs), cypher-run,
 * cypher-result (the table, with data-row-count), cypher-error (a failed run: the 400 text, the 501
 * explanation, or a network error; data-error-kind names which), cypher-unavailable (the
 * explanation shown up front when /api/health says the memory store), cypher-truncated,
 * cypher-examples (the example picker), cypher-show-on-canvas (the toggle between the result
 * subgraph and the whole graph) and cypher-canvas-mode (data-mode "result" | "whole").
 *
 * Shell (core/panels.ts decides which panels a view shows): panel-sidebar and panel-details (a
 * panel as a column) with panel-collapse-<id>; panel-rail-<id> (collapsed, remembered in
 * localStorage) with panel-expand-<id>; at 768 px and below panel-bar with drawer-open-<id>, and
 * drawer-<id> (a dialog; Esc closes) with drawer-close-<id>; search-toggle (the search icon that
 * opens the box on a narrow screen). The skip link (`.skip-link`) leads to `#view`, the main area.
 *
 * Search (header): search-input (the combobox; `/` focuses it), search-dropdown (data-status
 * "loading" | "ok" | "error"), search-result (an option: data-node-id, data-type, aria-selected when
 * active), search-empty ("no match for …").
 *
 * Reader (view-reader, `?view=reader&at=start-end`): reader (the text pane), reader-text (with
 * data-plan-id, data-selected, data-mention-count = the selected node's mentions, data-at = the
 * flashed span), reader-mention (a highlighted segment: data-n = node indices, data-s = its start
 * offset; class `lit` when it mentions the selected node), `[data-at-part]` (the pieces of the
 * flashed span: their text joined is the evidence quote), reader-toolbar, reader-mention-count,
 * reader-prev, reader-next.
 *
 * Overview: graph-toolbar with undo, redo, focus-toggle (graph-canvas data-focus "true"|"false",
 * URL focus=1), working-set (data-size), whole-graph, show-hidden, start-from-selection;
 * context-menu (data-node-id) with ctx-expand, ctx-collapse, ctx-start, ctx-focus, ctx-hide,
 * ctx-chain (industries), ctx-reader; expand-confirm (over 150 new nodes) with expand-confirm-all,
 * expand-confirm-some, expand-cancel; sidebar layout-direction (dagre only), color-by, size-by;
 * community-legend (data-count), betweenness-ms; graph-canvas data-layout.
 *
 * Districts (view-districts, `?view=districts&district=…&mode=map|matrix|graph&sort=<rows>,<cols>`):
 * district-mode-<map|matrix|graph>; district-map (the map engineer's, with data-district-count and
 * district-label); district-matrix (data-rows, data-cols, data-sort) with district-row (data-district),
 * matrix-cell (a filled cell: data-district, data-industry), matrix-sort-rows-name|rows-total|
 * cols-name|cols-total; cell-evidence (data-edge-id) with evidence-quote and read-in-plan;
 * district-panel (data-district, data-industry-count) with portfolio-industry (data-industry),
 * district-alike and district-alike-item (data-district, data-jaccard); district-pairs (data-count,
 * data-shown) with district-pair (data-a, data-b, data-jaccard) and district-pairs-all; colocation
 * (data-link-count) with colocation-link; export-matrix-csv, export-pairs-csv.
 *
 * The only global: `window.__cy`, the Cytoscape instance, so that a test can act on a node by id,
 * e.g. `__cy.$id("industry:集成电路").emit("tap")` selects it as a click would, or read
 * `renderedPosition()` to click it with the mouse.
 *
 * Stories (ui/story/): scene-add (captures the view; the count is on scene-list's data-count),
 * scene-list (opens story-panel, a non-modal dialog; Esc or story-close closes it) with story-title,
 * story-save (downloads `<title>.chain-atlas.json`), story-open (a button before a hidden file
 * input: use the file chooser), story-link (copies the story link; data-link holds it);
 * scene-item (data-scene-id, data-index; focused, Alt+↑/↓ moves it; draggable) with scene-title,
 * scene-note, scene-show, scene-duplicate, scene-delete, scene-up, scene-down; story-undo (after a
 * delete); story-message (the live region: confirmations and errors); present-start (disabled
 * while the story has no scene). localStorage key `chain-atlas:story`; `?story=<lz-string>` opens
 * a story link and is then dropped from the URL.
 *
 * Story mode (ui/present/StoryMode.tsx): view-present (the overlay; data-index = the scene,
 * data-step and data-steps = the step inside it (a chain has 4), data-count, data-view, data-ready
 * "true" once the scene's view is drawn, data-caption "shown"|"hidden", lang = the scene's) with
 * present-previous, present-next, present-caption-toggle, present-theme (data-theme), present-notes,
 * present-exit, and present-blank while the screen is black. <html> carries data-presenting="true",
 * data-theme="light|dark" and, on a chain scene, data-present-step; canvas elements carry the
 * classes present-on, present-hidden (a step still to come), present-gap, present-small (a label
 * under 16 px, not drawn), present-dark. localStorage key `chain-atlas:present-theme`. The
 * presenter window (`?presenter=1`): presenter-window (data-state "waiting"|"presenting"|"ended",
 * data-index, data-step), presenter-counter, presenter-timer (mm:ss), presenter-current,
 * presenter-next (the next scene's title, or the end of the story), presenter-previous and
 * presenter-next-button; BroadcastChannel "chain-atlas-present".
 *
 * Exports (ui/present/ExportMenu.tsx): export-menu (data-busy "true" while a picture or deck is
 * being made) with export-open (the menu button; Enter, Space or ↓ opens the menu on the chosen
 * size, Esc closes it and refocuses the button), export-scale-1|2|4 (menuitemradio, aria-checked;
 * 2× by default), export-png, export-svg, export-pptx (aria-disabled with the hint until there is
 * a scene) and export-status (the live line under the button: data-kind "ok"|"error", data-ms the
 * last export's duration). Files are named `chain-atlas-<view>-<yyyymmdd-hhmm>.png|svg`; a PNG is
 * scale × the view's CSS width (the canvas's `__cy.width()`, or the district map's clientWidth).
 *
 * Exact views (core/exactView.ts; the URL's `cam=` camera, `pos=` node positions, `ws=` working-set
 * recipe): share-link (copies the URL; data-link holds the link copied) with share-status (the live
 * "Link copied · N characters") and share-manual (the link selected in a popover, when the clipboard
 * is refused); district-map data-transform="k,x,y" (the map's pan and zoom). A canvas reports its
 * camera into the URL when a move ends (debounced); `window.dispatchEvent(new
 * Event("chain-atlas:report-view"))` makes every canvas report at once.
 */
import type { Core } from "cytoscape";

declare global {
  interface Window {
    __cy?: Core;
  }
}

export function exposeCy(cy: Core): () => void {
  window.__cy = cy;
  return () => {
    if (window.__cy === cy) delete window.__cy;
  };
}
