/** The view switcher's registry: one component per view name (core/views.ts lists the names). */
import type { ComponentType } from "react";
import type { ViewName } from "../../core/views.js";
import { ChainView } from "./ChainView.js";
import { CompareView } from "./CompareView.js";
import { CypherView } from "./CypherView.js";
import { DistrictsView } from "./DistrictsView.js";
import { OverviewView } from "./OverviewView.js";
import { PathView } from "./PathView.js";
import { ReaderView } from "./ReaderView.js";
import type { ViewProps } from "./types.js";

export const VIEW_COMPONENTS: Record<ViewName, ComponentType<ViewProps>> = {
  overview: OverviewView,
  chain: ChainView,
  districts: DistrictsView,
  path: PathView,
  cypher: CypherView,
  reader: ReaderView,
  compare: CompareView,
};
