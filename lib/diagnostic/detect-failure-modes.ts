import { assessLeverFit } from "@/lib/diagnostic/assess-lever-fit";
import { renderEvidence } from "@/lib/diagnostic/classify-constraint";
import { findQuestion, probeQuestions } from "@/lib/diagnostic/questionnaires";
import type { TConstraintResult, TFailureMode, TRecommendation, TTrigger } from "@/lib/diagnostic/result-schemas";
import type { TContextInput, TInterventionInput, TQuestionnaire } from "@/lib/diagnostic/schemas";
import { CROSS_PROBE_CLEAR } from "@/lib/diagnostic/scoring-rules";

export type TDetectFailureModesOptions = {
  questionnaire: TQuestionnaire;
  context: TContextInput;
  intervention: TInterventionInput;
  constraints: readonly TConstraintResult[];
  recommendation: TRecommendation;
};

const PRESSURE_PROBE_ID = "probe_b_pressure";
const REJECTS_PROCESS_ID = "team_rejects_new_processes";
const OVERWHELMED_ID = "leader_overwhelmed";

const isBehavioral = (r: TConstraintResult) => r.class === "behavioral" || r.class === "dual";
const isExecution = (r: TConstraintResult) => r.class === "execution" || r.class === "dual";
const clear = (v: TConstraintResult["complexityExceedsExperience"]) => typeof v === "number" && v >= CROSS_PROBE_CLEAR;

function optionLabel(q: TQuestionnaire, questionId: string, value: string): string {
  const question = findQuestion(q, questionId);
  const option = question && "options" in question ? question.options.find((o) => o.value === value) : undefined;
  return option?.label ?? value;
}

function planTrigger(q: TQuestionnaire, intervention: TInterventionInput): TTrigger {
  return {
    questionId: "intervention_current",
    constraintId: null,
    sentence: `Current or planned approach: ${optionLabel(q, "intervention_current", intervention.current).toLowerCase()}.`,
  };
}

function strongestTriggers(results: readonly TConstraintResult[], axis: "behavioral" | "execution"): TTrigger[] {
  return results.flatMap((r) => {
    const top = r.evidence[axis][0];
    return top ? [{ questionId: top.questionId, constraintId: r.constraintId, sentence: top.sentence }] : [];
  });
}

function complexityTriggers(q: TQuestionnaire, results: readonly TConstraintResult[]): TTrigger[] {
  const probe = probeQuestions(q).find((p) => p.axis === "complexity");
  if (!probe) return [];
  return results.flatMap((r) => {
    const v = r.complexityExceedsExperience;
    return typeof v === "number" && v >= CROSS_PROBE_CLEAR && v <= 3
      ? [{ questionId: probe.id, constraintId: r.constraintId, sentence: renderEvidence(probe.evidenceTemplate, r.title, v as 2 | 3) }]
      : [];
  });
}

function catalogTriggers(results: readonly TConstraintResult[], catalogId: string): TTrigger[] {
  return results
    .filter((r) => r.catalogId === catalogId)
    .map((r) => ({ questionId: "constraint_definition", constraintId: r.constraintId, sentence: `Constraint listed: “${r.title}”.` }));
}

