import { RECOMMENDATION_LABELS } from "@/lib/diagnostic/recommend-intervention";
import type {
  TConstraintResult,
  TDecision,
  TFractionalRole,
  TInPlaceAdvice,
  TLever,
  TRecommendation,
  TRecommendationKind,
} from "@/lib/diagnostic/result-schemas";
import { ZConstraintClass } from "@/lib/diagnostic/result-schemas";
import type { TConstraintArea, TContextInput, TInterventionInput, TLeaderFunction, TScaleProbeQuestion } from "@/lib/diagnostic/schemas";
import { DURATIONS_V2, RULES_V2 as R } from "@/lib/diagnostic/v2/scoring-rules";
import { sideState, type TSideWeights } from "@/lib/diagnostic/v2/weigh-sides";


/** How the undecided-retention reason opens, so a leader's release can leave it out (release-audience.ts). */
export const UNDECIDED_RETENTION_WHY = "The company is undecided about ";
/** An operator for the system, named after where the constraint lives, not after the leader's title. */
const ROLE_BY_AREA: Record<TConstraintArea, TFractionalRole> = {
  revenue: { code: "REVOPS", title: "fractional revenue operations lead" },
  marketing: { code: "MOPS", title: "fractional marketing operations lead" },
  customer: { code: "CSOPS", title: "fractional customer success operations lead" },
  engineering_delivery: { code: "ENGOPS", title: "fractional engineering operations lead (delivery and on-call)" },
  product: { code: "PRODOPS", title: "fractional product operations lead" },
  operations_supply: { code: "SCOPS", title: "fractional operations and supply-chain lead" },
  finance: { code: "FINOPS", title: "fractional finance lead (reporting, close and cash)" },
  people: { code: "PEOPLEOPS", title: "fractional people operations lead" },
  leadership_system: { code: "COO", title: "fractional COO for the operating rhythm and decision rights" },
};

/** Who runs the function in the meantime when the leader is being replaced. */
const INTERIM_BY_FUNCTION: Record<TLeaderFunction, string> = {
  operations: "interim COO",
  sales_revenue: "interim head of sales",
  marketing: "interim head of marketing",
  customer_success: "interim head of customer success",
  product: "interim head of product",
  engineering: "interim head of engineering",
  technology: "interim CTO",
  finance: "interim CFO",
  people: "interim head of people",
  general_management: "interim general manager",
  other: "interim head of the function",
};

export const STRENGTH_PHRASES: Record<string, string> = {
  team_trust: "the trust within the team",
  domain: "deep knowledge of the product, customers and market",
  routines: "the routines that already work",
  relationships: "good working relationships with peers and the CEO",
  delivery: "a record of delivering under pressure",
};

