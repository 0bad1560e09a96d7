/**
 * Which side panels the shell shows beside a view, and how: a panel earns its space only where it
 * does something. The node-type/layout sidebar acts on the overview only; the details column shows
 * what is selected, so it appears when something is. Wide screens show the panels as columns, each
 * collapsible (remembered per panel); at 768 px and below the view takes the whole width and the
 * panels open as drawers, one at a time.
 */
import type { ViewName } from "./views.js";

export const PANEL_IDS = ["sidebar", "details"] as const;
export type PanelId = (typeof PANEL_IDS)[number];

/** The panels a view uses in a state: true when the panel has something to show. */
export type Panels = Record<PanelId, boolean>;

export function panelsFor(view: ViewName, state: { selected: string | null }): Panels {
  return { sidebar: view === "overview", details: state.selected !== null };
}

/** The widest screen (CSS px) that gets one column and drawers; the same number as shell.css. */
export const NARROW_MAX_PX = 768;

export function isNarrow(width: number): boolean {
  return width <= NARROW_MAX_PX;
}

/** Collapsed panels, as remembered between visits: one storage key per panel. */
export type Collapsed = Record<PanelId, boolean>;

export const storageKey = (id: PanelId) => `chain-atlas.panel.${id}`;

/** What a stored value means: only "collapsed" collapses (a missing or odd value leaves it open). */
export function readCollapsed(get: (key: string) => string | null): Collapsed {
  const one = (id: PanelId) => {
    try {
      return get(storageKey(id)) === "collapsed";
    } catch {
      return false; // storage refused (private mode, a sandbox): panels open
    }
  };
  return { sidebar: one("sidebar"), details: one("details") };
}

export const storedValue = (collapsed: boolean) => (collapsed ? "collapsed" : "open");

/**
 * How each panel shows: `column` (open beside the view), `rail` (collapsed to a strip with a
 * button), `drawer` (narrow screen: open over the view), `button` (narrow: closed, a button in the
 * panel bar opens it) or `none` (the view does not use it).
 */
export type PanelShow = "column" | "rail" | "drawer" | "button" | "none";

export function panelShow(id: PanelId, panels: Panels, o: { narrow: boolean; collapsed: Collapsed; drawer: PanelId | null }): PanelShow {
  if (!panels[id]) return "none";
  if (o.narrow) return o.drawer === id ? "drawer" : "button";
  return o.collapsed[id] ? "rail" : "column";
}
