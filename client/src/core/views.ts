/** The views of the app, in tab order; their names and descriptions are in the shell catalog. */
export const VIEW_NAMES = ["overview", "chain", "districts", "path", "cypher", "reader", "compare"] as const;

export type ViewName = (typeof VIEW_NAMES)[number];
export const DEFAULT_VIEW: ViewName = "overview";

export function isViewName(s: string): s is ViewName {
  return (VIEW_NAMES as readonly string[]).includes(s);
}
