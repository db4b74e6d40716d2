import type { TConstraintResult, TDecision, TFailureMode, TRecommendation, TTrigger } from "@/lib/diagnostic/result-schemas";
import type { TContextInput, TInterventionInput } from "@/lib/diagnostic/schemas";
import type { TPerConstraintWeights } from "@/lib/diagnostic/v2/recommend-intervention";
import { sideState, type TSideWeights } from "@/lib/diagnostic/v2/weigh-sides";

export type TDetectFailureModesV2Options = {
  context: TContextInput;
  intervention: TInterventionInput;
  perConstraint: readonly TPerConstraintWeights[];
  totals: TSideWeights;
  recommendation: TRecommendation;
  decision: Pick<TDecision, "primary" | "secondary" | "inPlace">;
  loadStrained: boolean;
};

const CURRENT_WORDS: Record<TInterventionInput["current"], string> = {
  none: "nothing yet",
  coaching: "an executive coach",
  fractional: "a fractional or interim executive",
  board_mentor: "a board member acting as mentor",
  working_manager_coach: "one person who both coaches and does operating work",
  coaching_and_fractional: "a coach and a fractional executive",
  replace_executive: "a search for a successor",
};

function top(results: readonly TConstraintResult[]): TTrigger[] {
  return results.slice(0, 3).map((r) => ({ questionId: "constraint_definition", constraintId: r.constraintId, sentence: `“${r.title}”: ${(r.v2?.keyAnswers ?? []).join("; ") || r.summary}` }));
}

/**
 * The classic failure modes, raised only where the answers show them, and only with a severity the
 * plan answers: a "high" flag never stands next to a verdict of no engagement (tested).
 */
