/**
 * The overview's node positions and the URL's (`pos=`, core/positionCodec.ts). A fresh layout of
 * the state needs none: it is seeded, the same everywhere. What no layout gives is written: nodes
 * an expand placed beside the drawn ones, a picture brought back by undo, nodes a user dragged
 * (only those, on a fresh layout). The industry level's preset depends on the canvas's size, so a
 * camera on it (not the default fit), or a canvas resized since (a panel opened beside it), takes
 * every position along, to show the same place on another screen.
 *
 * `known` is the code the URL holds as far as the canvas knows (what it reported or took last): a
 * code it did not write came from outside and is put in place, when it fits the drawn nodes.
 */
import type { Core } from "cytoscape";
import { useMemo, useRef } from "react";
import { decodePositions, encodePositions, type Point } from "../../core/positionCodec.js";
import { placeAll, sortedIds } from "../cyActions.js";
import { useLatest } from "./useCyCanvas.js";

/** What the URL asks of the positions, read once (fromUrl). */
export interface GivenPositions {
  /** Every drawn node's position. */
  all: boolean;
  /** A few (dragged) nodes' positions, on the state's own layout. */
  some: boolean;
  /** The state's own layout (the URL has no positions, or none for these nodes), not drawn now. */
  fresh: boolean;
  at: Map<string, Point> | null;
}

export const NO_POSITIONS: GivenPositions = { all: false, some: false, fresh: false, at: null };

/** Up to this share of the nodes dragged, only theirs are written. */
const FEW = 1 / 3;

export interface PositionSync {
  fromUrl(cy: Core): GivenPositions;
  /** Put given positions in place (nothing for none). */
  place(cy: Core, given: GivenPositions): void;
  /** The state's own layout was just drawn (`preset`: the industry level's, sized to the canvas). */
  laidOut(cy: Core, preset: boolean): void;
  /** Nodes were placed or brought back: no layout gives these positions. */
  moved(): void;
  dragged(id: string): void;
  presetPlaced(): boolean;
  /** Report the positions if they changed; `camera`: the view is not the default fit. */
  report(cy: Core, camera: boolean): void;
}

export function useCyPositions(options: { code: string | null | undefined; onCode?: (code: string | null) => void; ready: () => boolean }): PositionSync {
  const latest = useLatest(options);
  const known = useRef<string | null>(null);
  const fresh = useRef(false);
  const preset = useRef(false);
  /** The canvas's size when the preset placed the nodes. */
  const sizedFor = useRef("");
  const drags = useRef(new Set<string>());
  return useMemo<PositionSync>(
    () => ({
      fromUrl(cy) {
        const code = latest.current.code;
        if (code === undefined || code === known.current) return NO_POSITIONS;
        known.current = code;
        const at = code ? decodePositions(code, sortedIds(cy)) : null;
        if (!at) return { ...NO_POSITIONS, fresh: !fresh.current };
        const all = at.size === sortedIds(cy).length;
        return { all, some: !all, fresh: false, at };
      },
      place(cy, given) {
        if (!given.at) return;
        if (given.all) {
          placeAll(cy, given.at);
          fresh.current = false;
          preset.current = false;
          drags.current.clear();
          return;
        }
        cy.batch(() => given.at!.forEach((p, id) => void cy.getElementById(id).position({ ...p })));
        drags.current = new Set(given.at.keys());
      },
      laidOut(cy, byPreset) {
        fresh.current = true;
        preset.current = byPreset;
        sizedFor.current = `${cy.width()}x${cy.height()}`;
        drags.current.clear();
      },
      moved() {
        fresh.current = false;
        preset.current = false;
        drags.current.clear();
      },
      dragged(id) {
        drags.current.add(id);
      },
      presetPlaced: () => preset.current,
      report(cy, camera) {
        const o = latest.current;
        if (o.code === undefined || !o.ready() || cy.nodes().empty()) return;
        const ids = sortedIds(cy);
        const at = (id: string) => cy.getElementById(id).position();
        let code: string | null = null;
        const sized = preset.current && (camera || sizedFor.current !== `${cy.width()}x${cy.height()}`);
        if (!fresh.current || sized) code = encodePositions(ids, at);
        else if (drags.current.size) code = drags.current.size <= ids.length * FEW ? encodePositions(ids, at, [...drags.current]) : encodePositions(ids, at);
        if (code === known.current) return;
        known.current = code;
        o.onCode?.(code);
      },
    }),
    [latest],
  );
}
