/**
 * The view switcher's registry: one component per view name (core/views.ts lists the names).
 * The first screens (overview, chain, path, reader) are in the main chunk; the compare view, the
 * Cypher console and the districts map load on demand (lazyView), keeping the initial load small.
 */
import type { ComponentType } from "react";
import type { ViewName } from "../../core/views.js";
import { ChainView } from "./ChainView.js";
import { lazyView } from "./lazyView.js";
import { OverviewView } from "./OverviewView.js";
import { PathView } from "./PathView.js";
import { ReaderView } from "./ReaderView.js";
import type { ViewProps } from "./types.js";

const CompareView = lazyView(() => import("./CompareView.js").then((mod) => mod.CompareView), (m) => m.compare.loadingWhat);
const CypherView = lazyView(() => import("./CypherView.js").then((mod) => mod.CypherView), (m) => m.cypher.console);
const DistrictsView = lazyView(() => import("./DistrictsView.js").then((mod) => mod.DistrictsView), (m) => m.districts.loadingWhat);

export const VIEW_COMPONENTS: Record<ViewName, ComponentType<ViewProps>> = {
  overview: OverviewView,
  chain: ChainView,
  districts: DistrictsView,
  path: PathView,
  cypher: CypherView,
  reader: ReaderView,
  compare: CompareView,
};
