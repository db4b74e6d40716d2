import { estimateCosts } from "@/lib/diagnostic/estimate-costs";
import { requireQuestionnaire } from "@/lib/diagnostic/questionnaires";
import { estimateCostsV2 } from "@/lib/diagnostic/v2/estimate-costs";
import type { TCostEstimate, TDiagnosticResult } from "@/lib/diagnostic/result-schemas";
import type { TDiagnosticInput, TEconomicsInput } from "@/lib/diagnostic/schemas";

/**
 * Re-prices a stored result under other economic assumptions. Classification, recommendation and
 * blueprint are taken from the stored result unchanged; only the cost estimate is recomputed.
 */
export function recomputeCosts(input: TDiagnosticInput, result: TDiagnosticResult, economics: TEconomicsInput): TCostEstimate {
  if (result.decision) {
    return estimateCostsV2({
      questionnaire: requireQuestionnaire(input.questionnaireVersion),
      economics,
      context: input.context,
      intervention: input.intervention,
      basis: { constraints: result.constraints, recommendation: result.recommendation, blueprint: result.blueprint, failureModes: result.failureModes, decision: result.decision },
    });
  }
  return estimateCosts({
    questionnaire: requireQuestionnaire(input.questionnaireVersion),
    economics,
    intervention: input.intervention,
    constraints: result.constraints,
    recommendation: result.recommendation,
    blueprint: result.blueprint,
  });
}
