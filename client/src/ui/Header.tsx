/**
 * Title, plan name (or, with several plans, the plan picker), the search, graph size from
 * /api/health, and the language toggle. On a narrow
 * screen the search is an icon that opens it as a row under the header (`/` opens it too).
 */
import { useEffect, useRef, useState } from "react";
import type { Health, PlanSummary, SearchHit } from "../../../contract/api.js";
import type { GraphNode } from "../../../contract/graph.js";
import { textLang } from "../core/language.js";
import type { Lang } from "../core/names.js";
import { useMessages } from "./i18n.js";
import { hasChoice } from "../core/plans.js";
import { PlanPicker } from "./plans/PlanPicker.js";
import { SearchBox } from "./SearchBox.js";
import { SearchIcon } from "./SearchIcon.js";
import type { Remote } from "./useRemote.js";

interface Props {
  planName: string | null;
  /** The plans loaded (null while loading) and the chosen one ("" for all). */
  plans: readonly PlanSummary[] | null;
  plan: string;
  onPlan: (plan: string) => void;
  health: Remote<Health>;
  lang: Lang;
  onLang: (lang: Lang) => void;
  onPickHit: (hit: SearchHit) => void;
  /** Names search hits in the interface language. */
  lookup: (id: string) => GraphNode | undefined;
  narrow: boolean;
}

export function Header({ planName, plans, plan, onPlan, health, lang, onLang, onPickHit, lookup, narrow }: Props) {
  const m = useMessages();
  const [searchOpen, setSearchOpen] = useState(false);
  const searchButton = useRef<HTMLButtonElement>(null);
  const searchRow = useRef<HTMLDivElement>(null);
  const showSearch = !narrow || searchOpen;

  // Opened on a narrow screen: the box takes the focus.
  useEffect(() => {
    if (narrow && searchOpen) searchRow.current?.querySelector<HTMLInputElement>("input")?.focus();
  }, [narrow, searchOpen]);

  const dismiss = () => {
    if (!narrow) return;
    setSearchOpen(false);
    searchButton.current?.focus();
  };

  return (
    <header className={searchOpen ? "app-header search-open" : "app-header"}>
      <div className="brand">
        <h1>
          Chain Atlas <span className="sep">·</span> <span lang="zh">产业链图谱</span>
        </h1>
        {hasChoice(plans) ? (
          <PlanPicker plans={plans} plan={plan} lang={lang} onPlan={onPlan} />
        ) : planName && (
          <p className="plan-name" lang={textLang(planName)} title={planName}>
            {planName}
          </p>
        )}
      </div>
      {showSearch && (
        <div className="search-row" ref={searchRow}>
          <SearchBox
            onPick={(hit) => {
              if (narrow) setSearchOpen(false);
              onPickHit(hit);
            }}
            onSummon={() => setSearchOpen(true)}
            lookup={lookup}
            onDismiss={dismiss}
          />
        </div>
      )}
      <div className="header-right">
        {narrow && (
          <button
            ref={searchButton}
            type="button"
            className="icon-button search-toggle"
            data-testid="search-toggle"
            aria-expanded={searchOpen}
            aria-label={searchOpen ? m.shell.closeSearch : m.shell.search}
            title={searchOpen ? m.shell.closeSearch : m.shell.search}
            onClick={() => setSearchOpen((o) => !o)}
          >
            <SearchIcon />
          </button>
        )}
        {!narrow && <HealthBadge health={health} chosen={plans?.find((p) => p.id === plan)} />}
        <button
          type="button"
          className="lang-toggle"
          data-testid="lang-toggle"
          title={m.shell.switchLanguage}
          onClick={() => onLang(lang === "en" ? "zh" : "en")}
        >
          <span className={lang === "zh" ? "on" : undefined} lang="zh">
            中文
          </span>
          <span className={lang === "en" ? "on" : undefined} lang="en">
            EN
          </span>
        </button>
      </div>
      {narrow && !searchOpen && <SummonSearch onSummon={() => setSearchOpen(true)} />}
    </header>
  );
}

/** `/` on a narrow screen, where the box is not mounted until opened. */
function SummonSearch({ onSummon }: { onSummon: () => void }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      const typing = el?.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el?.tagName ?? "");
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || typing) return;
      e.preventDefault();
      onSummon();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onSummon]);
  return null;
}

/** The store's size, or the chosen plan's statements when one plan is chosen. */
function HealthBadge({ health, chosen }: { health: Remote<Health>; chosen?: PlanSummary }) {
  const m = useMessages();
  if (health.status === "loading") return <span className="health muted">{m.shell.connecting}</span>;
  if (health.status === "error")
    return (
      <span className="health bad" title={`${m.shell.apiUnavailable}: ${health.error.message}`}>
        {m.shell.apiUnavailable}
      </span>
    );
  const h = health.data;
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const nodes = chosen ? total(chosen.counts.nodes) : h.nodes;
  const edges = chosen ? total(chosen.counts.edges) : h.edges;
  return (
    <span className={`health ${h.status === "ok" ? "" : "bad"}`} title={m.shell.healthTitle(h.store, h.status)}>
      <strong>{nodes.toLocaleString("en")}</strong> {m.shell.nodes} · <strong>{edges.toLocaleString("en")}</strong> {m.shell.edges}
      <span className="store">{m.shell.storeName(h.store)}</span>
    </span>
  );
}
