/** The compare view's toolbar: plan A and plan B, a swap button, the CSV download. */
import type { PlanSummary } from "../../../../contract/api.js";
import type { PlanPair } from "../../core/compare.js";
import type { Lang } from "../../core/names.js";
import { planLabel } from "../../core/plans.js";
import { useMessages } from "../i18n.js";

interface Props {
  plans: readonly PlanSummary[];
  pair: PlanPair;
  lang: Lang;
  onPick: (side: "a" | "b", id: string) => void;
  onSwap: () => void;
  onCsv: () => void;
  csvBusy: boolean;
}

export function PlanPickers({ plans, pair, lang, onPick, onSwap, onCsv, csvBusy }: Props) {
  const m = useMessages().compare;
  return (
    <div className="view-toolbar compare-toolbar">
      <PlanSelect side="a" label={m.planA} title={m.pickA} plans={plans} value={pair.a} lang={lang} onPick={onPick} />
      <PlanSelect side="b" label={m.planB} title={m.pickB} plans={plans} value={pair.b} lang={lang} onPick={onPick} />
      <button type="button" className="compare-swap" data-testid="compare-swap" title={m.swapTitle} aria-label={m.swapTitle} onClick={onSwap}>
        <span aria-hidden="true">⇄</span> {m.swap}
      </button>
      <button type="button" className="compare-csv" data-testid="compare-csv" title={m.csvTitle} disabled={csvBusy} onClick={onCsv}>
        {m.csv}
      </button>
    </div>
  );
}

interface SelectProps {
  side: "a" | "b";
  label: string;
  title: string;
  plans: readonly PlanSummary[];
  value: string;
  lang: Lang;
  onPick: (side: "a" | "b", id: string) => void;
}

function PlanSelect({ side, label, title, plans, value, lang, onPick }: SelectProps) {
  const chosen = plans.find((p) => p.id === value);
  const chosenLang = chosen ? planLabel(chosen, lang).titleLang : undefined;
  return (
    <label className={`compare-pick side-${side}`} title={title}>
      <span className="compare-pick-label">
        <span className="side-dot" aria-hidden="true" />
        {label}
      </span>
      <select data-testid={`compare-plan-${side}`} value={value} lang={chosenLang} onChange={(e) => onPick(side, e.target.value)}>
        {plans.map((p) => {
          const l = planLabel(p, lang);
          return (
            <option key={p.id} value={p.id} lang={l.titleLang}>
              {l.title}
            </option>
          );
        })}
      </select>
    </label>
  );
}
