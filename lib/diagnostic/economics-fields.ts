import type { TEconomicsInput } from "@/lib/diagnostic/schemas";

/**
 * Which questionnaire question supplies each economic input, and the currencies offered. Free of
 * zod and of the engine, so the results page can show and edit assumptions without loading either
 * until the reader changes a figure.
 */
export const ECONOMICS_QUESTION_IDS: Record<keyof TEconomicsInput, string> = {
  currency: "econ_currency",
  leaderAnnualCompensation: "econ_leader_compensation",
  monthlyAmountAtRisk: "econ_monthly_at_risk",
  monthsPersisted: "econ_months_persisted",
  fractionalMonthlyFee: "econ_fractional_fee",
  coachMonthlyFee: "econ_coach_fee",
  replacementCostMultiple: "econ_replacement_multiple",
  inactionHorizonMonths: "econ_inaction_months",
  wrongLeverMonths: "econ_wrong_lever_months",
  horizonMonths: "econ_horizon_months",
};

export const CURRENCIES = ["USD", "EUR", "GBP", "CHF", "CAD", "AUD"] as const;

export type TEconomicsAnswer = { questionId: string; value: number | string };

/** The economics as questionnaire answers (only the fields that are set), in ECONOMICS_QUESTION_IDS order. */
export function economicsAnswers(economics: TEconomicsInput): TEconomicsAnswer[] {
  const answers: TEconomicsAnswer[] = [];
  for (const key of Object.keys(ECONOMICS_QUESTION_IDS) as (keyof TEconomicsInput)[]) {
    const value = economics[key];
    if (value !== undefined) answers.push({ questionId: ECONOMICS_QUESTION_IDS[key], value });
  }
  return answers;
}

/** The bounds of each numeric economics question, as the server checks them. */
export type TEconomicsLimits = Record<string, { min: number; max: number; integer: boolean }>;
