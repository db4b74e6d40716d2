/**
 * Common constraints, in the words a CEO or board member would use. The catalog does not decide
 * whether a constraint is behavioral or structural: the probes do. It only supplies a title, a short
 * description for the picker, and the KPIs worth watching if an engagement addresses it.
 * Ids are stable forever (they are stored in answers); titles may be reworded in a new version.
 */
export type TCatalogConstraint = {
  id: string;
  title: string;
  description: string;
  kpis: readonly string[];
};

export const CONSTRAINT_CATALOG: readonly TCatalogConstraint[] = [
  {
    id: "missed_targets",
    title: "We keep missing targets",
    description: "Revenue, delivery or budget goals are missed quarter after quarter.",
    kpis: ["Attainment against plan, per quarter", "Forecast accuracy at mid-quarter"],
  },
  {
    id: "decisions_escalate_to_founder",
    title: "Decisions keep going up to the founder",
    description: "Choices that belong to the leader end up on the founder's or CEO's desk.",
    kpis: ["Share of decisions closed without founder escalation", "Days from issue raised to decision"],
  },
  {
    id: "meetings_without_outcomes",
    title: "Meetings end without decisions or owners",
    description: "Lots of discussion, few decisions, and nobody sure who does what next.",
    kpis: ["Share of meetings ending with written decisions and owners", "Action items closed on time"],
  },
  {
    id: "team_rejects_new_processes",
    title: "The team pushes back on new processes",
    description: "New ways of working are called bureaucracy and quietly dropped.",
    kpis: ["Adoption of the new process (share of work going through it)", "Team pulse on clarity of ways of working"],
  },
  {
    id: "leader_cannot_let_go",
    title: "The leader can't let go of hands-on work",
    description: "The leader still does the work of their team instead of leading it.",
    kpis: ["Leader's hours in hands-on work per week", "Decisions made by the leader's direct reports"],
  },
  {
    id: "cross_functional_friction",
    title: "Constant friction with another function",
    description: "For example Marketing and Sales disagree on what counts and who gets credit.",
    kpis: ["Agreed shared metric definitions in use by both functions", "Escalations between the two functions per month"],
  },
  {
    id: "numbers_disputed",
    title: "Nobody trusts the numbers",
    description: "Reports disagree, and meetings are spent arguing about data instead of acting on it.",
    kpis: ["One agreed dashboard reviewed weekly", "Time to produce the monthly numbers"],
  },
  {
    id: "delivery_slips",
    title: "Releases or deliveries keep slipping",
    description: "Work ships late, breaks in production, or needs heroics to get out the door.",
    kpis: ["Lead time from commitment to delivery", "Share of releases or deliveries needing rework"],
  },
  {
    id: "incentives_reward_wrong_outcomes",
    title: "Incentives reward the wrong outcomes",
    description: "People are paid or praised for results that hurt the business (e.g. discounted, short-lived deals).",
    kpis: ["Share of variable pay tied to the agreed outcome", "Quality of the outcome being rewarded (e.g. margin, retention)"],
  },
  {
    id: "team_attrition",
    title: "Good people are leaving the leader's team",
    description: "Regretted departures or disengagement in the leader's organisation.",
    kpis: ["Regretted attrition in the leader's team", "Engagement pulse of the leader's team"],
  },
  {
    id: "leader_overwhelmed",
    title: "The leader is stretched thin or burning out",
    description: "Long hours, firefighting, visible fatigue, or talk of leaving.",
    kpis: ["Leader's self-rated sustainability of workload", "Share of the week spent firefighting"],
  },
  {
    id: "strategy_not_landing",
    title: "The strategy doesn't land with the team",
    description: "The team cannot say what the priorities are, or each person names different ones.",
    kpis: ["Share of team who can state the top three priorities", "Projects stopped because they fall outside the priorities"],
  },
];

export function findCatalogConstraint(id: string): TCatalogConstraint | undefined {
  return CONSTRAINT_CATALOG.find((c) => c.id === id);
}
