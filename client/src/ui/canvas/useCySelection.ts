/**
 * Reflect the selection on a canvas: the node and its neighbourhood stand out, the rest fades; the
 * view follows when the selection changes or after the canvas was drawn anew (`run`).
 */
import type { CollectionReturnValue, Core } from "cytoscape";
import { useEffect, useRef, type RefObject } from "react";
import { useLatest } from "./useCyCanvas.js";

const SELECTION_CLASSES = "selected neighbour faded dimmed";

export interface SelectionOptions {
  /** Bumped whenever the canvas is drawn anew: the view follows the selection again after one. */
  run: number;
  /** The class for everything outside the selection's neighbourhood. */
  fade: "faded" | "dimmed";
  /** Move the view to the newly selected node (its classes are already set). */
  follow: (cy: Core, node: CollectionReturnValue) => void;
  /** Changes when elements may have been added without a new run: the classes are set again. */
  elements?: unknown;
  /** The view does not follow this selection after this run (a camera from the URL wins). */
  hold?: (selected: string | null, run: number) => boolean;
}

export function useCySelection(cy: RefObject<Core | null>, selected: string | null, options: SelectionOptions) {
  const { run, fade, elements } = options;
  const follow = useLatest(options.follow);
  const hold = useLatest(options.hold);
  const followed = useRef<{ id: string | null; run: number }>({ id: null, run: -1 });
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const node = selected ? instance.getElementById(selected) : instance.collection();
    instance.batch(() => {
      instance.elements().removeClass(SELECTION_CLASSES);
      if (node.empty()) return;
      const hood = node.closedNeighborhood();
      node.addClass("selected");
      hood.not(node).addClass("neighbour");
      instance.elements().not(hood).addClass(fade);
    });
    if (node.empty() || (followed.current.id === selected && followed.current.run === run)) return;
    followed.current = { id: selected, run };
    if (hold.current?.(selected, run)) return;
    follow.current(instance, node);
  }, [cy, follow, hold, selected, run, fade, elements]);
}
