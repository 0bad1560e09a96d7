/**
 * The header's plan picker (`plan-select`): all plans, or one plan by its title (in English its
 * English title when it has one), grouped under its region. Shown only when the server has more
 * than one plan; the choice lives in the URL (`plan=`, core/plans.ts).
 */
import type { PlanSummary } from "../../../../contract/api.js";
import { hasChoice, planLabel } from "../../core/plans.js";
import type { Lang } from "../../core/names.js";
import { useMessages } from "../i18n.js";

interface Props {
  plans: readonly PlanSummary[] | null;
  /** The chosen plan id, "" for all. */
  plan: string;
  lang: Lang;
  onPlan: (plan: string) => void;
}

export function PlanPicker({ plans, plan, lang, onPlan }: Props) {
  const m = useMessages().plans;
  if (!plans || !hasChoice(plans)) return null;
  // the regions in the order of their first plan, each with its plans
  const regions = [...new Set(plans.map((p) => p.region))];
  const chosen = plans.find((p) => p.id === plan);
  return (
    <label className="plan-picker" title={m.pickerTitle}>
      <span className="plan-picker-label">{m.pickerLabel}</span>
      <select data-testid="plan-select" value={chosen ? plan : ""} onChange={(e) => onPlan(e.target.value)} data-plan-count={plans.length}>
        <option value="">{m.allPlans}</option>
        {regions.map((region) => (
          <optgroup key={region} label={region || m.unknownRegion} lang={region ? "zh" : undefined}>
            {plans
              .filter((p) => p.region === region)
              .map((p) => {
                const l = planLabel(p, lang);
                return (
                  <option key={p.id} value={p.id} lang={l.titleLang} data-region={p.region}>
                    {l.title}
                  </option>
                );
              })}
          </optgroup>
        ))}
      </select>
      {chosen?.region && (
        <span className="plan-region" lang="zh" data-testid="plan-region">
          {chosen.region}
        </span>
      )}
    </label>
  );
}
