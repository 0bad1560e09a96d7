/**
 * The page in story mode: `data-presenting`, `data-theme` and the chain's `data-present-step` on
 * <html> (styles/presentMode.css hides the explorer's chrome by them), full screen asked for on
 * entry and left on exit, and the browser's own way out of full screen (its Esc, F11) taken as
 * leaving story mode.
 */
import { useEffect, useState } from "react";
import { useLatest } from "../canvas/useCyCanvas.js";

export type PresentTheme = "light" | "dark";
const THEME_KEY = "chain-atlas:present-theme";

/** The theme last chosen in story mode, remembered in this browser. */
export function useStoredTheme(): [PresentTheme, (t: PresentTheme) => void] {
  const [theme, setTheme] = useState<PresentTheme>(() => {
    try {
      return window.localStorage.getItem(THEME_KEY) === "dark" ? "dark" : "light";
    } catch {
      return "light";
    }
  });
  const set = (t: PresentTheme) => {
    setTheme(t);
    try {
      window.localStorage.setItem(THEME_KEY, t);
    } catch {
      // private mode: the theme holds for this session only
    }
  };
  return [theme, set];
}

/**
 * Marks <html> while mounted and asks for full screen; `onFullscreenLeft` runs when the browser
 * leaves the full screen story mode entered. Returns whether full screen was refused.
 */
export function usePresentPage(theme: PresentTheme, chainStep: number | null, onFullscreenLeft: () => void): boolean {
  const [refused, setRefused] = useState(false);
  const left = useLatest(onFullscreenLeft);

  useEffect(() => {
    const html = document.documentElement;
    html.setAttribute("data-presenting", "true");
    let entered = false;
    let active = true;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered && active) left.current();
    };
    document.addEventListener("fullscreenchange", onChange);
    if (!document.fullscreenElement && html.requestFullscreen) {
      html.requestFullscreen({ navigationUI: "hide" }).catch(() => {
        if (active) setRefused(true);
      });
    } else if (!html.requestFullscreen) {
      setRefused(true);
    }
    return () => {
      active = false;
      document.removeEventListener("fullscreenchange", onChange);
      html.removeAttribute("data-presenting");
      html.removeAttribute("data-theme");
      html.removeAttribute("data-present-step");
      html.removeAttribute("data-present-fade");
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, [left]);

  useEffect(() => {
    document.documentElement.setAttribute("data-theme", theme);
  }, [theme]);

  useEffect(() => {
    const html = document.documentElement;
    if (chainStep === null) html.removeAttribute("data-present-step");
    else html.setAttribute("data-present-step", String(chainStep));
  }, [chainStep]);

  return refused;
}
