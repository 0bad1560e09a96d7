/**
 * Compare view: two plans side by side. Pick plan A and plan B (the first two plans by default;
 * swap them), see in numbers what both have and what only one has, then the industries with what
 * backs each in each plan, the products both name, and the chain links one plan states and the
 * other lacks, each with its sentence. The comparison downloads as CSV.
 * URL: `?view=compare&a=<planId>&b=<planId>`.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { backingScale, choosePlan, compareFileName, industryNames, pickPlans, sections, summarize, swapPair, type PlanPair } from "../../core/compare.js";
import { setComparePlans } from "../../core/compareState.js";
import { textLang } from "../../core/language.js";
import "../../styles/compare.css";
import { useApi } from "../apiContext.js";
import { CompareSummary } from "../compare/CompareSummary.js";
import { IndustryList } from "../compare/IndustryList.js";
import { LinkList } from "../compare/LinkList.js";
import { PlanPickers } from "../compare/PlanPickers.js";
import { ProductList } from "../compare/ProductList.js";
import { downloadBlob } from "../download.js";
import { useMessages } from "../i18n.js";
import { ErrorState, Loading } from "../StatusMessage.js";
import { useRemote } from "../useRemote.js";
import type { ViewProps } from "./types.js";

export function CompareView({ state, update }: ViewProps) {
  const messages = useMessages();
  const m = messages.compare;
  const api = useApi();
  const plans = useRemote(useCallback((signal: AbortSignal) => api.plans(signal), [api]));
  const pair = useMemo(() => pickPlans(plans.data, state.compareA, state.compareB), [plans.data, state.compareA, state.compareB]);
  const pa = pair?.a;
  const pb = pair?.b;
  const comparison = useRemote(useMemo(() => (pa && pb ? (signal: AbortSignal) => api.compare(pa, pb, signal) : null), [api, pa, pb]));

  // The URL names the plans shown, defaults included, so that a copied link keeps them.
  useEffect(() => {
    if (pa && pb && (pa !== state.compareA || pb !== state.compareB)) update(setComparePlans({ a: pa, b: pb }), { history: "replace" });
  }, [pa, pb, state.compareA, state.compareB, update]);

  const go = useCallback((next: PlanPair) => update(setComparePlans(next), { history: "push" }), [update]);
  const [csv, setCsv] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const onCsv = useCallback(() => {
    if (!pa || !pb) return;
    setCsv({ busy: true, error: null });
    api.compareCsv(pa, pb).then(
      (blob) => {
        downloadBlob(compareFileName({ a: pa, b: pb }), blob);
        setCsv({ busy: false, error: null });
      },
      (err: unknown) => setCsv({ busy: false, error: err instanceof Error ? err.message : String(err) }),
    );
  }, [api, pa, pb]);

  const data = comparison.status === "ok" && comparison.data.a.id === pa && comparison.data.b.id === pb ? comparison.data : null;
  const model = useMemo(
    () => (data ? { summary: summarize(data), parts: sections(data), scale: backingScale(data.industries), names: industryNames(data) } : null),
    [data],
  );

  let body;
  if (plans.status === "loading") body = <Loading what={m.thePlans} />;
  else if (plans.status === "error") body = <ErrorState title={messages.common.couldNotLoad(m.thePlans)} error={plans.error} onRetry={plans.retry} />;
  else if (!pair) body = <NeedTwoPlans />;
  else if (comparison.status === "error") body = <ErrorState title={messages.common.couldNotLoad(m.theComparison)} error={comparison.error} onRetry={comparison.retry} />;
  else if (!data || !model) body = <Loading what={m.loadingWhat} />;
  else {
    body = (
      <div className="compare-body">
        <CompareSummary summary={model.summary} />
        <IndustryList industries={model.parts.industries} scale={model.scale} lang={state.lang} />
        <ProductList shared={model.parts.sharedProducts} only={model.parts.productsOnly} industryNames={model.names} lang={state.lang} />
        <LinkList only={model.parts.linksOnly} sharedCount={model.parts.sharedLinks.length} lang={state.lang} />
      </div>
    );
  }

  return (
    <div
      className="compare-view"
      data-testid="compare-view"
      data-status={!pair && plans.status === "ok" ? "empty" : model ? "ready" : comparison.status === "error" || plans.status === "error" ? "error" : "loading"}
      data-a={pa ?? ""}
      data-b={pb ?? ""}
    >
      <h1 className="sr-only">{m.title}</h1>
      {pair && plans.data && (
        <PlanPickers
          plans={plans.data}
          pair={pair}
          lang={state.lang}
          onPick={(side, id) => go(choosePlan(pair, side, id))}
          onSwap={() => go(swapPair(pair))}
          onCsv={onCsv}
          csvBusy={csv.busy || !model}
        />
      )}
      {csv.error && (
        <p className="compare-csv-error" role="alert" lang={textLang(csv.error)}>
          {m.csvFailed(csv.error)}
        </p>
      )}
      <div className="compare-scroll">{body}</div>
    </div>
  );
}

/** The command that loads a plan (a command, the same in every language). */
const IMPORT_COMMAND = "npm run import -- --plan FILE";

/** Fewer than two plans: what to do about it. */
function NeedTwoPlans() {
  const m = useMessages().compare;
  return (
    <div className="compare-empty" data-testid="empty-state">
      <div className="message-card">
        <h2>{m.emptyTitle}</h2>
        <p data-testid="compare-empty-how">
          {m.emptyBefore}
          <code lang="en">{IMPORT_COMMAND}</code>
          {m.emptyAfter}
        </p>
        <p className="compare-hint">{m.emptyHint}</p>
      </div>
    </div>
  );
}