export function detectFailureModesV2(o: TDetectFailureModesV2Options): TFailureMode[] {
  const { context, intervention, perConstraint, totals, recommendation, loadStrained } = o;
  const current = intervention.current;
  const plan: TTrigger = { questionId: "intervention_current", constraintId: null, sentence: `In place today: ${CURRENT_WORDS[current]}.` };
  const flags: TFailureMode[] = [];
  const withSide = (side: keyof TSideWeights) => perConstraint.filter((p) => p.weights[side] > 0).map((p) => p.result);
  const system = sideState(totals.system);
  const leader = sideState(totals.leader);
  const team = sideState(totals.team);
  const operatorNow = current === "fractional" || current === "coaching_and_fractional" || current === "working_manager_coach";
  const operatorPlanned = recommendation.includesFractional;

  // Capabilities Trap: systems installed on a team (or leader) not ready to run them.
  if ((operatorNow || operatorPlanned) && (team !== "none" || (operatorNow && current !== "coaching_and_fractional" && leader === "material"))) {
    const teamRejects = withSide("team");
    flags.push({
      id: "capabilities_trap",
      name: "Capabilities Trap",
      severity: team === "material" && operatorNow ? "high" : "medium",
      explanation:
        "Systems are being installed faster than the permanent team can own them. A team that is not ready calls the new rigour bureaucracy and drops it, and it collapses when the operator leaves. The plan pairs any operator with work on the people who must run the system.",
      triggers: [plan, ...top(teamRejects.length > 0 ? teamRejects : withSide("leader"))],
    });
  }

  // Rental Trap: an operator with no owner, no end, or nobody developed to take over.
  if (operatorNow) {
    const triggers: TTrigger[] = [];
    if (intervention.endDateSet === "no") triggers.push({ questionId: "intervention_end_date", constraintId: null, sentence: "The outside operator has no agreed end date." });
    if (intervention.permanentOwner !== "yes") triggers.push({ questionId: "successor_named", constraintId: null, sentence: "Nobody is named to own the systems afterwards." });
    if (current === "fractional" && (leader !== "none" || team !== "none")) triggers.push({ questionId: "intervention_current", constraintId: null, sentence: "Nobody is developing the people who must run the systems afterwards." });
    if (triggers.length > 0) {
      flags.push({
        id: "rental_trap",
        name: "Rental Trap",
        severity: triggers.length >= 2 ? "high" : "medium",
        explanation:
          "Results are being rented rather than built: they last as long as the contract. The plan ends the engagement against written exit criteria, with a permanent owner who has been developed to take over.",
        triggers: [plan, ...triggers],
      });
    }
  }

  // Tool Misapplication Tax: the lever in place does not fit the constraint.
  const personLever = current === "coaching" || current === "board_mentor";
  if (personLever && system === "material") {
    flags.push({
      id: "tool_misapplication_tax",
      name: "Tool Misapplication Tax",
      severity: leader === "none" ? "high" : "medium",
      explanation: "A person-focused lever is being used on a system problem. Coaching or advice cannot rewrite decision rights, metrics or incentives, so each month on it is paid for in lost results.",
      triggers: [plan, ...top(withSide("system"))],
    });
  } else if (current === "fractional" && system === "none" && leader === "material") {
    flags.push({
      id: "tool_misapplication_tax",
      name: "Tool Misapplication Tax",
      severity: "high",
      explanation: "A system lever is being used on a behavioral problem. New processes do not change how a leader handles pressure, decisions or conflict, so the constraint stays while the fees run.",
      triggers: [plan, ...top(withSide("leader"))],
    });
  } else if (current === "replace_executive" && system === "material" && withSide("system").some((r) => r.v2?.attribution === "system" || r.v2?.attribution === "mixed")) {
    flags.push({
      id: "tool_misapplication_tax",
      name: "Tool Misapplication Tax",
      severity: "high",
      explanation: "A new person will not fix a problem that a capable person in the seat would face too: the successor inherits the same system, and the search cost comes on top. The plan rebuilds the system before the handover.",
      triggers: [plan, ...top(withSide("system"))],
    });
  }

  // Leadership Churn: a leader the company wants to keep, carrying system problems without system help.
  if (context.retentionIntent !== "replace" && system === "material" && ["none", "coaching", "board_mentor"].includes(current)) {
    flags.push({
      id: "leadership_churn",
      name: "Leadership Churn risk",
      severity: loadStrained || context.roleStretch === "big_step" ? "high" : "medium",
      explanation: "A leader worth keeping is carrying system problems with no help on the system. Support for their stress does not repair a broken pipeline or cadence; good people burn out or leave over problems that were never theirs alone.",
      triggers: [plan, ...top(withSide("system")), ...(loadStrained ? [{ questionId: "p_load", constraintId: null, sentence: "The profile shows a pace the leader could not keep up for six more months." }] : [])],
    });
  }

  // Trial by Fire: nothing in place while the role has outgrown the leader.
  if (current === "none" && context.roleStretch === "big_step" && (system !== "none" || leader !== "none" || team !== "none")) {
    flags.push({
      id: "trial_by_fire",
      name: "Trial by Fire",
      severity: system === "material" || leader === "material" || (context.deadlineMonths !== undefined && context.deadlineMonths <= 6) ? "high" : "medium",
      explanation: "The role is a big step up and nothing supports the leader through it. \"Sink or swim\" looks like a development opportunity; in practice it schedules a failure, often costing a full year.",
      triggers: [plan, { questionId: "role_stretch", constraintId: null, sentence: "The role is the first at this scope for the leader." }],
    });
  }

  // Mentor Model: occasional board advice in place of support.
  if (current === "board_mentor" && (system !== "none" || leader !== "none")) {
    flags.push({
      id: "mentor_model",
      name: "Mentor Model",
      severity: system === "material" || leader === "material" ? "high" : "medium",
      explanation: "A board member outside the day-to-day can say what should change, but not show how, nor do any of it. The plan keeps them as sponsor and adds the support that fits.",
      triggers: [plan, ...top(withSide(system !== "none" ? "system" : "leader"))],
    });
  }

  // Working-Manager Coach: one person as both mirror and captain.
  if (current === "working_manager_coach") {
    flags.push({
      id: "working_manager_coach",
      name: "Working-Manager Coach",
      severity: recommendation.kind === "paired" ? "high" : recommendation.kind === "monitor" ? "low" : "medium",
      explanation: "One person is both the leader's coach and an operator in the business. The leader cannot tell whether they are being supported or managed, and both jobs suffer. The plan splits the roles.",
      triggers: [plan],
    });
  }

  // A light verdict never stands beside a high-severity warning: the plan either answers it, or the warning is not that severe.
  const light = ["monitor", "targeted_coaching", "scoped_fix", "insufficient_evidence"].includes(recommendation.kind);
  return light ? flags.map((f) => (f.severity === "high" ? { ...f, severity: "medium" as const } : f)) : flags;
}
