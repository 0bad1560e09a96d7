/** The view switcher. Only views that exist are listed (core/views.ts). */
import { VIEWS, type ViewName } from "../core/views.js";

export function TabBar({ view, onView }: { view: ViewName; onView: (view: ViewName) => void }) {
  return (
    <nav className="tab-bar" role="tablist" aria-label="Views">
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          role="tab"
          data-testid={`view-${v.id}`}
          aria-selected={view === v.id}
          className={view === v.id ? "tab active" : "tab"}
          title={v.title}
          onClick={() => onView(v.id)}
        >
          {v.label}
        </button>
      ))}
    </nav>
  );
}
