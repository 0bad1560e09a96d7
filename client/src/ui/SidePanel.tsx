/**
 * A side panel of the shell, shown as core/panels.ts decides: a column with a collapse button, a
 * rail with an expand button, or (narrow screens) a drawer over the view. A drawer takes the focus
 * when it opens; Esc, its close button or a click on the backdrop close it, and the focus goes back
 * to what opened it.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";
import type { PanelId, PanelShow } from "../core/panels.js";

interface Props {
  id: PanelId;
  show: PanelShow;
  /** The panel's name (drawer and rail labels). */
  label: string;
  collapseLabel: string;
  expandLabel: string;
  closeLabel: string;
  onCollapse: (collapsed: boolean) => void;
  onCloseDrawer: () => void;
  children: ReactNode;
}

const SIDE: Record<PanelId, "start" | "end"> = { sidebar: "start", details: "end" };

export function SidePanel({ id, show, label, collapseLabel, expandLabel, closeLabel, onCollapse, onCloseDrawer, children }: Props) {
  const drawer = useRef<HTMLDivElement>(null);
  const side = SIDE[id];

  // Focus in when the drawer opens, back to where it was when it closes.
  useEffect(() => {
    if (show !== "drawer") return;
    const before = document.activeElement as HTMLElement | null;
    drawer.current?.focus();
    return () => before?.focus?.();
  }, [show]);

  if (show === "none" || show === "button") return null;
  if (show === "rail")
    return (
      <div className={`side-rail side-${side}`} data-testid={`panel-rail-${id}`}>
        <button type="button" className="rail-button" data-testid={`panel-expand-${id}`} aria-label={expandLabel} title={expandLabel} onClick={() => onCollapse(false)}>
          <span aria-hidden="true">{side === "start" ? "»" : "«"}</span>
          <span className="rail-label">{label}</span>
        </button>
      </div>
    );
  if (show === "column") {
    const collapse = (
      <button type="button" className="collapse-button" data-testid={`panel-collapse-${id}`} aria-label={collapseLabel} title={collapseLabel} onClick={() => onCollapse(true)}>
        <span aria-hidden="true">{side === "start" ? "«" : "»"}</span>
      </button>
    );
    // The sidebar gets a titled head (its own first row is busy); the details panel has a head of
    // its own, so the button sits in its corner.
    return (
      <div className={`side-panel side-${side}`} data-testid={`panel-${id}`}>
        {side === "start" ? (
          <div className="side-head">
            <span>{label}</span>
            {collapse}
          </div>
        ) : (
          collapse
        )}
        {children}
      </div>
    );
  }
  return (
    <div className="drawer-backdrop" onClick={(e) => e.target === e.currentTarget && onCloseDrawer()}>
      <div
        ref={drawer}
        className={`drawer side-${side}`}
        data-testid={`drawer-${id}`}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === "Tab") keepFocusIn(e.currentTarget, e);
          if (e.key !== "Escape") return;
          // The app's Esc clears the selection: not while a drawer has the key.
          e.stopPropagation();
          onCloseDrawer();
        }}
      >
        <div className="drawer-head">
          <strong>{label}</strong>
          <button type="button" className="icon-button" data-testid={`drawer-close-${id}`} aria-label={closeLabel} title={closeLabel} onClick={onCloseDrawer}>
            ×
          </button>
        </div>
        <div className="drawer-body">{children}</div>
      </div>
    </div>
  );
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Tab and Shift+Tab wrap around inside a modal drawer instead of leaving it for the page behind. */
function keepFocusIn(box: HTMLElement, e: KeyboardEvent) {
  const items = Array.from(box.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.offsetParent !== null);
  if (!items.length) return;
  const [first, last] = [items[0], items[items.length - 1]];
  const at = document.activeElement;
  if (e.shiftKey && (at === first || at === box)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && at === last) {
    e.preventDefault();
    first.focus();
  }
}
