import { assessLeverFit } from "@/lib/diagnostic/assess-lever-fit";
import { ECONOMICS_QUESTION_IDS } from "@/lib/diagnostic/economics-fields";
import { findQuestion, numberQuestion } from "@/lib/diagnostic/questionnaires";
import type { TAssumption, TBlueprint, TConstraintResult, TCostEstimate, TRecommendation } from "@/lib/diagnostic/result-schemas";
import type { TEconomicsInput, TInterventionInput, TQuestionnaire } from "@/lib/diagnostic/schemas";
import { ZCurrency } from "@/lib/diagnostic/schemas";

type TNumericKey = Exclude<keyof TEconomicsInput, "currency">;

export { ECONOMICS_QUESTION_IDS };

export type TEstimateCostsOptions = {
  questionnaire: TQuestionnaire;
  economics: TEconomicsInput;
  intervention: TInterventionInput;
  constraints: readonly TConstraintResult[];
  recommendation: TRecommendation;
  blueprint: TBlueprint;
};

const money = (n: number) => Math.round(n);

/**
 * Cost of action (fees x months of the recommended engagement) against cost of inaction (a failed
 * tenure plus the amount at risk until then), and the tax of the current lever if it does not fit.
 * Every figure used is listed in `assumptions` with its origin and reasoning.
 */
export function estimateCosts(opts: TEstimateCostsOptions): TCostEstimate {
  const { questionnaire: q, economics, intervention, constraints, recommendation, blueprint } = opts;
  const assumptions: TAssumption[] = [];

  const num = (key: TNumericKey): number => {
    const question = numberQuestion(q, ECONOMICS_QUESTION_IDS[key]);
    if (!question) throw new Error(`Questionnaire ${q.version} lacks economics question for ${key}.`);
    const supplied = economics[key];
    const value = supplied ?? question.defaultValue;
    assumptions.push({
      id: question.id,
      label: question.prompt,
      value,
      unit: question.unit,
      source: supplied === undefined ? question.defaultSource : "Supplied by the person answering.",
      origin: supplied === undefined ? "default" : "user",
    });
    return value;
  };

  const currencyQuestion = findQuestion(q, ECONOMICS_QUESTION_IDS.currency);
  const defaultCurrency = ZCurrency.parse(currencyQuestion?.kind === "single_choice" ? currencyQuestion.defaultValue : "USD");
  const currency = economics.currency ?? defaultCurrency;
  assumptions.push({
    id: ECONOMICS_QUESTION_IDS.currency,
    label: "Currency",
    value: currency,
    unit: "",
    source: economics.currency ? "Supplied by the person answering." : "Default currency.",
    origin: economics.currency ? "user" : "default",
  });

  const compensation = num("leaderAnnualCompensation");
  const atRisk = num("monthlyAmountAtRisk");
  const persisted = num("monthsPersisted");
  const fractionalFee = num("fractionalMonthlyFee");
  const coachFee = num("coachMonthlyFee");
  const multiple = num("replacementCostMultiple");
  const inactionMonths = Math.max(1, Math.round(num("inactionHorizonMonths")));
  const wrongLeverMonths = num("wrongLeverMonths");

  const applicable = blueprint.kind === "engagement";
  const duration = blueprint.kind === "engagement" ? blueprint.durationMonths : 0;
  if (applicable) {
    assumptions.push({
      id: "engagement_duration",
      label: "Duration of the recommended engagement",
      value: duration,
      unit: "months",
      source: "Planning duration from the blueprint: typical engagement lengths, lengthened when three or more constraints show a deficit.",
      origin: "default",
    });
  }
  const monthlyFee = (recommendation.includesFractional ? fractionalFee : 0) + (recommendation.includesCoaching ? coachFee : 0);
  const costOfAction = money(monthlyFee * duration);
  const failedTenure = applicable ? money(compensation * multiple) : 0;
  const amountAtRiskOverDelay = applicable ? money(atRisk * inactionMonths) : 0;

  const fit = assessLeverFit(intervention.current, constraints);
  const taxApplies = fit.mismatch !== null;
  const misapplicationTax = {
    applies: taxApplies,
    months: taxApplies ? wrongLeverMonths : 0,
    total: taxApplies ? money(wrongLeverMonths * atRisk) : 0,
    explanation: taxApplies
      ? `The current approach does not reach the cause of ${fit.missed.map((r) => `“${r.title}”`).join(", ")}: each month on it costs the monthly amount at risk.`
      : "The current approach fits the classification, so no misapplication tax is counted.",
  };

  const horizon = applicable ? Math.max(duration, inactionMonths) : 0;
  const series = applicable
    ? Array.from({ length: horizon + 1 }, (_, month) => ({
        month,
        action: money(monthlyFee * Math.min(month, duration)),
        inaction: money(atRisk * Math.min(month, inactionMonths) + (month >= inactionMonths ? failedTenure : 0)),
      }))
    : [];

  const fmt = (n: number) => `${currency} ${money(n).toLocaleString("en-US")}`;
  const summary = applicable
    ? `Acting costs about ${fmt(costOfAction)} in fees over ${duration} months; doing nothing puts about ${fmt(failedTenure + amountAtRiskOverDelay)} at risk within ${inactionMonths} months.`
    : "No engagement is recommended, so there is no cost of action to weigh against inaction.";

  return {
    applicable,
    currency,
    durationMonths: duration,
    costOfAction,
    costOfInaction: { total: failedTenure + amountAtRiskOverDelay, failedTenure, amountAtRiskOverDelay },
    alreadyLost: money(persisted * atRisk),
    misapplicationTax,
    assumptions,
    series,
    summary,
  };
}
