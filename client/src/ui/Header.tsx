/** Title, plan name, graph size from /api/health, and the label language toggle. */
import type { ReactNode } from "react";
import type { Health } from "../../../contract/api.js";
import type { Lang } from "../core/names.js";
import type { Remote } from "./useRemote.js";

interface Props {
  planName: string | null;
  health: Remote<Health>;
  lang: Lang;
  onLang: (lang: Lang) => void;
  /** The search box, between the title and the status. */
  search?: ReactNode;
}

export function Header({ planName, health, lang, onLang, search }: Props) {
  return (
    <header className="app-header">
      <div className="brand">
        <h1>
          Chain Atlas <span className="sep">·</span> <span lang="zh-CN">产业链图谱</span>
        </h1>
        {planName && (
          <p className="plan-name" lang="zh-CN" title={planName}>
            {planName}
          </p>
        )}
      </div>
      {search}
      <div className="header-right">
        <HealthBadge health={health} />
        <button
          type="button"
          className="lang-toggle"
          data-testid="lang-toggle"
          aria-pressed={lang === "en"}
          title={lang === "en" ? "Show Chinese labels" : "Show English labels (where known)"}
          onClick={() => onLang(lang === "en" ? "zh" : "en")}
        >
          <span className={lang === "zh" ? "on" : undefined}>中文</span>
          <span className={lang === "en" ? "on" : undefined}>EN</span>
        </button>
      </div>
    </header>
  );
}

function HealthBadge({ health }: { health: Remote<Health> }) {
  if (health.status === "loading") return <span className="health muted">connecting…</span>;
  if (health.status === "error")
    return (
      <span className="health bad" title={health.error.message}>
        API unavailable
      </span>
    );
  const h = health.data;
  return (
    <span className={`health ${h.status === "ok" ? "" : "bad"}`} title={`store: ${h.store}, status: ${h.status}`}>
      <strong>{h.nodes.toLocaleString("en")}</strong> nodes · <strong>{h.edges.toLocaleString("en")}</strong> edges
      <span className="store">{h.store}</span>
    </span>
  );
}
