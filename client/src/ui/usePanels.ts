/**
 * The side panels' screen state: narrow or wide (a media query), which panels are collapsed
 * (localStorage, one key per panel), and which drawer is open on a narrow screen.
 */
import { useCallback, useEffect, useState } from "react";
import { NARROW_MAX_PX, readCollapsed, storageKey, storedValue, type Collapsed, type PanelId } from "../core/panels.js";

const NARROW_QUERY = `(max-width: ${NARROW_MAX_PX}px)`;

function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW_QUERY).matches);
  useEffect(() => {
    const mq = window.matchMedia(NARROW_QUERY);
    const onChange = () => setNarrow(mq.matches);
    mq.addEventListener("change", onChange);
    return () => mq.removeEventListener("change", onChange);
  }, []);
  return narrow;
}

export interface PanelState {
  narrow: boolean;
  collapsed: Collapsed;
  setCollapsed: (id: PanelId, collapsed: boolean) => void;
  drawer: PanelId | null;
  setDrawer: (id: PanelId | null) => void;
}

export function usePanels(): PanelState {
  const narrow = useNarrow();
  const [collapsed, setAll] = useState<Collapsed>(() => readCollapsed((k) => window.localStorage.getItem(k)));
  const [drawer, setDrawer] = useState<PanelId | null>(null);

  const setCollapsed = useCallback((id: PanelId, on: boolean) => {
    setAll((c) => ({ ...c, [id]: on }));
    try {
      window.localStorage.setItem(storageKey(id), storedValue(on));
    } catch {
      // storage refused: remembered for this visit only
    }
  }, []);

  // A drawer belongs to the narrow layout: widening the window closes it.
  useEffect(() => {
    if (!narrow) setDrawer(null);
  }, [narrow]);

  return { narrow, collapsed, setCollapsed, drawer, setDrawer };
}
