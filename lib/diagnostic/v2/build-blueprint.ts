import { addDays, HANDOFF_KPI_HOLD_WEEKS, HANDOFF_UNAIDED_CYCLES, MONITOR_REVIEW_WEEKS } from "@/lib/diagnostic/build-blueprint";
import type { TBlueprint, TConstraintResult, TDecision, TKpi, TRecommendation } from "@/lib/diagnostic/result-schemas";
import type { TConstraintArea, TContextInput, TScaleProbeQuestion } from "@/lib/diagnostic/schemas";
import { findCatalogConstraintV2 } from "@/lib/diagnostic/v2/constraint-catalog";
import { STRENGTH_PHRASES, type TPerConstraintWeights } from "@/lib/diagnostic/v2/recommend-intervention";

/** Indicators by area, used after a catalog constraint's own and for custom constraints. */
const AREA_INDICATORS: Record<TConstraintArea, readonly string[]> = {
  revenue: ["Forecast accuracy at mid-quarter", "Win rate on qualified pipeline", "Sales cycle length"],
  marketing: ["Qualified pipeline from marketing programmes", "Cost per qualified opportunity", "Lead-to-opportunity conversion"],
  customer: ["Gross revenue retention", "Time to first value for new customers", "Accounts at risk with an owner and a plan"],
  engineering_delivery: ["Change failure rate", "Lead time from commit to production", "Incidents with customer impact per month"],
  product: ["Roadmap commitments delivered per quarter", "Adoption of shipped features after 60 days", "Decisions on the roadmap taken at the agreed forum"],
  operations_supply: ["On-time, in-full deliveries", "Forecast accuracy of demand", "Inventory turns"],
  finance: ["Working days to close the books", "Budget variance explained at month-end", "Cash forecast accuracy"],
  people: ["Time to fill key roles", "Regretted attrition", "Managers with a documented performance conversation this quarter"],
  leadership_system: ["Decisions closed at the level that owns them", "Operating-review actions closed on time", "Priorities the team can state in the same words"],
};
const MAX_INDICATORS = 8;