export function leaderName(context: TContextInput, self: boolean): { subject: string; object: string; possessive: string } {
  if (self) return { subject: "you", object: "you", possessive: "your" };
  const title = context.leaderTitle?.trim();
  const name = title ? `the ${title}` : "the leader";
  return { subject: name, object: name, possessive: `${name}'s` };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const quoted = (results: readonly TConstraintResult[]) => results.map((r) => `“${r.title}”`).join(", ");
const list = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`);

export type TPerConstraintWeights = { result: TConstraintResult; weights: TSideWeights };

export type TRecommendV2Options = {
  context: TContextInput;
  intervention: TInterventionInput;
  kind: TRecommendationKind;
  perConstraint: readonly TPerConstraintWeights[];
  totals: TSideWeights;
  focusSkills: readonly TScaleProbeQuestion[];
  strength: string | undefined;
  self: boolean;
};

/** The operator follows one area only when it carries at least this share of the system side. */
const DOMINANT_AREA_SHARE = 0.6;

function roleFor(perConstraint: readonly TPerConstraintWeights[]): TFractionalRole {
  const byArea = new Map<TConstraintArea, number>();
  for (const { result, weights } of perConstraint) {
    const area = result.v2?.area ?? "leadership_system";
    byArea.set(area, (byArea.get(area) ?? 0) + weights.system);
  }
  const ranked = [...byArea.entries()].filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]);
  const total = ranked.reduce((s, [, w]) => s + w, 0);
  const [top] = ranked;
  // Spread over several areas with none dominant: an operator for the whole operating rhythm.
  if (!top || top[1] < DOMINANT_AREA_SHARE * total) return ROLE_BY_AREA.leadership_system;
  return ROLE_BY_AREA[top[0]];
}

function planDurationMonths(kind: TRecommendationKind, materialConstraints: number): number {
  const base =
    kind === "coaching" || kind === "fractional" || kind === "paired" || kind === "bridge" || kind === "targeted_coaching"
      ? DURATIONS_V2[kind]
      : kind === "scoped_fix"
        ? DURATIONS_V2.targeted_coaching
        : 0;
  const many = ["coaching", "fractional", "paired"].includes(kind) && materialConstraints >= DURATIONS_V2.manyConstraints;
  return base + (many ? DURATIONS_V2.extraForMany : 0);
}

/**
 * The decision in the client's terms: the primary lever and a scoped secondary step, what to do with
 * what is in place, which lever to fund first, and whether the plan fits the deadline.
 */
export function recommendInterventionV2(opts: TRecommendV2Options): { recommendation: TRecommendation; decision: Omit<TDecision, "whatWouldChange" | "firstThirtyDays" | "confidence"> & { durationMonths: number } } {
  const { context, intervention, kind, perConstraint, totals, focusSkills, strength, self } = opts;
  const results = perConstraint.map((p) => p.result);
  const who = leaderName(context, self);
  const leaderSide = sideState(totals.leader);
  const teamSide = sideState(totals.team);
  const systemSide = sideState(totals.system);
  const withSide = (side: keyof TSideWeights) => perConstraint.filter((p) => p.weights[side] > 0).map((p) => p.result);
  const systemConstraints = withSide("system");
  const leaderConstraints = withSide("leader");
  const teamConstraints = withSide("team");
  const materialCount = perConstraint.filter((p) => p.weights.system + p.weights.leader + p.weights.team >= R.material).length;
  const role = roleFor(perConstraint);
  const skills = focusSkills.map((q) => q.indicator.toLowerCase());
  const skillText = skills.length > 0 ? list(skills.slice(0, 2)) : "the habits that keep these constraints going";
  const durationMonths = planDurationMonths(kind, materialCount);
  const why: string[] = [];
  const checkAnswers: string[] = results.flatMap((r) => (r.v2?.checks ?? []).map((c) => `“${r.title}”: ${c}`));

  let primary: TDecision["primary"];
  let secondary: TDecision["secondary"] = null;
  const scopedFix = (): TDecision["secondary"] => ({
    lever: "scoped_fix",
    title: "Scoped fix of one system",
    sentence: `Name one internal owner to fix the system behind ${quoted(systemConstraints)} within four to six weeks, with a specialist for a few days if needed: a project, not an engagement.`,
  });
  const targeted = (): TDecision["secondary"] => ({
    lever: "targeted_coaching",
    title: "Targeted coaching on one skill",
    sentence: `Six to eight coaching sessions for ${who.object} on ${skillText}, from a coach who does no operating work.`,
  });
  const teamStep = (): TDecision["secondary"] => ({
    lever: "team_coaching",
    title: "Team sessions on adopting the new systems",
    sentence: `A few facilitated sessions with the permanent team on ${quoted(teamConstraints)}, so that what is installed is owned, not tolerated.`,
  });

  switch (kind) {
    case "insufficient_evidence":
      primary = { lever: "gather_evidence", title: "Gather evidence first", sentence: "Too many answers are \"don't know\" to choose a lever. Ask the people closest to the work, or invite a second respondent, then run the diagnostic again." };
      break;
    case "bridge": {
      const interim = INTERIM_BY_FUNCTION[context.leaderFunction];
      primary = {
        lever: "bridge",
        title: `An ${interim} as a bridge to the successor`,
        sentence: `An ${interim} runs the function${systemConstraints.length > 0 ? ` and rebuilds the system behind ${quoted(systemConstraints)}` : ""} until the successor starts, then hands over in writing. No coaching for the departing leader: it would not change the outcome.`,
      };
      if (teamConstraints.length > 0) secondary = teamStep();
      why.push("The company plans to replace the leader, so the plan protects the function in the meantime and sets the successor up to own it.");
      if (results.every((r) => r.class === "no_clear_deficit" || r.class === "insufficient_evidence")) {
        checkAnswers.push("The company plans a replacement, yet no constraint shows a clear deficit: is replacement the right call, or is the problem elsewhere?");
      }
      if (systemConstraints.some((r) => r.v2?.attribution === "system" || r.v2?.attribution === "mixed")) {
        why.push(`A capable successor would face ${quoted(systemConstraints.filter((r) => r.v2?.attribution !== "person"))} too: rebuild the system before the successor inherits it.`);
      }
      break;
    }
    case "paired": {
      const coachTarget = leaderSide === "material" && teamSide === "material" ? `${who.object} and the permanent team` : leaderSide === "material" ? who.object : "the permanent team";
      primary = {
        lever: "paired",
        title: "Scaffolded Ascent: an operator and a separate coach",
        sentence: `A ${role.title} rebuilds the system behind ${quoted(systemConstraints)} beside ${who.object}, while a separate executive coach develops ${coachTarget}${leaderSide === "material" ? ` on ${skillText}` : " in owning the new systems"}; the operator hands over against written exit criteria.`,
      };
      why.push(`Both sides are material: the system's side weighs ${totals.system}, the people side ${Math.max(totals.leader, totals.team)} (a side is material from ${R.material}).`);
      why.push("A coach alone would leave a better leader inside a broken system; an operator alone would leave a rebuilt system that nobody inside can run.");
      break;
    }
    case "fractional":
      primary = {
        lever: "fractional",
        title: `A ${role.title}`,
        sentence: `An operator for the system behind ${quoted(systemConstraints)}, working beside ${who.object}, who stays the executive; it ends with a written handoff.`,
      };
      why.push(`The system behind ${quoted(systemConstraints)} is what holds it in place; a capable person in the seat would face it too.`);
      if (leaderSide === "minor" || (leaderSide === "none" && skills.length > 0)) secondary = targeted();
      else if (teamSide !== "none") secondary = teamStep();
      break;
    case "coaching":
      if (leaderSide !== "material" && teamSide === "material") {
        primary = {
          lever: "team_coaching",
          title: "Coaching for the permanent team and its leader",
          sentence: `The systems for ${quoted(teamConstraints)} look sound, but the permanent team drops them. A coach works with ${who.object} and the team on owning them; no new systems and no new operator until they stick.`,
        };
        why.push("Adding another operator would install more of what the team already rejects: the Capabilities Trap.");
      } else {
        primary = {
          lever: "coaching",
          title: "Executive coaching",
          sentence: `A coach develops ${who.object} on ${skillText}, on live situations from ${quoted(leaderConstraints)}.`,
        };
        why.push(`${capitalize(who.possessive)} own habits keep ${quoted(leaderConstraints)} going, and the system around them looks workable.`);
      }
      if (systemSide === "minor") secondary = scopedFix();
      break;
    case "targeted_coaching":
      primary = { lever: "targeted_coaching", title: "Targeted coaching on one skill", sentence: targeted()!.sentence };
      why.push(`No constraint needs a full engagement; ${leaderConstraints.length > 0 ? `${quoted(leaderConstraints)} shows a narrow or borderline habit` : `the profile shows ${skillText} as a habit to work on`}.`);
      if (systemSide === "minor") secondary = scopedFix();
      break;
    case "scoped_fix":
      primary = { lever: "scoped_fix", title: "Scoped fix of one system", sentence: scopedFix()!.sentence };
      why.push(`The deficit behind ${quoted(systemConstraints)} is narrow: one part of the system, which a short project can fix.`);
      break;
    case "monitor":
    default:
      primary = { lever: "monitor", title: "No engagement: review in a quarter", sentence: `Nothing here calls for outside help. Keep the normal review rhythm and re-run the diagnostic in a quarter, or sooner if an answer moves to "clearly".` };
      why.push("No constraint shows a deficit that an engagement would repay.");
      break;
  }

  if (context.retentionIntent === "undecided" && kind !== "monitor" && kind !== "insufficient_evidence") {
    why.push(`${UNDECIDED_RETENTION_WHY}${who.object}: the plan is also the fairest test, since its exit criteria show within a quarter whether ${who.subject} can run what is built.`);
  }
  const unknown = results.filter((r) => r.class === "insufficient_evidence");
  if (unknown.length > 0 && kind !== "insufficient_evidence") why.push(`${quoted(unknown)} had too many unknown answers to weigh in.`);
  const narrow = perConstraint.filter((p) => p.weights.system > 0 && p.weights.system < R.material).map((p) => p.result);
  if (secondary?.lever === "scoped_fix" && narrow.length > 0) why.push(`${quoted(narrow)} rests on a narrow or borderline system gap: a scoped fix, not a second engagement.`);

  const planCoach = ["coaching", "paired", "targeted_coaching"].includes(kind) || secondary?.lever === "targeted_coaching" || secondary?.lever === "team_coaching";
  const planOperator = ["fractional", "paired", "bridge"].includes(kind);
  const inPlace = adviseInPlace({ intervention, context, kind, primary, secondary, planCoach, planOperator, who, role, teamMaterial: teamSide === "material", personSignals: totals.leader > 0 || focusSkills.length > 0 });
  if (context.retentionIntent === "keep" && intervention.current === "replace_executive") {
    checkAnswers.push("The company wants to keep the leader, yet a search for a successor is under way: which is it?");
  }

  const paidLevers = (planCoach ? 1 : 0) + (planOperator ? 1 : 0);
  let fundFirst: string | null = null;
  if (context.budget === "one" && paidLevers === 2) {
    const operatorFirst = totals.system >= Math.max(totals.leader, totals.team) || (context.deadlineMonths !== undefined && context.deadlineMonths <= 6);
    fundFirst = operatorFirst
      ? `Fund the operator first: the system is on the critical path${context.deadlineMonths ? " to the deadline" : ""}. Add the coach once the first system is in place (around month 3); until then the sponsor holds a monthly check-in with ${who.object}.`
      : `Fund the coach first: ${who.possessive} habits would undo any new system. Add the operator around month 3, once ${who.subject} can co-own the rebuild.`;
  }

  let deadlineFit: TDecision["deadlineFit"] = null;
  const deadline = context.deadlineMonths;
  if (deadline !== undefined && durationMonths > 0) {
    if (durationMonths <= deadline) {
      deadlineFit = { fits: true, sentence: `The plan's ${durationMonths} months fit the ${deadline}-month deadline${deadline - durationMonths >= 2 ? `, leaving ${deadline - durationMonths} months for the new way of working to prove itself` : ", with little room to spare"}.` };
    } else {
      const how = planOperator
        ? `front-load the operator (three or more days a week) so the critical system is in place by month ${Math.max(1, deadline - 1)}, and judge the handoff on the fewest criteria that matter; or move the date.`
        : `coaching shows in the work only after some months: by the deadline expect early change, not a finished result; or move the date.`;
      deadlineFit = { fits: false, sentence: `This does not fit: the plan needs about ${durationMonths} months and the deadline is ${deadline}. To get closer, ${how}` };
    }
  }

  const rule =
    kind === "paired"
      ? "Both the system side and a people side are material (weight 1 or more)."
      : kind === "fractional" || kind === "coaching"
        ? "One side is material, the other minor or absent: its own lever, with a scoped step for the minor side."
        : kind === "targeted_coaching" || kind === "scoped_fix"
          ? "Only minor or narrow deficits: a light, specific step instead of an engagement."
          : kind === "bridge"
            ? "A replacement is planned: a bridge to the successor, never coaching for the departing leader."
            : kind === "monitor"
              ? "No side carries a deficit: no engagement."
              : "Every constraint lacks evidence: gather it first.";

  const headline = `${primary.title}${secondary ? `, with ${secondary.title.charAt(0).toLowerCase()}${secondary.title.slice(1)}` : ""}.`;
  const includesCoaching = planCoach;
  const includesFractional = planOperator;
  const byClass = Object.fromEntries(ZConstraintClass.options.map((c) => [c, results.filter((r) => r.class === c).map((r) => r.constraintId)]));
  const strengthPhrase = strength ? STRENGTH_PHRASES[strength] : undefined;
  if (strengthPhrase && kind !== "monitor" && kind !== "insufficient_evidence") why.push(`The plan builds on ${strengthPhrase}.`);

  return {
    recommendation: {
      kind,
      label: RECOMMENDATION_LABELS[kind],
      headline,
      why: why.length > 0 ? why : ["See the constraints below."],
      fractionalRole: planOperator ? (kind === "bridge" ? { code: "INTERIM", title: INTERIM_BY_FUNCTION[context.leaderFunction] } : role) : null,
      includesCoaching,
      includesFractional,
      handoffRequired: planOperator,
      constraintIdsByClass: byClass as TRecommendation["constraintIdsByClass"],
    },
    decision: { primary, secondary, inPlace, fundFirst, deadlineFit, checkAnswers, rule, durationMonths },
  };
}