/** Flags the known ways leadership interventions fail, each with the answers that raised it. */
export function detectFailureModes(opts: TDetectFailureModesOptions): TFailureMode[] {
  const { questionnaire: q, context, intervention, constraints: results, recommendation } = opts;
  const current = intervention.current;
  const plan = planTrigger(q, intervention);
  const flags: TFailureMode[] = [];
  const behavioral = results.filter(isBehavioral);
  const execution = results.filter(isExecution);

  // Capabilities Trap: systems without developing the people who must run them.
  if (current === "fractional") {
    const rejecting = catalogTriggers(results, REJECTS_PROCESS_ID);
    if (behavioral.length > 0 || rejecting.length > 0) {
      flags.push({
        id: "capabilities_trap",
        name: "Capabilities Trap",
        severity: behavioral.length > 0 ? "high" : "medium",
        explanation:
          "An operator is installing new systems, but nobody is developing the people who must run them. Teams that are not ready for the new rigour tend to drop it as red tape, and it collapses when the operator leaves.",
        triggers: [plan, ...strongestTriggers(behavioral, "behavioral"), ...rejecting],
      });
    }
  }

  // Rental Trap: fractional work with no permanent owner, no end, or no development of the owner.
  if (current === "fractional" || current === "coaching_and_fractional") {
    const triggers: TTrigger[] = [];
    if (intervention.permanentOwner !== "yes") {
      triggers.push({ questionId: "intervention_permanent_owner", constraintId: null, sentence: "No permanent executive is named to own the fix afterwards." });
    }
    if (intervention.endDateSet === "no") {
      triggers.push({ questionId: "intervention_end_date", constraintId: null, sentence: "The outside engagement has no agreed end date." });
    }
    if (current === "fractional" && behavioral.length > 0) {
      triggers.push({ questionId: "intervention_current", constraintId: null, sentence: "Nobody is developing the permanent executive alongside the fractional work." });
    }
    if (triggers.length > 0) {
      flags.push({
        id: "rental_trap",
        name: "Rental Trap",
        severity: triggers.length >= 2 ? "high" : "medium",
        explanation:
          "Results are being rented rather than built. Without a permanent owner who is prepared to take over, performance lasts only as long as the contract, and the company stays dependent on outside help.",
        triggers: [plan, ...triggers],
      });
    }
  }

  // Tool Misapplication Tax: the lever does not fit the classification.
  const fit = assessLeverFit(current, results);
  if (fit.mismatch) {
    const axis = fit.mismatch === "systematizing_behavioral" ? "behavioral" : "execution";
    const explanation = {
      coaching_structural: "A person-focused lever is being used on a structural problem. Coaching or advice cannot rewrite decision rights, incentives or pipelines, so each month spent this way is paid for in lost results.",
      systematizing_behavioral: "A structural lever is being used on a behavioral problem. New processes do not change how a leader handles pressure, conflict or letting go, so the constraint stays while the fees run.",
      replacing_structural: "Replacing the leader will not fix a problem that would outlast them. The next person inherits the same broken system, and the search cost comes on top.",
    }[fit.mismatch];
    flags.push({
      id: "tool_misapplication_tax",
      name: "Tool Misapplication Tax",
      severity: fit.severity,
      explanation,
      triggers: [plan, ...strongestTriggers(fit.missed, axis)],
    });
  }

  // Leadership Churn: a valued leader carrying structural problems without structural support.
  if (context.retentionIntent !== "replace" && execution.length > 0 && ["none", "coaching", "board_mentor"].includes(current)) {
    const strained = results.some(
      (r) => clear(r.complexityExceedsExperience) || r.catalogId === OVERWHELMED_ID || r.evidence.behavioral.some((e) => e.questionId === PRESSURE_PROBE_ID && e.value >= 2),
    );
    flags.push({
      id: "leadership_churn",
      name: "Leadership Churn risk",
      severity: context.retentionIntent === "keep" && strained ? "high" : "medium",
      explanation:
        "A leader the company wants to keep is carrying structural problems with no structural help. Support for their stress does not repair the system, and good people burn out or leave over problems that were never theirs alone.",
      triggers: [
        { questionId: "retention_intent", constraintId: null, sentence: `Intent to keep the leader: ${optionLabel(q, "retention_intent", context.retentionIntent).toLowerCase()}.` },
        plan,
        ...strongestTriggers(execution, "execution"),
        ...catalogTriggers(results, OVERWHELMED_ID),
      ],
    });
  }

  // Trial by Fire: no support while complexity exceeds experience.
  const stretched = complexityTriggers(q, results);
  if (current === "none" && stretched.length > 0) {
    const severe = results.some((r) => r.complexityExceedsExperience === 3) || context.urgency === "high" || context.urgency === "critical";
    flags.push({
      id: "trial_by_fire",
      name: "Trial by Fire",
      severity: severe ? "high" : "medium",
      explanation:
        "The leader is left to sink or swim in a role that has outgrown their experience, with neither a coach nor an operator beside them. It looks like a development opportunity; in practice it schedules a failure, often costing a full year.",
      triggers: [plan, ...stretched],
    });
  }

  // Mentor Model: intermittent advice in place of execution support.
  if (current === "board_mentor" && (behavioral.length > 0 || execution.length > 0)) {
    flags.push({
      id: "mentor_model",
      name: "Mentor Model",
      severity: execution.length > 0 ? "high" : "medium",
      explanation:
        "Occasional advice from a board member is standing in for real support. A mentor outside the day-to-day can say what should change, but not show how or do any of it.",
      triggers: [plan, ...strongestTriggers(execution.length > 0 ? execution : behavioral, execution.length > 0 ? "execution" : "behavioral")],
    });
  }

  // Working-Manager Coach: one person as both coach and operator.
  if (current === "working_manager_coach") {
    flags.push({
      id: "working_manager_coach",
      name: "Working-Manager Coach",
      severity: recommendation.kind === "paired" ? "high" : recommendation.kind === "monitor" ? "low" : "medium",
      explanation:
        "One person is both the leader's coach and an operator in the business. A coach must be a neutral mirror and an operator a decisive captain; combined, the leader cannot tell whether they are being supported or managed, and both jobs suffer.",
      triggers: [plan],
    });
  }

  return flags;
}
