/**
 * Pick one node by name: a text input whose suggestions come from `GET /api/search`
 * (↑/↓ to move, Enter to pick, Esc to close). The input carries the given data-testid; each
 * suggestion is `<testId>-option` with data-id.
 */
import { useEffect, useId, useRef, useState } from "react";
import type { SearchHit } from "../../../contract/api.js";
import { textLang } from "../core/language.js";
import { useApi } from "./apiContext.js";
import { useMessages } from "./i18n.js";
import { TypeSwatch } from "./TypeSwatch.js";

interface Props {
  testId: string;
  label: string;
  /** The picked node's id ("" for none) and its name as shown when not typing. */
  value: string;
  valueName: string;
  onPick: (id: string) => void;
  placeholder?: string;
}

const DEBOUNCE_MS = 150;

export function NodePicker({ testId, label, value, valueName, onPick, placeholder }: Props) {
  const api = useApi();
  const m = useMessages();
  const [text, setText] = useState(valueName);
  const [typing, setTyping] = useState(false);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const abort = useRef<AbortController | null>(null);

  // Show the picked node's name whenever it changes from outside (URL, swap).
  useEffect(() => {
    if (!typing) setText(valueName);
  }, [value, valueName, typing]);

  useEffect(() => {
    if (!typing) return;
    const q = text.trim();
    if (!q) {
      setHits([]);
      return;
    }
    const t = setTimeout(() => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      api.search(q, { limit: 12 }, controller.signal).then(
        (h) => {
          if (controller.signal.aborted) return;
          setHits(h);
          setActive(0);
          setOpen(true);
        },
        () => !controller.signal.aborted && setHits([]),
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [api, text, typing]);

  const pick = (hit: SearchHit) => {
    setTyping(false);
    setOpen(false);
    setText(hit.name);
    onPick(hit.id);
  };

  return (
    <label className="toolbar-field node-picker">
      <span>{label}</span>
      <div className="picker-box">
        <input
          type="search"
          data-testid={testId}
          data-value={value}
          value={text}
          placeholder={placeholder}
          role="combobox"
          aria-expanded={open && hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          onChange={(e) => {
            setTyping(true);
            setText(e.target.value);
          }}
          onFocus={(e) => {
            e.target.select();
            if (hits.length) setOpen(true);
          }}
          onBlur={() => {
            // Let a click on a suggestion land first.
            setTimeout(() => {
              setOpen(false);
              setTyping(false);
            }, 150);
          }}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown") {
              e.preventDefault();
              setActive((a) => Math.min(a + 1, hits.length - 1));
              setOpen(true);
            } else if (e.key === "ArrowUp") {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === "Enter" && open && hits[active]) {
              e.preventDefault();
              pick(hits[active]);
            } else if (e.key === "Escape") {
              setOpen(false);
              e.stopPropagation();
            }
          }}
        />
        {open && hits.length > 0 && (
          <ul className="picker-list" role="listbox" id={listId}>
            {hits.map((h, i) => (
              <li
                key={h.id}
                role="option"
                aria-selected={i === active}
                data-testid={`${testId}-option`}
                data-id={h.id}
                className={i === active ? "active" : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(h);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <TypeSwatch type={h.type} size={11} />
                <span lang={textLang(h.name)}>{h.name}</span>
                <span className="muted">{m.common.nodeType(h.type)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </label>
  );
}
