/**
 * The presenter's tools, mounted once by the app beside the view tabs: share link, exports, the
 * story's scenes, and story mode (owned by the stories work, which wires the others in).
 */
import type { Subgraph } from "../../../../contract/api.js";
import type { ViewState } from "../../core/viewState.js";
import { ExportMenu } from "../present/ExportMenu.js";
import { PresentBar } from "../present/PresentBar.js";
import { ShareLink } from "../present/ShareLink.js";
import type { UpdateViewState } from "../useViewState.js";

export interface PresenterProps {
  state: ViewState;
  update: UpdateViewState;
  graph: Subgraph | null;
}

export function Presenter(_props: PresenterProps) {
  return (
    <PresentBar>
      <ShareLink />
      <ExportMenu title="" />
    </PresentBar>
  );
}