function indicatorsFor(results: readonly TConstraintResult[], coachingSkills: readonly TScaleProbeQuestion[]): TKpi[] {
  const seen = new Set<string>();
  const out: TKpi[] = [];
  const push = (name: string, why: string) => {
    if (seen.has(name.toLowerCase()) || out.length >= MAX_INDICATORS) return;
    seen.add(name.toLowerCase());
    out.push({ name, why });
  };
  // Each constraint's own indicators first, then its area's, taking turns so every constraint is covered.
  const perConstraint = results.map((r) => {
    const own = r.catalogId ? (findCatalogConstraintV2(r.catalogId)?.indicators ?? []) : [];
    const area = AREA_INDICATORS[r.v2?.area ?? "leadership_system"];
    return { r, names: [...own, ...area] };
  });
  for (let i = 0; i < 5; i += 1) {
    for (const { r, names } of perConstraint) {
      const name = names[i];
      if (name) push(name, `Shows whether “${r.title}” is easing.`);
    }
  }
  for (const skill of coachingSkills.slice(0, 2)) push(`${skill.indicator}: rated by the sponsor and two direct reports each quarter`, "Shows the coaching in the work, not only in sessions.");
  return out;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export type TBuildBlueprintV2Options = {
  context: TContextInput;
  recommendation: TRecommendation;
  decision: Pick<TDecision, "primary" | "secondary">;
  durationMonths: number;
  perConstraint: readonly TPerConstraintWeights[];
  focusSkills: readonly TScaleProbeQuestion[];
  strengths: readonly string[];
  strength: string | undefined;
  leader: string;
  asOf?: string;
};

/** Roles, phases, handoff and indicators fitted to the constraints, the strengths and who backs the change. */
export function buildBlueprintV2(o: TBuildBlueprintV2Options): TBlueprint {
  const { recommendation, decision, durationMonths, perConstraint, focusSkills, leader, asOf } = o;
  const kind = recommendation.kind;
  const results = perConstraint.map((p) => p.result);
  const weighed = perConstraint.filter((p) => p.weights.leader + p.weights.system + p.weights.team > 0).map((p) => p.result);
  if (kind === "insufficient_evidence") {
    return {
      kind: "gather_evidence",
      name: "Gather evidence before choosing a lever",
      steps: [
        `Ask the people closest to the work about the "don't know" answers on ${results.map((r) => `“${r.title}”`).join(", ")}.`,
        "Sit in on two operating meetings and look at the numbers they run on.",
        "Invite a second respondent (the manager or a peer) to answer the constraint questions.",
        "Run the diagnostic again with the new answers.",
      ],
    };
  }
  if (kind === "monitor") {
    return {
      kind: "monitor",
      name: "Monitor, no engagement",
      reviewAfterWeeks: MONITOR_REVIEW_WEEKS,
      reviewDate: asOf ? addDays(asOf, MONITOR_REVIEW_WEEKS * 7) : null,
      watch: [...results.map((r) => `“${r.title}”: re-run the diagnostic if any answer moves to "clearly" or worse.`), "Keep the normal review rhythm with the manager; no outside engagement is needed."],
      kpis: indicatorsFor(results, []).slice(0, 4),
    };
  }

  const operator = recommendation.includesFractional;
  const coaching = recommendation.includesCoaching;
  const teamCoaching = decision.primary.lever === "team_coaching" || decision.secondary?.lever === "team_coaching";
  const roleTitle = recommendation.fractionalRole?.title ?? "operator";
  const totalWeeks = Math.max(6, Math.round((durationMonths * 52) / 12));
  const diagnoseEnd = Math.max(2, Math.round(totalWeeks * 0.15));
  const installEnd = Math.max(diagnoseEnd + 1, Math.round(totalWeeks * 0.75));
  const skills = focusSkills.map((q) => q.indicator.toLowerCase());

  const roles: Extract<TBlueprint, { kind: "engagement" }>["roles"] = [];
  if (operator) {
    roles.push({
      role: "fractional_leader",
      title: capitalize(roleTitle),
      mandate:
        kind === "bridge"
          ? "Runs the function until the successor starts, rebuilds what the successor would otherwise inherit, and hands over in writing."
          : `An operator for the system, beside ${leader}, who stays the executive: rebuilds what holds the constraints in place and hands each system over as it is installed.`,
      decisionRights: [
        "Sets and chairs the weekly operating review until the handoff phase",
        "Defines the metrics and owns one dashboard of record",
        "Writes the decision-rights map with the sponsor, and changes process and tooling within the function",
        "Proposes incentive changes; the CEO and board approve them",
      ],
    });
  }
  if (coaching) {
    roles.push({
      role: "coach",
      title: operator ? "Executive coach (a different person from the operator)" : "Executive coach",
      mandate: teamCoaching && decision.primary.lever === "team_coaching"
        ? `Neutral mirror for ${leader} and the permanent team: works on owning the systems that exist, on live situations; takes no operating decisions.`
        : `Neutral mirror: develops ${leader}${skills.length > 0 ? ` on ${skills.join(", ")}` : ""}, on live situations; takes no operating decisions and keeps sessions confidential.`,
      decisionRights: ["Agrees development goals with the leader and the sponsor", "None over operations, by design"],
    });
  }
  if (kind === "scoped_fix") {
    roles.push({ role: "permanent_executive", title: "Internal owner of the fix", mandate: "Fixes the one system in four to six weeks, with a specialist for a few days if needed.", decisionRights: ["Changes to that system, within the function"] });
  }
  roles.push({
    role: "permanent_executive",
    title: kind === "bridge" ? "The successor (permanent executive)" : capitalize(`${leader} (permanent executive)`),
    mandate: operator
      ? "Co-owns every change from week one and takes over each system as it is installed; owns the result after the handoff."
      : "Keeps full ownership of the function and applies the coaching to real decisions between sessions.",
    decisionRights: operator ? ["Every decision not explicitly given to the operator", "Chairs the operating review from the handoff phase on"] : ["All decisions of the role, unchanged"],
  });
  roles.push({
    role: "board_sponsor",
    title: "Sponsor (the CEO or a board member)",
    mandate: "Holds everyone to the exit criteria, settles conflicts between mandates, and signs off the handoff.",
    decisionRights: ["Approves pay and organisation changes", "Signs off each exit criterion"],
  });

  const exitCriteria = operator
    ? [
        `${capitalize(kind === "bridge" ? "the successor" : leader)} chairs the operating review without the operator for ${HANDOFF_UNAIDED_CYCLES} consecutive cycles.`,
        `The indicators below stay at or above target for ${HANDOFF_KPI_HOLD_WEEKS} weeks after the operator steps back to an advisory role.`,
        "Decision rights are written down, approved by the CEO and the sponsor, and shared with the team.",
        "Every new process, dashboard and tool has a named owner inside the permanent team.",
        ...(coaching ? ["The coach and the leader confirm the development goals are met in a closing review with the sponsor."] : []),
      ]
    : kind === "scoped_fix"
      ? ["The system is fixed and has a named owner.", `The indicators below hold for ${HANDOFF_KPI_HOLD_WEEKS} weeks.`, "The owner reviews it in the normal operating rhythm, without outside help."]
      : [
          "The development goals agreed at the start are met, judged by the leader, the sponsor and a short repeat of peer feedback.",
          `${capitalize(leader)} handles ${HANDOFF_UNAIDED_CYCLES} consecutive high-stakes decisions or conflicts without escalating them.`,
          `The indicators below hold for ${HANDOFF_KPI_HOLD_WEEKS} weeks after the sessions taper off.`,
        ];

  const strengthPhrase = o.strength ? STRENGTH_PHRASES[o.strength] : undefined;
  const buildsOn = [...(strengthPhrase ? [capitalize(strengthPhrase)] : []), ...o.strengths].slice(0, 4);
  const coalition = [
    "The sponsor states the case for change to the team before anything is installed.",
    "Two or three respected people from the permanent team help design each change and speak for it.",
    "Structural changes (decision rights, pay, reporting lines) come only after that support is in place.",
  ];

  const names: Record<typeof kind, string> = {
    coaching: decision.primary.lever === "team_coaching" ? "Coaching for the team and its leader" : "Executive coaching",
    targeted_coaching: "Targeted coaching",
    fractional: capitalize(`${roleTitle} with handoff`),
    scoped_fix: "Scoped fix",
    paired: "Scaffolded Ascent",
    bridge: capitalize(`${roleTitle} as a bridge to the successor`),
  };
  const engagement = kind as Extract<TBlueprint, { kind: "engagement" }>["engagement"];

  return {
    kind: "engagement",
    engagement,
    name: names[kind],
    durationMonths: Math.max(1, durationMonths),
    roles,
    phases: [
      {
        id: "diagnose_unfreeze",
        name: "Diagnose and unfreeze",
        startWeek: 1,
        endWeek: diagnoseEnd,
        goals: [
          "Confirm the causes with the people doing the work",
          "Agree mandates, decision rights and exit criteria in writing",
          ...(buildsOn.length > 0 ? [`Name what already works (${buildsOn[0]!.toLowerCase()}) and keep it`] : []),
          "Enlist the people who will back the change before any structure moves",
        ],
      },
      {
        id: "install_and_develop",
        name: operator && coaching ? "Install systems and develop the people in parallel" : operator ? "Install systems with the permanent executive alongside" : kind === "scoped_fix" ? "Fix the system" : "Develop on live work",
        startWeek: diagnoseEnd + 1,
        endWeek: installEnd,
        goals: [
          ...(operator ? ["Install the review rhythm, the dashboard and the decision rights, one system at a time"] : []),
          ...(coaching ? [teamCoaching ? "Work with the team on owning the systems, one at a time" : `Coach ${leader} on the situations where the constraints show up`] : []),
          ...(kind === "scoped_fix" ? ["Fix the one system behind the constraint, with its owner"] : []),
          "Review progress against the indicators every month with the sponsor",
        ],
      },
      {
        id: "handoff_refreeze",
        name: "Hand off and refreeze",
        startWeek: installEnd + 1,
        endWeek: Math.max(installEnd + 1, totalWeeks),
        goals: ["Move ownership to the permanent team step by step", "Lock the new ways of working into routines, roles and pay", "Check each exit criterion before the engagement ends"],
      },
    ],
    handoff: {
      summary: operator
        ? "The operator steps back in stages, from running the system to reviewing it to being on call, and leaves once every exit criterion holds."
        : kind === "scoped_fix"
          ? "The fix closes when its owner runs it without help."
          : "Coaching tapers from fortnightly to monthly and closes once every exit criterion holds.",
      exitCriteria,
    },
    kpis: indicatorsFor(weighed.length > 0 ? weighed : results, coaching ? focusSkills : []),
    buildsOn,
    coalition,
  };
}
