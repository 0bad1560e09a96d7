/**
 * What story mode draws over the view: the caption (the scene's title and its note), the slide
 * counter, the controls (they fade when the mouse rests), the black screen, and a notice when the
 * browser refused full screen or a pop-up. Everything in the scene's language (the caller's
 * LangProvider). A presentational piece: StoryMode holds the state.
 */
import type { Scene } from "../../core/story.js";
import { useMessages } from "../i18n.js";
import { NoteMarkdown } from "./NoteMarkdown.js";

export interface StoryOverlayProps {
  scene: Scene;
  /** The scene's view: where the caption goes keeps clear of what that view draws in the corners. */
  view: string;
  index: number;
  count: number;
  step: number;
  steps: number;
  /** The scene's view is drawn (its showScene resolved). */
  ready: boolean;
  caption: boolean;
  blank: boolean;
  idle: boolean;
  theme: "light" | "dark";
  notice: string | null;
  onPrevious: () => void;
  onNext: () => void;
  onNotes: () => void;
  onTheme: () => void;
  onCaption: () => void;
  onExit: () => void;
  onActivity: () => void;
}

const CHAIN_STEP_KEYS = ["chainStep0", "chainStep1", "chainStep2", "chainStep3"] as const;

export function StoryOverlay(p: StoryOverlayProps) {
  const m = useMessages().present;
  const atStart = p.index === 0 && p.step === 0;
  const atEnd = p.index === p.count - 1 && p.step === p.steps - 1;
  const stepName = p.steps > 1 ? m[CHAIN_STEP_KEYS[Math.min(p.step, CHAIN_STEP_KEYS.length - 1)]] : null;
  return (
    <div
      className={`present-overlay${p.idle ? " idle" : ""}`}
      data-testid="view-present"
      data-index={p.index}
      data-step={p.step}
      data-steps={p.steps}
      data-count={p.count}
      data-view={p.view}
      data-ready={p.ready ? "true" : "false"}
      data-caption={p.caption ? "shown" : "hidden"}
      lang={p.scene.lang}
      role="region"
      aria-label={m.region}
      onMouseMove={p.onActivity}
    >
      {p.caption && (
        <section className="present-caption" aria-live="polite">
          {stepName && <p className="present-step-name">{stepName}</p>}
          <h2 className="present-title">{p.scene.title.trim() || m.untitled}</h2>
          <NoteMarkdown className="present-note" source={p.scene.note} />
        </section>
      )}

      <div className="present-counter">
        <span aria-hidden="true">{m.counter(p.index + 1, p.count)}</span>
        <span className="sr-only">{m.counterLabel(p.index + 1, p.count)}</span>
        {p.steps > 1 && (
          <span className="present-dots">
            <span aria-hidden="true">
              {Array.from({ length: p.steps }, (_, i) => (
                <span key={i} className={i <= p.step ? "dot on" : "dot"} />
              ))}
            </span>
            <span className="sr-only">{m.stepLabel(p.step + 1, p.steps)}</span>
          </span>
        )}
      </div>

      <div className="present-controls" role="toolbar" aria-label={m.controls}>
        <button type="button" onClick={p.onPrevious} disabled={atStart} data-testid="present-previous">
          <span aria-hidden="true">←</span> {m.previous}
        </button>
        <button type="button" onClick={p.onNext} disabled={atEnd} data-testid="present-next">
          {m.next} <span aria-hidden="true">→</span>
        </button>
        <button type="button" onClick={p.onCaption} aria-pressed={p.caption} title={m.captionTitle} data-testid="present-caption-toggle">
          {p.caption ? m.hideCaption : m.showCaption}
        </button>
        <button type="button" onClick={p.onTheme} data-testid="present-theme" data-theme={p.theme}>
          {p.theme === "dark" ? m.toLight : m.toDark}
        </button>
        <button type="button" onClick={p.onNotes} title={m.notesTitle} data-testid="present-notes">
          {m.notes}
        </button>
        <button type="button" onClick={p.onExit} title={m.exitTitle} data-testid="present-exit">
          {m.exit} <kbd>Esc</kbd>
        </button>
      </div>

      <p className="present-keys">{m.keys}</p>

      {p.notice && (
        <p className="present-notice" role="status">
          {p.notice}
        </p>
      )}

      {p.blank && (
        <div className="present-blank" data-testid="present-blank">
          <span className="sr-only">{m.blanked}</span>
        </div>
      )}
    </div>
  );
}