function adviseInPlace(o: {
  intervention: TInterventionInput;
  context: TContextInput;
  kind: TRecommendationKind;
  primary: TDecision["primary"];
  secondary: TDecision["secondary"];
  planCoach: boolean;
  planOperator: boolean;
  who: ReturnType<typeof leaderName>;
  role: TFractionalRole;
  teamMaterial: boolean;
  /** Any sign on the person's side (a leader deficit, a profile habit): a coach in place may still help. */
  personSignals: boolean;
}): TInPlaceAdvice[] {
  const { intervention, context, kind, primary, secondary, planCoach, planOperator, who, teamMaterial } = o;
  const current = intervention.current;
  const status = intervention.status;
  const advice: TInPlaceAdvice[] = [];
  const add = (what: string, why: string) => advice.push({ action: "add", subject: "new", what, why });
  // The decision above already describes each lever; here it is enough to say why it is added.
  const addPlan = (except: TLever[] = []) => {
    if (!except.includes(primary.lever) && !["monitor", "gather_evidence"].includes(primary.lever)) add(capitalize(primary.title), "The lever this plan rests on; nothing in place covers it.");
    if (secondary && !except.includes(secondary.lever)) add(capitalize(secondary.title), "A scoped step for the smaller side, instead of a second engagement.");
  };
  const notWorking = status === "not_working" || status === "mixed";

  // Without evidence nothing in place is judged, except that a leader the company will replace is not coached.
  if (kind === "insufficient_evidence" && current !== "none") {
    const hasCoach = current === "coaching" || current === "coaching_and_fractional";
    if (hasCoach && context.retentionIntent === "replace") {
      advice.push({ action: "stop", subject: "coach", what: "Coaching for the departing leader", why: "It would not change the outcome of a replacement the company has decided." });
    }
    const rest = hasCoach && context.retentionIntent === "replace" ? (current === "coaching_and_fractional" ? "The fractional executive" : null) : "What is in place";
    if (rest) {
      advice.push({ action: "keep", subject: current === "coaching" ? "coach" : current === "board_mentor" ? "mentor" : current === "replace_executive" ? "search" : current === "working_manager_coach" ? "mixed_role" : "operator", what: `${rest}, for now`, why: "Judge it once the missing answers are in." });
    }
    return advice;
  }

  switch (current) {
    case "none":
      if (kind === "monitor") advice.push({ action: "keep", subject: "rhythm", what: "The normal review rhythm", why: "No engagement is needed: review in a quarter." });
      else if (kind === "insufficient_evidence") advice.push({ action: "keep", subject: "rhythm", what: "Things as they are, for now", why: "Choose a lever once the missing answers are in." });
      else addPlan();
      break;
    case "coaching":
      if (planCoach && kind !== "bridge") {
        advice.push(
          notWorking
            ? { action: "rescope", subject: "coach", what: "The coaching", why: `Re-contract it on ${primary.lever === "team_coaching" ? "the team's ownership of the systems" : "the goals in this plan"}, with a goal visible in the work within two months; change coach if nothing moves.` }
            : { action: "keep", subject: "coach", what: "The coach", why: "Coaching fits the behavioral side of this plan." },
        );
        // The coach in place is the Ascent's coach: only the operator is added.
        if (kind === "paired") add(capitalize(o.role.title), "The operator rebuilds the system beside the leader; the coach in place keeps developing the people who must run it.");
        else addPlan(["coaching", "targeted_coaching", "team_coaching"]);
      } else if (kind === "bridge") {
        advice.push({ action: "stop", subject: "coach", what: "Coaching for the departing leader", why: "It would not change the outcome; keep the budget for the successor's first months." });
        addPlan();
      } else if (planOperator && !o.personSignals && status === "not_working") {
        advice.push({ action: "stop", subject: "coach", what: "The coaching", why: "The constraint sits in the system and the coaching is not moving it: each further month pays the misapplication tax." });
        addPlan();
      } else if (planOperator) {
        advice.push({ action: "rescope", subject: "coach", what: "The coaching", why: `Point it at helping ${who.object} lead through the rebuild; it cannot rewrite the system itself.` });
        addPlan();
      } else {
        advice.push({ action: "stop", subject: "coach", what: "The coaching", why: kind === "monitor" ? "Nothing here calls for it any longer; end it at the next natural break." : "The constraint sits in the system: coaching cannot fix it, and each month on it is paid for in lost results." });
        addPlan();
      }
      break;
    case "fractional":
      if (planOperator) {
        advice.push(
          intervention.endDateSet === "no"
            ? { action: "rescope", subject: "operator", what: "The fractional engagement", why: "Keep it, but agree an end date and written exit criteria now." }
            : notWorking
              ? { action: "rescope", subject: "operator", what: "The fractional engagement", why: `Re-brief it on the system behind the constraints and give ${who.object} co-ownership of each change.` }
              : { action: "keep", subject: "operator", what: "The fractional executive", why: "An operator fits the system side of this plan." },
        );
        addPlan(["fractional", "bridge", "paired"]);
        if (kind === "paired") add("A separate executive coach", "The operator rebuilds; the coach develops the people who must run it. Two people, two roles.");
      } else if (teamMaterial) {
        advice.push({ action: "rescope", subject: "operator", what: "The fractional engagement", why: "Move it to an advisory handoff: stop installing new systems until the permanent team owns the ones in place." });
        addPlan();
      } else {
        advice.push({ action: "stop", subject: "operator", what: "The fractional engagement", why: kind === "monitor" ? "Nothing calls for an operator now; hand over and end it." : "Systems do not change how a leader leads: the constraint is behavioral." });
        addPlan();
      }
      break;
    case "board_mentor":
      advice.push({ action: "rescope", subject: "mentor", what: "The board member's mentoring", why: "Keep them as sponsor who holds the plan to its exit criteria; occasional advice cannot stand in for coaching or execution support." });
      addPlan();
      break;
    case "working_manager_coach":
      advice.push({
        action: "rescope",
        subject: "mixed_role",
        what: "The coach who also does operating work",
        why: planOperator
          ? kind === "bridge"
            ? "Keep this person as the interim operator only, with no coaching role: the departing leader is not coached."
            : "Split the two roles: keep this person as the operator, and bring in a separate coach; one person cannot be a neutral mirror and a decisive captain."
          : planCoach
            ? "Split the two roles: keep this person as coach only, with no operating decisions."
            : "End the mixed role; nothing here needs either half now.",
      });
      // The secondary step still has to be arranged, unless the person kept as coach covers it.
      if (secondary && !(!planOperator && ["targeted_coaching", "team_coaching"].includes(secondary.lever))) add(capitalize(secondary.title), "A scoped step for the smaller side, instead of a second engagement.");
      if (planOperator && planCoach && kind !== "bridge") add("A separate executive coach", "A different person from the operator, so the leader knows who is mirror and who is captain.");
      break;
    case "coaching_and_fractional":
      if (kind === "paired") {
        advice.push({ action: "keep", subject: "operator", what: "The fractional executive", why: intervention.endDateSet === "no" ? "An operator fits this plan; agree the end date and exit criteria now." : "An operator fits the system side of this plan." });
        advice.push({ action: "keep", subject: "coach", what: "The coach", why: "Coaching fits the people side of this plan; keep the two roles with two people." });
      } else {
        if (planOperator) advice.push({ action: "keep", subject: "operator", what: "The fractional executive", why: "An operator fits this plan." });
        else advice.push({ action: "stop", subject: "operator", what: "The fractional engagement", why: "The system side does not need an operator." });
        if (planCoach && kind !== "bridge") advice.push({ action: "keep", subject: "coach", what: "The coach", why: "Coaching fits this plan." });
        else advice.push({ action: kind === "bridge" ? "stop" : "rescope", subject: "coach", what: "The coaching", why: kind === "bridge" ? "No coaching for the departing leader." : "Point it at leading through the rebuild, or end it." });
        addPlan(["fractional", "coaching", "bridge", "targeted_coaching", "team_coaching"]);
      }
      break;
    case "replace_executive":
      if (context.retentionIntent === "replace") {
        advice.push({ action: "keep", subject: "search", what: "The search for a successor", why: "Brief the search on the system problems the successor will inherit." });
        addPlan();
      } else {
        advice.push({ action: "rescope", subject: "search", what: "The search for a successor", why: "Pause it until the company decides: the answers say it wants to keep the leader." });
        addPlan();
      }
      break;
  }
  if (advice.length === 0) advice.push({ action: "keep", subject: "rhythm", what: "Things as they are", why: "Nothing in place conflicts with the plan." });
  return advice;
}

