/** The sidebar's renderer setting: auto (saying what it chose and why), canvas or WebGL; in the URL. */
import { RENDERER_CHOICES, setRenderer, type RendererChoice } from "../core/renderer.js";
import { useMessages } from "./i18n.js";
import { useRenderer } from "./renderer.js";
import type { UpdateViewState } from "./useViewState.js";

export function RendererSetting({ update }: { update: UpdateViewState }) {
  const m = useMessages().renderer;
  const r = useRenderer();
  return (
    <section className="panel-section">
      <h3>
        <label htmlFor="renderer-select">{m.title}</label>
      </h3>
      <select
        id="renderer-select"
        data-testid="renderer-select"
        data-renderer={r.name}
        value={r.choice}
        onChange={(e) => update(setRenderer(e.target.value as RendererChoice))}
        title={m.hint}
      >
        {RENDERER_CHOICES.map((c) => (
          <option key={c} value={c}>
            {m.choice(c, r.auto, r.reason)}
          </option>
        ))}
      </select>
    </section>
  );
}
