/**
 * The title a new scene gets: the view's name and what it shows, as the screen shows them
 * ("产业链 · 集成电路", "Chain · Integrated circuits", "Path · A → B"). The presenter renames it at will.
 */
import type { GraphNode } from "../../../contract/graph.js";
import { sortIndustries } from "./chainLayout.js";
import { displayName, nameFromId, type Lang } from "./names.js";
import type { ViewState } from "./viewState.js";
import type { ViewName } from "./views.js";

export interface TitleContext {
  /** The view's tab label in `lang` (the shell catalog's viewLabel). */
  viewLabel: (view: ViewName) => string;
  /** The graph's nodes, for names (none yet: names come from ids). */
  nodes: readonly GraphNode[];
}

const SEP = " · ";

export function sceneTitle(state: ViewState, lang: Lang, ctx: TitleContext): string {
  const index = new Map(ctx.nodes.map((n) => [n.id, n]));
  const name = (id: string) => {
    const node = index.get(id);
    return node ? displayName(node, lang) : nameFromId(id);
  };
  const label = ctx.viewLabel(state.view);
  const what = ((): string => {
    switch (state.view) {
      case "chain": {
        // No industry in the URL: the chain view shows the first one, and so does the title.
        const industry = state.industry || sortIndustries(ctx.nodes)[0]?.id || "";
        return industry ? name(industry) : "";
      }
      case "path":
        return state.from && state.to ? `${name(state.from)} → ${name(state.to)}` : state.from ? name(state.from) : "";
      case "districts":
        return state.district ? name(state.district) : state.mapIndustry && state.mapIndustry !== "similar" ? name(state.mapIndustry) : "";
      case "cypher":
        return "";
      default:
        return state.selected ? name(state.selected) : "";
    }
  })();
  return what ? `${label}${SEP}${what}` : label;
}
