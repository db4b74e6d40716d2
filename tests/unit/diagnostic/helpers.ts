import { PREVIOUS_QUESTIONNAIRE_VERSION, probeQuestions, requireQuestionnaire } from "@/lib/diagnostic/questionnaires";
import type { TConstraintInput, TContextInput, TDiagnosticInput, TInterventionInput, TProbeValue } from "@/lib/diagnostic/schemas";
import { classifyConstraint } from "@/lib/diagnostic/classify-constraint";
import type { TConstraintResult } from "@/lib/diagnostic/result-schemas";

export const questionnaire = requireQuestionnaire(PREVIOUS_QUESTIONNAIRE_VERSION);
const all = probeQuestions(questionnaire);
export const BEHAVIORAL_IDS = all.filter((p) => p.axis === "behavioral").map((p) => p.id);
/** Execution-axis probes, without the persistence probe. */
export const EXECUTION_IDS = all.filter((p) => p.axis === "execution").map((p) => p.id);
export const COMPLEXITY_ID = "probe_x_complexity";
export const PERSISTENCE_ID = "probe_x_persistence";
export const ALL_PROBE_IDS = all.map((p) => p.id);

/** Every behavioral probe = b, every execution probe = e, cross probes as given (default 0). */
export function probes(
  b: TProbeValue,
  e: TProbeValue,
  cross: { complexity?: TProbeValue; persistence?: TProbeValue } = {},
): Record<string, TProbeValue> {
  return {
    ...Object.fromEntries(BEHAVIORAL_IDS.map((id) => [id, b])),
    ...Object.fromEntries(EXECUTION_IDS.map((id) => [id, e])),
    [COMPLEXITY_ID]: cross.complexity ?? 0,
    [PERSISTENCE_ID]: cross.persistence ?? (typeof e === "number" ? e : 0),
  };
}

export function constraint(constraintId: string, answers: Record<string, TProbeValue>, catalogId = "missed_targets"): TConstraintInput {
  return { constraintId, definition: { kind: "catalog", catalogId }, probes: answers };
}

export const BEHAVIORAL = probes(3, 0, { persistence: 0 });
export const EXECUTION = probes(0, 3, { persistence: 3 });
export const DUAL = probes(3, 3, { persistence: 3 });
export const HEALTHY = probes(0, 0);

export const baseContext: TContextInput = {
  respondentRole: "manager_ceo",
  leaderFunction: "sales_revenue",
  tenure: "1_to_2_years",
  companyStage: "series_b",
  situation: "scale_up",
  urgency: "medium",
  retentionIntent: "keep",
};

export const noPlan: TInterventionInput = { current: "none", permanentOwner: "yes", endDateSet: "no_engagement" };

export function makeInput(
  constraints: TConstraintInput[],
  overrides: { context?: Partial<TContextInput>; intervention?: Partial<TInterventionInput>; economics?: TDiagnosticInput["economics"] } = {},
): TDiagnosticInput {
  return {
    questionnaireVersion: PREVIOUS_QUESTIONNAIRE_VERSION,
    context: { ...baseContext, ...overrides.context },
    constraints,
    intervention: { ...noPlan, ...overrides.intervention },
    economics: overrides.economics ?? {},
  };
}

export function classify(answers: Record<string, TProbeValue>, id = "c1", catalogId = "missed_targets"): TConstraintResult {
  return classifyConstraint(constraint(id, answers, catalogId), questionnaire);
}
