/**
 * The presenter window (`?presenter=1`, opened by story mode's `present-notes`), as PowerPoint's
 * presenter view: the current scene's title and note large, the next scene's title and picture,
 * a timer since story mode started and the counter; its buttons and arrow keys drive the main
 * window. It knows only what the main window posts on the channel (presentChannel.ts), so it
 * stays in step however it was opened, and says so when story mode ends.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { browserLang } from "../../core/language.js";
import { formatElapsed, keyAction, type PresentState } from "../../core/presentation.js";
import { LangProvider, useMessages } from "../i18n.js";
import { NoteMarkdown } from "./NoteMarkdown.js";
import { openPresentLine, type PresentLine } from "./presentChannel.js";

const CHAIN_STEP_KEYS = ["chainStep0", "chainStep1", "chainStep2", "chainStep3"] as const;

export function PresenterWindow() {
  const [state, setState] = useState<PresentState | null>(null);
  const [ended, setEnded] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const line = useRef<PresentLine | null>(null);
  const fallbackLang = useMemo(() => browserLang(navigator.languages), []);
  const lang = state?.lang ?? fallbackLang;

  useEffect(() => {
    const l = openPresentLine((msg) => {
      if (msg.type === "state") {
        setState({ story: msg.story, scene: msg.scene, step: msg.step, steps: msg.steps, startedAt: msg.startedAt, lang: msg.lang });
        setEnded(false);
      } else if (msg.type === "ended") setEnded(true);
    });
    line.current = l;
    l.post({ type: "hello" });
    return () => {
      l.close();
      line.current = null;
    };
  }, []);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = keyAction(e);
      if (action !== "next" && action !== "previous") return;
      const t = e.target as HTMLElement | null;
      if ((e.key === " " || e.key === "Enter") && t?.closest?.("button")) return;
      e.preventDefault();
      line.current?.post({ type: "go", delta: action === "next" ? 1 : -1 });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.setAttribute("data-presenter", "true");
  }, [lang]);

  return (
    <LangProvider lang={lang}>
      <PresenterView state={ended ? null : state} ended={ended} now={now} go={(delta) => line.current?.post({ type: "go", delta })} />
    </LangProvider>
  );
}

function PresenterView({ state, ended, now, go }: { state: PresentState | null; ended: boolean; now: number; go: (delta: number) => void }) {
  const m = useMessages().present;
  useEffect(() => {
    document.title = `${m.presenterTitle} · Chain Atlas`;
  }, [m]);
  if (!state) {
    return (
      <main className="presenter" data-testid="presenter-window" data-state={ended ? "ended" : "waiting"}>
        <h1 className="presenter-heading">{m.presenterTitle}</h1>
        <p className="presenter-wait" role="status">
          {ended ? m.ended : m.waiting}
        </p>
      </main>
    );
  }
  const { story, scene: index, step, steps } = state;
  const scene = story.scenes[index];
  const next = story.scenes[index + 1];
  const atStart = index === 0 && step === 0;
  const atEnd = index === story.scenes.length - 1 && step === steps - 1;
  return (
    <main className="presenter" data-testid="presenter-window" data-state="presenting" data-index={index} data-step={step}>
      <header className="presenter-bar">
        <h1 className="presenter-heading">{m.presenterTitle}</h1>
        <p className="presenter-counter" data-testid="presenter-counter">
          <span aria-hidden="true">{m.counter(index + 1, story.scenes.length)}</span>
          <span className="sr-only">{m.counterLabel(index + 1, story.scenes.length)}</span>
          {steps > 1 && <span className="presenter-step">{m.stepLabel(step + 1, steps)}</span>}
        </p>
        <p className="presenter-timer">
          <span className="label">{m.elapsed}</span>{" "}
          <time data-testid="presenter-timer">{formatElapsed(now - state.startedAt)}</time>
        </p>
      </header>
      <section className="presenter-now" aria-labelledby="presenter-now-title" lang={scene?.lang}>
        <p className="presenter-kicker">
          {m.now}
          {steps > 1 && ` · ${m[CHAIN_STEP_KEYS[Math.min(step, CHAIN_STEP_KEYS.length - 1)]]}`}
        </p>
        <h2 id="presenter-now-title" data-testid="presenter-current">
          {scene?.title.trim() || m.untitled}
        </h2>
        {scene?.note.trim() ? <NoteMarkdown className="presenter-note" source={scene.note} /> : <p className="presenter-note muted">{m.noNote}</p>}
      </section>
      <aside className="presenter-next" aria-labelledby="presenter-next-title">
        <p className="presenter-kicker" id="presenter-next-title">
          {m.upNext}
        </p>
        {next ? (
          <div lang={next.lang}>
            {next.thumbnail && <img src={next.thumbnail} alt={m.thumbnailOf(next.title.trim() || m.untitled)} />}
            <p className="presenter-next-title" data-testid="presenter-next">
              {next.title.trim() || m.untitled}
            </p>
          </div>
        ) : (
          <p className="presenter-next-title muted" data-testid="presenter-next">
            {m.endOfStory}
          </p>
        )}
        <div className="presenter-buttons">
          <button type="button" onClick={() => go(-1)} disabled={atStart} data-testid="presenter-previous">
            <span aria-hidden="true">←</span> {m.previous}
          </button>
          <button type="button" onClick={() => go(1)} disabled={atEnd} data-testid="presenter-next-button">
            {m.next} <span aria-hidden="true">→</span>
          </button>
        </div>
        <p className="presenter-keys muted">{m.presenterKeys}</p>
      </aside>
    </main>
  );
}
