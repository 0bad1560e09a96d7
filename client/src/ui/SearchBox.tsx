/**
 * The header search box: one query over every node type, hits grouped by type in a dropdown.
 * Keyboard: `/` focuses it, ↑/↓ move, Enter picks, Esc closes (then clears). The query goes to the
 * server as typed (it ranks Chinese text, pinyin and pinyin initials), debounced.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { SearchHit } from "../../../contract/api.js";
import type { GraphNode } from "../../../contract/graph.js";
import { displayName, displayNameLang } from "../core/names.js";
import { SEARCH_DEBOUNCE_MS, SEARCH_LIMIT, SEARCH_MAX_LENGTH, groupHits, highlightParts, moveActive, searchQuery } from "../core/search.js";
import { textLang } from "../core/language.js";
import { NODE_THEME } from "../core/theme.js";
import { useApi } from "./apiContext.js";
import { SearchIcon } from "./SearchIcon.js";
import { useLang, useMessages } from "./i18n.js";
import { TypeSwatch } from "./TypeSwatch.js";

type Result =
  | { status: "idle" }
  | { status: "loading"; q: string; hits?: SearchHit[] }
  | { status: "ok"; q: string; hits: SearchHit[] }
  | { status: "error"; q: string; error: Error };

interface Props {
  onPick: (hit: SearchHit) => void;
  /** `/` was pressed: the shell makes the box visible (on a narrow screen it may be folded away). */
  onSummon?: () => void;
  /** Esc with nothing left to close or clear: the person is done with the search. */
  onDismiss?: () => void;
  /** The graph's node for a hit, to name it in the interface language (the server answers in the plan's). */
  lookup?: (id: string) => GraphNode | undefined;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
}

export function SearchBox({ onPick, onSummon, onDismiss, lookup }: Props) {
  const api = useApi();
  const m = useMessages();
  const lang = useLang();
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
      onSummon?.();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onSummon]);

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
        else {
          input.current?.blur();
          onDismiss?.();
        }
        break;
    }
  };

  const showDropdown = open && q !== null;
  const activeId = showDropdown && active >= 0 && active < flat.length ? optionId(active) : undefined;
  const loading = result.status === "loading";

  return (
    <div className="search" role="search">
      <span className="search-icon">
        <SearchIcon />
      </span>
      <input
        ref={input}
        type="search"
        data-testid="search-input"
        role="combobox"
        aria-label={m.search.label}
        aria-autocomplete="list"
        aria-expanded={showDropdown}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-busy={loading}
        placeholder={m.search.placeholder}
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
              <span>
                {m.search.failed} <span lang={textLang(result.error.message)}>{result.error.message}</span>
              </span>
              <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => setAttempt((a) => a + 1)}>
                {m.common.retry}
              </button>
            </div>
          )}
          {loading && !flat.length && (
            <div className="search-status" role="status">
              <span className="spinner small" /> {m.search.searching}
            </div>
          )}
          {result.status === "ok" && !flat.length && (
            <div className="search-status" role="status" data-testid="search-empty">
              {m.search.noMatch} <strong lang={textLang(result.q)}>{result.q}</strong>
            </div>
          )}
          <ul id={listId} role="listbox" aria-label={m.search.results} className={loading ? "stale" : undefined}>
            {groups.map((g) => {
              const theme = NODE_THEME[g.type];
              const headId = `${uid}-group-${g.type}`;
              return (
                <li key={g.type} role="presentation" className="search-group">
                  <div className="search-group-head" id={headId}>
                    <TypeSwatch type={g.type} size={12} />
                    <span>{m.common.nodeType(g.type)}</span>
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
                        <HitName hit={hit} node={lookup?.(hit.id)} lang={lang} query={result.status === "idle" ? "" : result.q} />
                        {hit.snippet && hit.snippet !== hit.name && (
                          <span className="search-snippet" lang={textLang(hit.snippet)}>
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

/** The hit's name in the interface language; the plan's own name beside it when that differs (it is what matched). */
function HitName({ hit, node, lang, query }: { hit: SearchHit; node: GraphNode | undefined; lang: "zh" | "en"; query: string }) {
  const shown = node ? displayName(node, lang) : hit.name;
  if (!node || shown === hit.name)
    return (
      <span className="search-name" lang={node ? displayNameLang(node, lang) : textLang(hit.name)}>
        <Marked text={hit.name} query={query} />
      </span>
    );
  return (
    <span className="search-name">
      <span lang={displayNameLang(node, lang)}>{shown}</span>{" "}
      <span className="search-alt" lang="zh">
        <Marked text={hit.name} query={query} />
      </span>
    </span>
  );
}

function Marked({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightParts(text, query).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}
