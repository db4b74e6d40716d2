import type { TDiagnosticResult } from "@/lib/diagnostic/result-schemas";
import type { TDiagnosticInput, TQuestionnaire } from "@/lib/diagnostic/schemas";
import { buildBlueprintV2 } from "@/lib/diagnostic/v2/build-blueprint";
import { classifyConstraintV2, deficitValue, profileFocus, scoreConstraint } from "@/lib/diagnostic/v2/classify-constraint";
import { detectFailureModesV2 } from "@/lib/diagnostic/v2/detect-failure-modes";
import { estimateCostsV2 } from "@/lib/diagnostic/v2/estimate-costs";
import { explainConfidence, firstThirtyDays, whatWouldChange } from "@/lib/diagnostic/v2/explain-decision";
import { PROFILE_V2 } from "@/lib/diagnostic/v2/questionnaire";
import { leaderName, recommendInterventionV2, STRENGTH_PHRASES } from "@/lib/diagnostic/v2/recommend-intervention";
import { RULES_V2 as R } from "@/lib/diagnostic/v2/scoring-rules";
import { decideKind, sideWeights, sumWeights } from "@/lib/diagnostic/v2/weigh-sides";

export const ENGINE_V2_VERSION = "engine-2026-12.2";

/**
 * Engine v2: classify every constraint with the leader profile, weigh the sides, decide the lever
 * in proportion, flag failure modes the plan answers, build the blueprint and price it. Pure.
 */
export function runDiagnosticV2(input: TDiagnosticInput, questionnaire: TQuestionnaire): Omit<TDiagnosticResult, "questionnaireVersion" | "engineVersion"> {
  const profile = input.profile ?? {};
  const self = input.context.respondentRole === "self";
  const perConstraint = input.constraints.map((c) => {
    const result = classifyConstraintV2(c, profile, input.context.roleStretch);
    return { result, weights: sideWeights(scoreConstraint(c.probes, profile), c.probes, profile) };
  });
  const totals = sumWeights(perConstraint.map((p) => p.weights));
  const focus = profileFocus(profile);
  const kind = decideKind({ classes: perConstraint.map((p) => p.result.class), weights: totals, focusSkills: focus.length, retention: input.context.retentionIntent });
  const { recommendation, decision: core } = recommendInterventionV2({
    context: input.context,
    intervention: input.intervention,
    kind,
    perConstraint,
    totals,
    focusSkills: focus,
    strength: input.strength,
    self,
  });
  const constraints = perConstraint.map((p) => p.result);
  const loadStrained = (deficitValue(PROFILE_V2.find((q) => q.id === "p_load")!, profile["p_load"]) ?? 0) >= R.profileFocus;
  const failureModes = detectFailureModesV2({ context: input.context, intervention: input.intervention, perConstraint, totals, recommendation, decision: core, loadStrained });
  const who = leaderName(input.context, self);
  // Strengths from the profile: dimensions answered at their best.
  const profileStrengths = PROFILE_V2.filter((q) => deficitValue(q, profile[q.id]) === 0).map((q) => `${q.indicator} (from the profile)`);
  const blueprint = buildBlueprintV2({
    context: input.context,
    recommendation,
    decision: core,
    durationMonths: core.durationMonths,
    perConstraint,
    focusSkills: focus,
    strengths: profileStrengths,
    strength: input.strength,
    leader: who.object,
    asOf: input.asOf,
  });
  const strengthPhrase = input.strength ? STRENGTH_PHRASES[input.strength] : undefined;
  const decision = {
    primary: core.primary,
    secondary: core.secondary,
    inPlace: core.inPlace,
    fundFirst: core.fundFirst,
    deadlineFit: core.deadlineFit,
    checkAnswers: core.checkAnswers,
    rule: core.rule,
    firstThirtyDays: firstThirtyDays({ decision: core, kind, leader: who.object, strengthPhrase }),
    whatWouldChange: whatWouldChange({
      constraints: input.constraints,
      titles: Object.fromEntries(constraints.map((c) => [c.constraintId, c.title])),
      profile,
      retention: input.context.retentionIntent,
      kind,
    }),
    confidence: explainConfidence(constraints),
  };
  const costs = estimateCostsV2({
    questionnaire,
    economics: input.economics,
    context: input.context,
    intervention: input.intervention,
    basis: { constraints, recommendation, blueprint, failureModes, decision },
  });
  return { constraints, recommendation, failureModes, blueprint, costs, decision };
}
