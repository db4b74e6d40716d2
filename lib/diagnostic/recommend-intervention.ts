import type {
  TConstraintClass,
  TConstraintResult,
  TFractionalRole,
  TRecommendation,
  TRecommendationKind,
} from "@/lib/diagnostic/result-schemas";
import { ZConstraintClass } from "@/lib/diagnostic/result-schemas";
import type { TContextInput, TInterventionInput, TLeaderFunction } from "@/lib/diagnostic/schemas";

const ROLE_BY_FUNCTION: Record<TLeaderFunction, TFractionalRole> = {
  operations: { code: "COO", title: "fractional COO" },
  sales_revenue: { code: "CRO", title: "fractional CRO" },
  marketing: { code: "CMO", title: "fractional CMO" },
  technology: { code: "CTO", title: "fractional CTO" },
  finance: { code: "CFO", title: "fractional CFO" },
  product: { code: "CPO", title: "fractional Chief Product Officer" },
  people: { code: "CHRO", title: "fractional Chief People Officer" },
  // A struggling general manager usually needs an operator beside them, i.e. a COO.
  general_management: { code: "COO", title: "fractional COO" },
  // Functions added in questionnaire v2, where the role follows the constraint's area instead.
  customer_success: { code: "CCO", title: "fractional customer success leader" },
  engineering: { code: "VPE", title: "fractional VP Engineering" },
  other: { code: "EXEC", title: "fractional executive for the function" },
};

export function fractionalRoleFor(fn: TLeaderFunction): TFractionalRole {
  return ROLE_BY_FUNCTION[fn];
}

export function leaderReference(context: Pick<TContextInput, "leaderTitle">): string {
  const title = context.leaderTitle?.trim();
  return title ? `the ${title}` : "the leader";
}

/** The name of each recommendation, as every page, report and export shows it. */
export const RECOMMENDATION_LABELS: Record<TRecommendationKind, string> = {
  coaching: "Executive coaching",
  targeted_coaching: "Targeted coaching on one skill",
  fractional: "Fractional leadership with a handoff",
  scoped_fix: "Scoped fix of one system",
  paired: "Scaffolded Ascent (fractional leader and separate coach)",
  bridge: "Interim bridge to a successor",
  monitor: "No engagement: monitor",
  insufficient_evidence: "Insufficient evidence",
};

function titles(results: readonly TConstraintResult[]): string {
  return results.map((r) => `“${r.title}”`).join(", ");
}

export type TRecommendInterventionOptions = {
  context: TContextInput;
  constraints: readonly TConstraintResult[];
  intervention?: TInterventionInput;
};

/**
 * Chooses the lever from the constraint classes: behavioral deficits call for coaching, execution
 * deficits for a fractional leader, any mix (or a dual constraint) for both as separate people.
 * A leader with no deficit is never sold an engagement.
 */
export function recommendIntervention({ context, constraints, intervention }: TRecommendInterventionOptions): TRecommendation {
  const byClass = Object.fromEntries(
    ZConstraintClass.options.map((c) => [c, constraints.filter((r) => r.class === c).map((r) => r.constraintId)]),
  ) as Record<TConstraintClass, string[]>;
  const of = (...classes: TConstraintClass[]) => constraints.filter((r) => classes.includes(r.class));

  const behavioral = of("behavioral", "dual");
  const execution = of("execution", "dual");
  const unknown = of("insufficient_evidence");
  const leader = leaderReference(context);
  const role = fractionalRoleFor(context.leaderFunction);

  let kind: TRecommendationKind;
  if (unknown.length === constraints.length) kind = "insufficient_evidence";
  else if (behavioral.length > 0 && execution.length > 0) kind = "paired";
  else if (behavioral.length > 0) kind = "coaching";
  else if (execution.length > 0) kind = "fractional";
  else kind = "monitor";

  const why: string[] = [];
  if (behavioral.length > 0) why.push(`The leader's own habits hold back ${titles(behavioral)}.`);
  if (execution.length > 0) why.push(`The operating system around the leader holds back ${titles(execution)}.`);
  const dual = of("dual");
  if (dual.length > 0) {
    why.push(`${titles(dual)} ${dual.length === 1 ? "has" : "have"} both causes at once, so fixing either side alone leaves the other in place.`);
  }

  let headline: string;
  switch (kind) {
    case "paired":
      headline = `Pair a ${role.title} who rebuilds the system with a separate executive coach who develops ${leader}: a Scaffolded Ascent.`;
      why.push("Coaching alone leaves a better leader inside a broken system; a fractional leader alone leaves a rebuilt system nobody inside can run.");
      why.push("The two roles stay with two different people: the operator decides, the coach reflects.");
      break;
    case "coaching":
      headline = `Executive coaching for ${leader}: the constraint lies in how they lead, not in the system around them.`;
      why.push("The structures around the leader look sound, so an outside operator would add cost without removing the constraint.");
      break;
    case "fractional":
      headline = `Bring in a ${role.title} to rebuild the operating system, with a planned handoff to the permanent executive.`;
      why.push("The leader's own habits look sound, so coaching would not remove a structural constraint.");
      why.push("The engagement ends with a written handoff so the permanent executive owns the new system.");
      if (intervention && intervention.permanentOwner !== "yes") {
        why.push("No permanent owner is named yet: name one before the fractional leader starts.");
      }
      break;
    case "monitor":
      headline = "No engagement needed: keep an eye on the constraints and review them in a quarter.";
      why.push("No constraint shows a clear deficit on either axis, so an engagement would cost more than it returns.");
      break;
    case "insufficient_evidence":
      headline = "Not enough evidence to recommend anything yet: fill in the unknown answers first.";
      why.push("Every constraint has too many \"don't know\" answers to place it on either axis.");
      break;
  }

  const stretched = constraints.filter((r) => typeof r.complexityExceedsExperience === "number" && r.complexityExceedsExperience >= 2);
  if ((kind === "paired" || kind === "coaching") && stretched.length > 0) {
    why.push(`The role has outgrown the leader's experience on ${titles(stretched)}; coaching helps close that gap while the work goes on.`);
  }
  if (unknown.length > 0 && kind !== "insufficient_evidence") {
    why.push(`${titles(unknown)} had too many unknown answers and did not weigh in the recommendation.`);
  }

  const includesCoaching = kind === "coaching" || kind === "paired";
  const includesFractional = kind === "fractional" || kind === "paired";
  return {
    kind,
    label: RECOMMENDATION_LABELS[kind],
    headline,
    why,
    fractionalRole: includesFractional ? role : null,
    includesCoaching,
    includesFractional,
    handoffRequired: includesFractional,
    constraintIdsByClass: byClass,
  };
}
