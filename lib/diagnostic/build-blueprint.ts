import { findCatalogConstraint } from "@/lib/diagnostic/constraint-catalog";
import { leaderReference } from "@/lib/diagnostic/recommend-intervention";
import type { TBlueprint, TConstraintResult, TKpi, TRecommendation } from "@/lib/diagnostic/result-schemas";
import type { TContextInput, TLeaderFunction } from "@/lib/diagnostic/schemas";

/** Planning durations in months. Typical engagement lengths, not research findings. */
export const BLUEPRINT_BASE_MONTHS = { coaching: 6, fractional: 6, paired: 9 } as const;
/** Three or more constraints with a deficit add one quarter to any engagement. */
export const MANY_CONSTRAINTS = 3;
export const EXTRA_MONTHS_FOR_MANY_CONSTRAINTS = 3;
/** Handoff exit criteria. */
export const HANDOFF_UNAIDED_CYCLES = 4;
export const HANDOFF_KPI_HOLD_WEEKS = 8;
/** Monitoring-only: review after a quarter. */
export const MONITOR_REVIEW_WEEKS = 12;
export const MAX_KPIS = 8;

const FUNCTION_KPIS: Record<TLeaderFunction, readonly string[]> = {
  operations: ["On-time delivery against commitments", "Decisions closed without founder escalation"],
  sales_revenue: ["Pipeline coverage against quota", "Win rate and average discount"],
  marketing: ["Pipeline sourced under the agreed attribution model", "Lead-to-opportunity conversion"],
  technology: ["Deployment frequency", "Share of releases causing incidents (change failure rate)"],
  finance: ["Days to close the books", "Cash forecast accuracy"],
  product: ["Roadmap commitments delivered", "Adoption of shipped features"],
  people: ["Time to fill key roles", "Regretted attrition"],
  // Functions added in questionnaire v2; v1 never offers them.
  customer_success: ["Net revenue retention", "Time to first value for new customers"],
  engineering: ["Deployment frequency", "Share of releases causing incidents (change failure rate)"],
  general_management: ["Plan attainment across functions", "Decisions closed at the right level"],
  other: ["Attainment of the function's agreed goals"],
};

/** Decision rights a fractional leader needs, keyed by the execution probe that showed the gap. */
const DECISION_RIGHTS: Record<string, string> = {
  probe_e_decision_rights: "Drafts the written decision-rights map (who decides, who is consulted) and enforces it",
  probe_e_cadence: "Sets and chairs the weekly operating review until handoff",
  probe_e_metrics: "Defines the KPIs and owns the single dashboard of record",
  probe_e_incentives: "Redesigns incentives and compensation, for approval by the CEO and board",
  probe_e_process_tooling: "Decides process, tooling and pipeline changes within the function",
  probe_e_interfaces: "Agrees shared definitions with peer functions (e.g. attribution rules), escalating deadlocks to the sponsor",
};
const DEFAULT_RIGHTS = ["probe_e_cadence", "probe_e_metrics"];

const hasDeficit = (r: TConstraintResult) => r.class === "behavioral" || r.class === "execution" || r.class === "dual";
const unique = <T>(xs: readonly T[]) => [...new Set(xs)];
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function kpisFor(context: TContextInput, results: readonly TConstraintResult[], coaching: boolean): TKpi[] {
  const fromConstraints = results.flatMap((r) => {
    const entry = r.catalogId ? findCatalogConstraint(r.catalogId) : undefined;
    return (entry?.kpis ?? []).map((name) => ({ name, why: `Shows whether “${r.title}” is easing.` }));
  });
  const fromFunction = FUNCTION_KPIS[context.leaderFunction].map((name) => ({ name, why: "Core health measure for the leader's function." }));
  const fromCoaching = coaching
    ? [{ name: "Decisions taken at the leader's level without escalation", why: "Shows the leader's development in day-to-day behaviour, not just in sessions." }]
    : [];
  const seen = new Set<string>();
  return [...fromConstraints, ...fromFunction, ...fromCoaching]
    .filter((k) => (seen.has(k.name) ? false : (seen.add(k.name), true)))
    .slice(0, MAX_KPIS);
}

/** An ISO date plus some days, in UTC (for review dates). */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export type TBuildBlueprintOptions = {
  context: TContextInput;
  constraints: readonly TConstraintResult[];
  recommendation: TRecommendation;
  asOf?: string;
};

