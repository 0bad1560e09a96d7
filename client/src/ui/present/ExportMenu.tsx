/**
 * The export menu (owned by the exports work): the current view as PNG (1×, 2×, 4×) or SVG, the
 * story as PPTX. A menu button: Enter, Space or ↓ opens it on the chosen size, ↑ ↓ Home End move,
 * Esc closes it and gives the focus back. While an export renders the button says so; the file's
 * name, or why it failed, shows under it.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { exportFileName, viewOfQuery } from "../../core/exportNames.js";
import { useLang, useMessages } from "../i18n.js";
import { captureView } from "./capture.js";
import { downloadBlob } from "../download.js";

export interface ExportMenuProps {
  /** The title drawn above the picture (the view and what it shows, in the interface language). */
  title: string;
  /** Export the story as PPTX; absent when there is no scene yet. */
  onExportPptx?: () => void;
  /** Progress of a PPTX export under way ("Scene 2 of 5…"), or null. */
  pptxProgress?: string | null;
}

const SCALES = [1, 2, 4] as const;
type Scale = (typeof SCALES)[number];
/** How long "Saved …" stays, and a failure (or until the menu is opened again). */
const SAVED_MS = 5000;
const FAILED_MS = 15000;
/** The menu keeps this far from the window's edges. */
const EDGE = 8;

/** The menu's items, in order (the focus moves among them). */
const itemsOf = (menu: HTMLElement | null) => [...(menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];

interface Status {
  kind: "ok" | "error";
  text: string;
  /** How long the export took. */
  ms?: number;
}

export function ExportMenu({ title, onExportPptx, pptxProgress = null }: ExportMenuProps) {
  const m = useMessages().exporting;
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const [scale, setScale] = useState<Scale>(2);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement>(null);
  /** Which item takes the focus when the menu opens: the chosen size, or the last item (↑). */
  const [firstFocus, setFirstFocus] = useState<"checked" | "last">("checked");
  const menuId = useId();
  const hintId = useId();

  // Hung from the button's right edge, the menu could leave a narrow window on the left: shift it in.
  useLayoutEffect(() => {
    const el = menu.current;
    if (!open || !el) return;
    el.style.transform = "";
    const r = el.getBoundingClientRect();
    const dx = r.left < EDGE ? EDGE - r.left : r.right > window.innerWidth - EDGE ? window.innerWidth - EDGE - r.right : 0;
    if (dx) el.style.transform = `translateX(${dx}px)`;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const list = itemsOf(menu.current);
    const target = firstFocus === "last" ? list[list.length - 1] : (list.find((e) => e.getAttribute("aria-checked") === "true") ?? list[0]);
    target?.focus();
  }, [open, firstFocus]);

  // a press anywhere else closes the menu (the focus stays where the press put it)
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [open]);

  useEffect(() => {
    if (!status) return;
    const t = setTimeout(() => setStatus((s) => (s === status ? null : s)), status.kind === "ok" ? SAVED_MS : FAILED_MS);
    return () => clearTimeout(t);
  }, [status]);

  const show = (at: "checked" | "last") => {
    setFirstFocus(at);
    setStatus((s) => (s?.kind === "error" ? null : s));
    setOpen(true);
  };
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);

  const run = useCallback(
    async (kind: "png" | "svg") => {
      close();
      setBusy(true);
      setStatus(null);
      const started = performance.now();
      const name = exportFileName(viewOfQuery(location.search), new Date(), kind);
      const pictureTitle = title || document.title;
      try {
        if (kind === "png") {
          const picture = await captureView({ scale, title: pictureTitle, legend: true, lang });
          downloadBlob(name, picture.blob);
        } else {
          const { exportSvg } = await import("./svgExport.js");
          const svg = await exportSvg({ title: pictureTitle, legend: true, lang });
          downloadBlob(name, new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
        }
        setStatus({ kind: "ok", text: m.saved(name), ms: Math.round(performance.now() - started) });
      } catch (e) {
        setStatus({ kind: "error", text: m.failed(e instanceof Error ? e.message : String(e)) });
      } finally {
        setBusy(false);
      }
    },
    [close, title, scale, lang, m],
  );

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      show(e.key === "ArrowUp" ? "last" : "checked");
    }
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const list = itemsOf(menu.current);
    const at = list.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => list[(i + list.length) % list.length]?.focus();
    if (e.key === "ArrowDown") go(at + 1);
    else if (e.key === "ArrowUp") go(at - 1);
    else if (e.key === "Home") go(0);
    else if (e.key === "End") go(list.length - 1);
    else if (e.key === "Escape") close();
    else if (e.key === "Tab") setOpen(false);
    else return;
    if (e.key !== "Tab") e.preventDefault();
  };

  const pptxOff = !onExportPptx || pptxProgress !== null;
  const line: Status | null = pptxProgress ? { kind: "ok", text: pptxProgress } : status;

  return (
    <div className="export-menu" ref={root} data-testid="export-menu" data-busy={busy || pptxProgress !== null ? "true" : "false"}>
      <button
        ref={button}
        type="button"
        data-testid="export-open"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy}
        disabled={busy}
        title={m.menuLabel}
        onClick={() => (open ? setOpen(false) : show("checked"))}
        onKeyDown={onButtonKey}
      >
        <span aria-hidden="true" className="export-icon">
          ⤓
        </span>{" "}
        {busy ? m.busy : m.title}
      </button>
      {open && (
        <div className="export-list" id={menuId} role="menu" aria-label={m.menuLabel} ref={menu} onKeyDown={onMenuKey}>
          <div role="group" aria-label={m.scaleGroup} className="export-scales">
            {SCALES.map((s) => (
              <button
                key={s}
                type="button"
                role="menuitemradio"
                aria-checked={scale === s}
                tabIndex={-1}
                data-testid={`export-scale-${s}`}
                onClick={() => setScale(s)}
              >
                <span aria-hidden="true" className="export-check">
                  {scale === s ? "●" : "○"}
                </span>
                {m.scale(s)}
              </button>
            ))}
          </div>
          <div role="separator" className="export-sep" />
          <button type="button" role="menuitem" tabIndex={-1} data-testid="export-png" onClick={() => void run("png")}>
            {m.png}
          </button>
          <button type="button" role="menuitem" tabIndex={-1} data-testid="export-svg" onClick={() => void run("svg")}>
            {m.svg}
          </button>
          <div role="separator" className="export-sep" />
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            data-testid="export-pptx"
            aria-disabled={pptxOff}
            aria-describedby={!onExportPptx ? hintId : undefined}
            onClick={() => {
              if (!onExportPptx || pptxProgress !== null) return;
              close();
              onExportPptx();
            }}
          >
            {m.pptx}
            {!onExportPptx && (
              <span className="export-hint" id={hintId}>
                {m.pptxHint}
              </span>
            )}
          </button>
        </div>
      )}
      <p
        className={`export-status${line?.kind === "error" ? " error" : ""}${open ? " under-menu" : ""}`}
        data-testid="export-status"
        data-kind={line?.kind ?? ""}
        data-ms={line?.ms ?? ""}
        role="status"
        aria-live="polite"
      >
        {line?.text}
      </p>
    </div>
  );
}
