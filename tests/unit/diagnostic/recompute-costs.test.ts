import { describe, expect, it } from "vitest";
import { assembleDiagnosticInput } from "@/lib/diagnostic/answers";
import { ECONOMICS_QUESTION_IDS } from "@/lib/diagnostic/estimate-costs";
import { economicsAnswers } from "@/lib/diagnostic/economics-fields";
import { recomputeCosts } from "@/lib/diagnostic/recompute-costs";
import { ZCostEstimate } from "@/lib/diagnostic/result-schemas";
import { runDiagnostic } from "@/lib/diagnostic/run-diagnostic";
import type { TEconomicsInput } from "@/lib/diagnostic/schemas";
import { ALL_SCENARIOS, ctoBurnoutScenario, healthyLeaderScenario, vpSalesScenario } from "@/tests/fixtures/scenarios";
import type { TScenario } from "@/tests/fixtures/scenarios";

function diagnose(s: TScenario) {
  const assembled = assembleDiagnosticInput(s.version, s.rows);
  if (!assembled.ok) throw new Error(assembled.errors.join("\n"));
  return { input: assembled.input, result: runDiagnostic(assembled.input) };
}

describe("recomputeCosts", () => {
  it("with the input's own economics reproduces the stored cost estimate for every scenario", () => {
    for (const s of ALL_SCENARIOS) {
      const { input, result } = diagnose(s);
      expect(recomputeCosts(input, result, input.economics), s.id).toEqual(result.costs);
    }
  });

  it("changing the monthly amount at risk changes the cost of inaction but not the cost of action", () => {
    const { input, result } = diagnose(ctoBurnoutScenario);
    const before = recomputeCosts(input, result, input.economics);
    const after = recomputeCosts(input, result, { ...input.economics, monthlyAmountAtRisk: 999_000 });
    expect(before.applicable).toBe(true);
    expect(after.costOfInaction.total).not.toBe(before.costOfInaction.total);
    expect(after.costOfInaction.total).toBeGreaterThan(before.costOfInaction.total);
    expect(after.costOfAction).toBe(before.costOfAction);
    expect(after.assumptions.find((a) => a.id === ECONOMICS_QUESTION_IDS.monthlyAmountAtRisk)).toMatchObject({ value: 999_000, origin: "user" });
  });

  it("output passes ZCostEstimate, including currency changes and non-engagement results", () => {
    for (const s of [vpSalesScenario, ctoBurnoutScenario, healthyLeaderScenario]) {
      const { input, result } = diagnose(s);
      const costs = recomputeCosts(input, result, { ...input.economics, currency: "EUR", coachMonthlyFee: 0, inactionHorizonMonths: 3 });
      expect(ZCostEstimate.safeParse(costs).success, s.id).toBe(true);
      expect(costs.currency).toBe("EUR");
    }
  });

  it("does not mutate the stored result", () => {
    const { input, result } = diagnose(vpSalesScenario);
    const snapshot = structuredClone(result);
    recomputeCosts(input, result, { monthlyAmountAtRisk: 1 });
    expect(result).toEqual(snapshot);
  });
});

describe("economicsAnswers", () => {
  it("maps each set field to its question id and leaves unset fields out", () => {
    const economics: TEconomicsInput = { currency: "GBP", monthlyAmountAtRisk: 80_000, inactionHorizonMonths: 9 };
    expect(economicsAnswers(economics)).toEqual([
      { questionId: "econ_currency", value: "GBP" },
      { questionId: "econ_monthly_at_risk", value: 80_000 },
      { questionId: "econ_inaction_months", value: 9 },
    ]);
    expect(economicsAnswers({})).toEqual([]);
  });

  it("round-trips through answer rows into the same economics", () => {
    const economics: TEconomicsInput = { currency: "CHF", leaderAnnualCompensation: 300_000, wrongLeverMonths: 4, replacementCostMultiple: 1.5 };
    const rows = vpSalesScenario.rows.filter((r) => !r.questionId.startsWith("econ_"));
    const withEcon = [...rows, ...economicsAnswers(economics).map((a) => ({ ...a, constraintId: null }))];
    const assembled = assembleDiagnosticInput(vpSalesScenario.version, withEcon);
    if (!assembled.ok) throw new Error(assembled.errors.join("\n"));
    expect(assembled.input.economics).toEqual(economics);
  });
});
