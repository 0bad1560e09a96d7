/**
 * The explorer scoped to one plan: the plans the server has (GET /api/plans, loaded once), and the
 * API of the chosen plan provided to every view, hook and panel below (ui/apiContext.tsx), so each
 * call passes `plan=` and a new choice loads everything again. A plan the server does not have
 * counts as all plans (core/plans.ts effectivePlan).
 */
import { createContext, useCallback, useContext, useMemo, type ReactNode } from "react";
import type { PlanSummary } from "../../../../contract/api.js";
import { withPlan, type Api } from "../../api.js";
import { effectivePlan } from "../../core/plans.js";
import { ApiProvider, useApi } from "../apiContext.js";
import { useRemote } from "../useRemote.js";

export interface PlansInfo {
  /** The plans loaded (null while loading or when the list failed: the explorer shows all). */
  plans: PlanSummary[] | null;
  /** The plan asked for, "" for all. */
  plan: string;
}

const PlansContext = createContext<PlansInfo>({ plans: null, plan: "" });

/** The plans and the chosen one, for whoever names plans (the details panel, the districts view). */
export function usePlans(): PlansInfo {
  return useContext(PlansContext);
}

/** The list and the API of the URL's plan (the shell calls it; `PlanScope` provides them). */
export function usePlanApi(urlPlan: string): PlansInfo & { api: Api } {
  const base = useApi();
  const list = useRemote(useCallback((signal: AbortSignal) => base.plans(signal), [base]));
  const plans = list.status === "ok" ? list.data : null;
  const plan = effectivePlan(plans, urlPlan);
  const api = useMemo(() => withPlan(base, plan), [base, plan]);
  return { plans, plan, api };
}

export function PlanScope({ info, children }: { info: PlansInfo & { api: Api }; children: ReactNode }) {
  const value = useMemo(() => ({ plans: info.plans, plan: info.plan }), [info.plans, info.plan]);
  return (
    <ApiProvider api={info.api}>
      <PlansContext.Provider value={value}>{children}</PlansContext.Provider>
    </ApiProvider>
  );
}
