/**
 * A view loaded on demand: its code is a chunk of its own, fetched the first time the view is
 * shown, with the usual loading state over the workspace meanwhile. Keeps the initial load small.
 */
import { lazy, Suspense, type ComponentType } from "react";
import type { Messages } from "../../core/i18n/index.js";
import { useMessages } from "../i18n.js";
import { Loading } from "../StatusMessage.js";
import type { ViewProps } from "./types.js";

export function lazyView(load: () => Promise<ComponentType<ViewProps>>, what: (m: Messages) => string): ComponentType<ViewProps> {
  const View = lazy(() => load().then((component) => ({ default: component })));
  function LazyView(props: ViewProps) {
    const m = useMessages();
    return (
      <Suspense fallback={<Loading what={what(m)} />}>
        <View {...props} />
      </Suspense>
    );
  }
  return LazyView;
}
