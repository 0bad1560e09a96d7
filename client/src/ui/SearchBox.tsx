/**
 * The header search box: one query over every node type, hits grouped by type in a dropdown.
 * Keyboard: `/` focuses it, ↑/↓ move, Enter picks, Esc closes (then clears). The query goes to the
 * server as typed (it ranks Chinese text, pinyin and pinyin initials), debounced.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { SearchHit } from "../../../contract/api.js";
import { SEARCH_DEBOUNCE_MS, SEARCH_LIMIT, SEARCH_MAX_LENGTH, groupHits, highlightParts, moveActive, searchQuery } from "../core/search.js";
import { NODE_THEME } from "../core/theme.js";
import { useApi } from "./apiContext.js";
import { TypeSwatch } from "./TypeSwatch.js";

type Result =
  | { status: "idle" }
  | { status: "loading"; q: string; hits?: SearchHit[] }
  | { status: "ok"; q: string; hits: SearchHit[] }
  | { status: "error"; q: string; error: Error };

interface Props {
  onPick: (hit: SearchHit) => void;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
}

export function SearchBox({ onPick }: Props) {
  const api = useApi();
  const uid = useId();
  const listId = `${uid}-list`;
  const optionId = useCallback((i: number) => `${uid}-opt-${i}`, [uid]);
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState("");
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<Result>({ status: "idle" });
  const [active, setActive] = useState(-1);
  const [attempt, setAttempt] = useState(0);
  /** Enter was pressed before the hits for the current query came: pick the top one when they do. */
  const pendingPick = useRef(false);
  const pickRef = useRef<(hit: SearchHit | undefined) => void>(() => {});

  const q = searchQuery(value);

  // Debounced search; a newer query aborts the older request.
  useEffect(() => {
    pendingPick.current = false;
    if (!q) {
      setResult({ status: "idle" });
      return;
    }
    setResult((r) => ({ status: "loading", q, hits: r.status === "ok" || r.status === "loading" ? r.hits : undefined }));
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      api.search(q, { limit: SEARCH_LIMIT }, controller.signal).then(
        (hits) => {
          if (controller.signal.aborted) return;
          setResult({ status: "ok", q, hits });
          setActive(hits.length ? 0 : -1);
          if (pendingPick.current && hits.length) pickRef.current(hits[0]);
          pendingPick.current = false;
        },
        (err: unknown) => {
          if (controller.signal.aborted) return;
          setResult({ status: "error", q, error: err instanceof Error ? err : new Error(String(err)) });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [api, q, attempt]);

  // `/` anywhere (but in a text field) focuses the box.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const hits = result.status === "ok" || result.status === "loading" ? result.hits : undefined;
  const { groups, flat } = useMemo(() => groupHits(hits ?? []), [hits]);

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  }, [active, optionId]);

  const pick = useCallback(
    (hit: SearchHit | undefined) => {
      if (!hit) return;
      setOpen(false);
      input.current?.blur();
      onPick(hit);
    },
    [onPick],
  );
  pickRef.current = pick;

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case "ArrowDown":
      case "ArrowUp":
        e.preventDefault();
        setOpen(true);
        setActive((a) => moveActive(a, e.key === "ArrowDown" ? 1 : -1, flat.length));
        break;
      case "Enter":
        if (!q) return;
        e.preventDefault();
        if (result.status === "loading") pendingPick.current = true;
        else pick(flat[active >= 0 ? active : 0]);
        break;
      case "Escape":
        // The app's Esc clears the selection: not while the search box has the key.
        e.preventDefault();
        e.stopPropagation();
        if (open && q) setOpen(false);
        else if (value) setValue("");
        else input.current?.blur();
        break;
    }
  };

  const showDropdown = open && q !== null;
  const activeId = showDropdown && active >= 0 && active < flat.length ? optionId(active) : undefined;
  const loading = result.status === "loading";

  return (
    <div className="search" role="search">
      <svg className="search-icon" width="15" height="15" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="6.8" cy="6.8" r="4.8" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="M10.4 10.4 14.5 14.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <input
        ref={input}
        type="search"
        data-testid="search-input"
        role="combobox"
        aria-label="Search the graph"
        aria-autocomplete="list"
        aria-expanded={showDropdown}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-busy={loading}
        placeholder="搜索 Search: 名称、拼音、首字母…"
        autoComplete="off"
        spellCheck={false}
        maxLength={SEARCH_MAX_LENGTH}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {loading ? <span className="spinner small search-spinner" aria-hidden="true" /> : <kbd className="search-key">/</kbd>}
      {showDropdown && (
        <div className="search-dropdown" data-testid="search-dropdown" data-status={result.status}>
          {result.status === "error" && (
            <div className="search-status error" role="alert">
              <span>Search failed: {result.error.message}</span>
              <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => setAttempt((a) => a + 1)}>
                Retry
              </button>
            </div>
          )}
          {loading && !flat.length && (
            <div className="search-status" role="status">
              <span className="spinner small" /> Searching…
            </div>
          )}
          {result.status === "ok" && !flat.length && (
            <div className="search-status" role="status" data-testid="search-empty">
              No match for <strong lang="zh-CN">{result.q}</strong>
            </div>
          )}
          <ul id={listId} role="listbox" aria-label="Search results" className={loading ? "stale" : undefined}>
            {groups.map((g) => {
              const theme = NODE_THEME[g.type];
              const headId = `${uid}-group-${g.type}`;
              return (
                <li key={g.type} role="presentation" className="search-group">
                  <div className="search-group-head" id={headId}>
                    <TypeSwatch type={g.type} size={12} />
                    <span lang="zh-CN">{theme.labelZh}</span>
                    <span className="muted">{theme.label}</span>
                    <span className="count">{g.hits.length}</span>
                  </div>
                  <ul role="group" aria-labelledby={headId}>
                    {g.hits.map(({ hit, index }) => (
                      <li
                        key={hit.id}
                        id={optionId(index)}
                        role="option"
                        aria-selected={index === active}
                        className={index === active ? "search-option active" : "search-option"}
                        data-testid="search-result"
                        data-node-id={hit.id}
                        data-type={hit.type}
                        style={{ borderLeftColor: index === active ? theme.color : undefined }}
                        onMouseDown={(e) => e.preventDefault()}
                        onMouseMove={() => index !== active && setActive(index)}
                        onClick={() => pick(hit)}
                      >
                        <span className="search-name" lang="zh-CN">
                          <Marked text={hit.name} query={result.status === "idle" ? "" : result.q} />
                        </span>
                        {hit.snippet && hit.snippet !== hit.name && (
                          <span className="search-snippet" lang="zh-CN">
                            <Marked text={hit.snippet} query={result.status === "idle" ? "" : result.q} />
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}

function Marked({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightParts(text, query).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}
