/** Names of exported files: `chain-atlas-<what>-<yyyymmdd-hhmm>.<ext>`, in local time. Pure. */
import { DEFAULT_VIEW, isViewName, type ViewName } from "./views.js";

const two = (n: number) => String(n).padStart(2, "0");

/** `chain-atlas-overview-20250702-0930.png`: what (a view, or "story") and when, safe on every disk. */
export function exportFileName(what: string, when: Date, ext: string): string {
  const slug = what.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "view";
  const stamp = `${when.getFullYear()}${two(when.getMonth() + 1)}${two(when.getDate())}-${two(when.getHours())}${two(when.getMinutes())}`;
  return `chain-atlas-${slug}-${stamp}.${ext}`;
}

/** The view a URL query string shows (`?view=…`, the overview when absent or unknown). */
export function viewOfQuery(search: string): ViewName {
  const v = new URLSearchParams(search).get("view") ?? "";
  return isViewName(v) ? v : DEFAULT_VIEW;
}
