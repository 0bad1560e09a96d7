/**
 * The `share-link` button: copies the link to the view on screen (the URL, which the view state
 * keeps exact: core/exactView.ts) and says how long it is. A canvas's last move is reported first,
 * so the link has the camera the person sees. Where the clipboard is refused (an insecure page, a
 * denied permission) the link is shown selected in a small popover, to copy by hand. The button
 * carries the copied link in `data-link` (tests read it).
 */
import { useEffect, useRef, useState } from "react";
import { reportViewsNow } from "../canvas/useCyCamera.js";
import { useMessages } from "../i18n.js";

/** How long "Link copied" stays. */
const SAID_MS = 4000;

export function ShareLink() {
  const m = useMessages().share;
  const [link, setLink] = useState("");
  /** The confirmation, with a counter so that copying twice says it again. */
  const [said, setSaid] = useState<{ length: number; n: number } | null>(null);
  const [manual, setManual] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!said) return;
    const t = setTimeout(() => setSaid((cur) => (cur?.n === said.n ? null : cur)), SAID_MS);
    return () => clearTimeout(t);
  }, [said]);

  const copy = async () => {
    reportViewsNow();
    const url = window.location.href;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setManual(false);
      setSaid((cur) => ({ length: url.length, n: (cur?.n ?? 0) + 1 }));
    } catch {
      setSaid(null);
      setManual(true);
    }
  };

  const close = () => {
    setManual(false);
    button.current?.focus();
  };

  return (
    <div className="share-link">
      <button
        ref={button}
        type="button"
        className="share-button"
        data-testid="share-link"
        data-link={link}
        title={m.title}
        onClick={() => void copy()}
      >
        <LinkIcon />
        <span className="share-label">{m.copy}</span>
      </button>
      <span className="share-said" role="status" aria-live="polite" data-testid="share-status">
        {said ? m.copied(said.length) : ""}
      </span>
      {manual && <ManualCopy link={link} onClose={close} />}
    </div>
  );
}

/** The link selected in a field, for a person to copy when the page may not. */
function ManualCopy({ link, onClose }: { link: string; onClose: () => void }) {
  const m = useMessages().share;
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  return (
    <div
      className="share-popover"
      role="dialog"
      aria-label={m.manualTitle}
      data-testid="share-manual"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <p>{m.manualHint}</p>
      <input ref={field} type="text" readOnly value={link} aria-label={m.linkLabel} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" onClick={onClose}>
        {m.close}
      </button>
    </div>
  );
}

function LinkIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <path
        d="M6.6 9.4a2.6 2.6 0 0 0 3.7 0l2.4-2.4a2.6 2.6 0 0 0-3.7-3.7l-.9.9M9.4 6.6a2.6 2.6 0 0 0-3.7 0L3.3 9a2.6 2.6 0 0 0 3.7 3.7l.9-.9"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.7"
        strokeLinecap="round"
      />
    </svg>
  );
}
