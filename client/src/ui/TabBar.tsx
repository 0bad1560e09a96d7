/**
 * The view switcher: one button per view (core/views.ts), named in the interface language. On a
 * narrow screen the row scrolls sideways, and the current view's tab is kept in sight.
 */
import { useEffect, useRef } from "react";
import { VIEW_NAMES, type ViewName } from "../core/views.js";
import { useMessages } from "./i18n.js";

export function TabBar({ view, onView }: { view: ViewName; onView: (view: ViewName) => void }) {
  const m = useMessages();
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    nav.current?.querySelector(".tab.active")?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [view]);
  return (
    <nav className="tab-bar" aria-label={m.shell.views} ref={nav}>
      {VIEW_NAMES.map((v) => (
        <button
          key={v}
          type="button"
          data-testid={`view-${v}`}
          aria-current={view === v ? "page" : undefined}
          className={view === v ? "tab active" : "tab"}
          title={m.shell.viewTitle(v)}
          onClick={() => onView(v)}
        >
          {m.shell.viewLabel(v)}
        </button>
      ))}
    </nav>
  );
}
