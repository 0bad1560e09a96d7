/** A plan named by its title in the interface language (its id when the list does not know it). */
import { planTitle } from "../../core/plans.js";
import type { Lang } from "../../core/names.js";
import { usePlans } from "./PlanScope.js";

export function PlanTitle({ planId, lang }: { planId: string; lang: Lang }) {
  const { plans } = usePlans();
  const label = planTitle(plans, planId, lang);
  if (!label) return <span lang="en">{planId}</span>;
  return <span lang={label.titleLang}>{label.title}</span>;
}
