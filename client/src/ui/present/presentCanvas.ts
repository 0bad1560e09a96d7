/**
 * Story mode's hold on the canvas on screen (`window.__cy`, whichever view made it): the rules of
 * core/presentStyle.ts added to its stylesheet once, classes on its elements for the chain's
 * steps, the lit gaps, the dark theme and labels too small for a projector, and labels a little
 * short of 16 px raised just past it. A view change makes a new canvas and a language switch new
 * elements, so this keeps checking (a few times a second, and whenever the viewport settles)
 * rather than trusting one pass; `release` leaves the canvas exactly as the explorer had it.
 */
import type { Core, SingularElementArgument } from "cytoscape";
import { useEffect, useRef } from "react";
import { chainReveal } from "../../core/chainReveal.js";
import {
  PRESENT_CLASSES,
  PRESENT_DARK,
  PRESENT_GAP,
  PRESENT_HIDDEN,
  PRESENT_ON,
  PRESENT_SMALL,
  presentStylesheet,
  projectorFont,
} from "../../core/presentStyle.js";

export interface CanvasLook {
  /** The scene is a chain told in steps, at this step. */
  chainStep: number | null;
  dark: boolean;
}

/** Scratch key of a label's raised font (the bypass story mode set, to be removed). */
const RAISED = "_presentFont";
const TICK_MS = 300;
const SETTLE_MS = 150;

/** The stylesheet object that carries our rules, per canvas: a canvas that sets a new one loses them. */
const styled = new WeakMap<Core, object>();

function ensureRules(cy: Core) {
  const style = cy.style() as unknown as { appendFromJson(json: unknown): { update(): void } };
  if (styled.get(cy) === style) return;
  style.appendFromJson(presentStylesheet()).update();
  styled.set(cy, style);
}

const fontOf = (ele: SingularElementArgument) => parseFloat(ele.style("font-size"));

/**
 * Labels a little under 16 px at this zoom raised just past it (a style bypass, remembered in
 * scratch). Run when the viewport has settled: sizes are read without the last raise first.
 */
function raiseLabels(cy: Core) {
  const zoom = cy.zoom();
  cy.elements().forEach((ele) => {
    if (ele.scratch(RAISED) === undefined) return;
    ele.removeStyle("font-size");
    ele.removeScratch(RAISED);
  });
  cy.elements().forEach((ele) => {
    const base = fontOf(ele);
    const { font, hide } = projectorFont(base, zoom);
    if (!hide && font !== base) {
      ele.style("font-size", font);
      ele.scratch(RAISED, font);
    }
  });
}

/** The classes every element should carry for this look, put on where they differ. */
function applyClasses(cy: Core, look: CanvasLook) {
  const zoom = cy.zoom();
  let hidden = new Set<string>();
  let gaps = new Set<string>();
  if (look.chainStep !== null) {
    const nodes = cy.nodes().map((n) => ({ id: n.id(), lane: n.data("lane") as string | undefined }));
    const edges = cy.edges().map((e) => ({
      id: e.id(),
      source: e.source().id(),
      target: e.target().id(),
      side: e.data("side") as string | undefined,
      gap: Boolean(e.data("gap")),
    }));
    const r = chainReveal(nodes, edges, look.chainStep);
    hidden = new Set(r.hidden);
    gaps = new Set(r.gaps);
  }
  cy.batch(() => {
    cy.elements().forEach((ele) => {
      const id = ele.id();
      const want: Record<string, boolean> = {
        [PRESENT_ON]: true,
        [PRESENT_DARK]: look.dark,
        [PRESENT_HIDDEN]: hidden.has(id),
        [PRESENT_GAP]: gaps.has(id),
        [PRESENT_SMALL]: projectorFont(fontOf(ele), zoom).hide,
      };
      for (const [cls, on] of Object.entries(want)) if (ele.hasClass(cls) !== on) ele.toggleClass(cls, on);
    });
  });
}

/** Story mode's classes and raised labels off: the canvas as the explorer drew it. */
function release(cy: Core) {
  if (cy.destroyed()) return;
  cy.batch(() => {
    cy.elements().removeClass(PRESENT_CLASSES.join(" "));
  });
  cy.elements().forEach((ele) => {
    if (ele.scratch(RAISED) === undefined) return;
    ele.removeStyle("font-size");
    ele.removeScratch(RAISED);
  });
}

/** While mounted, the canvas on screen is dressed for the projector; on unmount it is released. */
export function usePresentCanvas(chainStep: number | null, dark: boolean): void {
  const lookRef = useRef<CanvasLook>({ chainStep, dark });
  const sync = useRef<(() => void) | null>(null);

  useEffect(() => {
    lookRef.current = { chainStep, dark };
    sync.current?.();
  }, [chainStep, dark]);

  useEffect(() => {
    let cy: Core | null = null;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const full = () => {
      if (!cy || cy.destroyed()) return;
      ensureRules(cy);
      raiseLabels(cy);
      applyClasses(cy, lookRef.current);
    };
    const onSettle = () => {
      clearTimeout(settle);
      settle = setTimeout(full, SETTLE_MS);
    };
    const attach = (next: Core) => {
      if (cy && !cy.destroyed()) {
        cy.off("viewport add", onSettle);
        release(cy);
      }
      cy = next;
      cy.on("viewport add", onSettle);
      full();
    };
    const tick = () => {
      const current = window.__cy;
      if (!current || current.destroyed()) return;
      if (current !== cy) attach(current);
      else {
        ensureRules(current);
        applyClasses(current, lookRef.current);
      }
    };
    sync.current = tick;
    tick();
    const timer = setInterval(tick, TICK_MS);
    return () => {
      clearInterval(timer);
      clearTimeout(settle);
      sync.current = null;
      if (cy && !cy.destroyed()) {
        cy.off("viewport add", onSettle);
        release(cy);
      }
    };
  }, []);
}