/** Turns the recommendation into roles, phases, a handoff protocol and KPIs. */
export function buildBlueprint({ context, constraints, recommendation, asOf }: TBuildBlueprintOptions): TBlueprint {
  // v1 produces only its five kinds; v2 results are built by lib/diagnostic/v2/build-blueprint.ts.
  const kind = recommendation.kind as "coaching" | "fractional" | "paired" | "monitor" | "insufficient_evidence";
  if (kind === "insufficient_evidence") {
    return {
      kind: "gather_evidence",
      name: "Gather evidence before choosing a lever",
      steps: [
        `Ask the people closest to the work about the answers marked "don't know" for ${constraints.map((r) => `“${r.title}”`).join(", ")}.`,
        "Sit in on two of the leader's operating meetings and look at the numbers they are run on.",
        "Ask whether each problem would remain if someone else held the role.",
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
      watch: [
        ...constraints.map((r) => `“${r.title}”: re-run the diagnostic if any sign moves to "clearly" or worse.`),
        "Keep the leader's normal review rhythm with their manager; no outside engagement is needed.",
      ],
      kpis: kpisFor(context, constraints, false).slice(0, 4),
    };
  }

  const deficits = constraints.filter(hasDeficit);
  const durationMonths = BLUEPRINT_BASE_MONTHS[kind] + (deficits.length >= MANY_CONSTRAINTS ? EXTRA_MONTHS_FOR_MANY_CONSTRAINTS : 0);
  const totalWeeks = Math.round((durationMonths * 52) / 12);
  const diagnoseEnd = Math.max(2, Math.round(totalWeeks * 0.15));
  const installEnd = Math.round(totalWeeks * 0.75);
  const leader = leaderReference(context);
  const coaching = recommendation.includesCoaching;
  const fractional = recommendation.includesFractional;
  const roleTitle = recommendation.fractionalRole?.title ?? "fractional executive";

  const execEvidence = deficits.filter((r) => r.class !== "behavioral").flatMap((r) => r.evidence.execution.map((e) => e.questionId));
  const rights = unique([...execEvidence, ...DEFAULT_RIGHTS]).flatMap((id) => (DECISION_RIGHTS[id] ? [DECISION_RIGHTS[id]] : []));
  const focus = unique(deficits.flatMap((r) => r.evidence.behavioral.map((e) => e.indicator.toLowerCase())));

  const roles: Extract<TBlueprint, { kind: "engagement" }>["roles"] = [];
  if (fractional) {
    roles.push({
      role: "fractional_leader",
      title: capitalize(roleTitle),
      mandate: `Decisive captain: rebuilds and runs the operating system behind the listed constraints until handoff, with ${leader} alongside from week one.`,
      decisionRights: rights,
    });
  }
  if (coaching) {
    roles.push({
      role: "coach",
      title: fractional ? "Executive coach (a different person from the fractional leader)" : "Executive coach",
      mandate: `Neutral mirror: develops ${leader}${focus.length > 0 ? ` on ${focus.join(", ")}` : ""}, working on live situations; takes no operating decisions and keeps sessions confidential.`,
      decisionRights: ["Agrees development goals with the leader and the sponsor", "None over operations, by design"],
    });
  }
  roles.push({
    role: "permanent_executive",
    title: capitalize(`${leader} (permanent executive)`),
    mandate: fractional
      ? "Co-owns every change from the start and takes over each system as it is installed; owns the result after handoff."
      : "Keeps full ownership of the function and applies the coaching on real decisions between sessions.",
    decisionRights: fractional
      ? ["Every decision not explicitly delegated to the fractional leader", "Chairs the operating review from the handoff phase on"]
      : ["All decisions of the role, unchanged"],
  });
  roles.push({
    role: "board_sponsor",
    title: "Board sponsor (or CEO)",
    mandate: "Holds everyone to the exit criteria, settles conflicts between mandates, and signs off the handoff.",
    decisionRights: ["Approves compensation and organisation changes", "Signs off each exit criterion"],
  });

  const exitCriteria = fractional
    ? [
        `${capitalize(leader)} chairs the operating review without the fractional leader for ${HANDOFF_UNAIDED_CYCLES} consecutive cycles.`,
        `The KPIs below stay at or above target for ${HANDOFF_KPI_HOLD_WEEKS} weeks after the fractional leader steps back to an advisory role.`,
        "Decision rights are written down, approved by the CEO and the sponsor, and shared with the team.",
        "Every new process, dashboard and tool has a named owner inside the permanent team.",
        ...(coaching ? ["The coach and the leader confirm the development goals are met in a closing review with the sponsor."] : []),
      ]
    : [
        "The development goals agreed at the start are met, judged by the leader, the sponsor and a short repeat of peer feedback.",
        `${capitalize(leader)} handles ${HANDOFF_UNAIDED_CYCLES} consecutive high-stakes decisions or conflicts without escalating them.`,
        `The KPIs below hold for ${HANDOFF_KPI_HOLD_WEEKS} weeks after the sessions taper off.`,
      ];

  const name = { coaching: "Executive coaching", fractional: `${capitalize(roleTitle)} with handoff`, paired: "Scaffolded Ascent" }[kind];
  return {
    kind: "engagement",
    engagement: kind,
    name,
    durationMonths,
    roles,
    phases: [
      {
        id: "diagnose_unfreeze",
        name: "Diagnose and unfreeze",
        startWeek: 1,
        endWeek: diagnoseEnd,
        goals: ["Confirm the root causes with the people doing the work", "Agree mandates, decision rights and exit criteria in writing", "Make the case for change openly so the team is ready to let go of old habits"],
      },
      {
        id: "install_and_develop",
        name: fractional && coaching ? "Install systems and develop the leader in parallel" : fractional ? "Install systems with the permanent executive alongside" : "Develop the leader on live work",
        startWeek: diagnoseEnd + 1,
        endWeek: installEnd,
        goals: [
          ...(fractional ? ["Install the cadence, dashboard and decision rights, one system at a time"] : []),
          ...(coaching ? [`Coach ${leader} on the situations where the constraint shows up`] : []),
          "Review progress against the KPIs every month with the sponsor",
        ],
      },
      {
        id: "handoff_refreeze",
        name: "Hand off and refreeze",
        startWeek: installEnd + 1,
        endWeek: totalWeeks,
        goals: ["Move ownership to the permanent executive step by step", "Lock the new ways of working into routines, roles and pay", "Check each exit criterion before the engagement ends"],
      },
    ],
    handoff: {
      summary: fractional
        ? "The fractional leader steps back in stages: from running the system, to reviewing it, to being on call, and leaves once every exit criterion holds."
        : "Coaching tapers from weekly to monthly sessions and closes once every exit criterion holds.",
      exitCriteria,
    },
    kpis: kpisFor(context, deficits, coaching),
  };
}
