/**
 * The presenter's tools beside the view tabs: copy a link to this view, export it as a picture,
 * capture it as a scene of the story, open the story, and present it.
 */
import type { ReactNode } from "react";
import { useMessages } from "../i18n.js";

/** Each tool is a piece owned by its module; the bar only lays them out. */
export function PresentBar({ children }: { children: ReactNode }) {
  const m = useMessages();
  return (
    <div className="present-bar" role="toolbar" aria-label={m.present.toolbar}>
      {children}
    </div>
  );
}
