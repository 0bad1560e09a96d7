/** Showing a scene on the explorer: its view state from its query, resolved once the view is drawn. */
import { useCallback } from "react";
import type { Scene } from "../../core/story.js";
import { parse } from "../../core/viewState.js";
import type { UpdateViewState } from "../useViewState.js";
import { waitForView } from "./waitForView.js";

export type ShowScene = (scene: Scene, options: { animate: boolean }) => Promise<void>;
/** A view by its query; `history` as for update (an export walks scenes without leaving entries). */
export type ShowQuery = (query: string, history: "push" | "replace") => Promise<void>;

export function useShowScene(update: UpdateViewState): { showScene: ShowScene; showQuery: ShowQuery } {
  const showQuery = useCallback<ShowQuery>(
    (query, history) => {
      // A scene's query always carries its `lang`, so the default language passed here never shows.
      const next = parse(query);
      update(() => next, { history });
      return waitForView(next);
    },
    [update],
  );
  // `animate` is story mode's business (it glides the camera); the state is set the same way.
  const showScene = useCallback<ShowScene>((scene) => showQuery(scene.query, "push"), [showQuery]);
  return { showScene, showQuery };
}
