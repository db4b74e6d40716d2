import type { TScaleProbeQuestion } from "@/lib/diagnostic/schemas";

/**
 * Per-constraint probes of questionnaire v1.
 *
 * Budget: up to 5 constraints in 10-15 minutes. Seven behavioral and nine execution indicators plus two
 * cross questions would be 18 taps per constraint (90 for five), which is too many. We group them into
 * 5 behavioral + 6 execution + 2 cross probes = 13 taps per constraint, 65 for five constraints; at
 * about 8-10 seconds per tap that is 9-11 minutes, leaving time for the context questions.
 * Groupings pair indicators that show up together in practice (pressure and resilience; strategic
 * communication and conflict; decision rights and founder dependence; cadence and accountability;
 * processes and tooling). All weights are 1 in v1: we have no data to justify unequal weights yet.
 */

const SEVERITY_OPTIONS: TScaleProbeQuestion["options"] = [
  { value: 0, label: "Not at all" },
  { value: 1, label: "Somewhat" },
  { value: 2, label: "Clearly" },
  { value: 3, label: "Severely" },
  { value: "dont_know", label: "Don't know" },
];

const SCALE_HELP =
  "Answer for this constraint only. Pick \"Don't know\" rather than guessing: unknown answers never count as a problem.";

function probe(
  p: Pick<TScaleProbeQuestion, "id" | "axis" | "indicator" | "covers" | "prompt" | "evidenceTemplate"> &
    Partial<Pick<TScaleProbeQuestion, "options" | "help">>,
): TScaleProbeQuestion {
  return {
    section: "probes",
    scope: "constraint",
    kind: "scale_probe",
    required: true,
    weight: 1,
    options: SEVERITY_OPTIONS,
    help: SCALE_HELP,
    ...p,
  };
}

export const PROBES_V1: readonly TScaleProbeQuestion[] = [
  // ---------------------------------------------------------------- behavioral (the leader's inner operating system)
  probe({
    id: "probe_b_pressure",
    axis: "behavioral",
    indicator: "Composure and resilience",
    covers: ["emotional regulation under pressure", "resilience"],
    prompt: "Under pressure the leader becomes reactive or shuts down, and takes long to recover from setbacks.",
    evidenceTemplate:
      "On “{constraint}”, {level} sign that the leader loses composure under pressure or is slow to bounce back.",
  }),
  probe({
    id: "probe_b_decisions",
    axis: "behavioral",
    indicator: "Decision-making",
    covers: ["decision-making"],
    prompt: "The leader delays, avoids or hands back decisions that are clearly theirs to make.",
    evidenceTemplate: "On “{constraint}”, {level} sign that the leader hesitates on or hands back their own decisions.",
  }),
  probe({
    id: "probe_b_delegation",
    axis: "behavioral",
    indicator: "Delegation",
    covers: ["delegation"],
    prompt: "The leader holds on to work their team should own, or redoes it.",
    evidenceTemplate: "On “{constraint}”, {level} sign that the leader keeps doing work the team should own.",
  }),
  probe({
    id: "probe_b_presence",
    axis: "behavioral",
    indicator: "Confidence and executive presence",
    covers: ["confidence", "executive presence"],
    prompt: "Peers, the board or the team do not see the leader as carrying the authority of the role.",
    evidenceTemplate: "On “{constraint}”, {level} sign that the leader lacks the confidence or presence the role needs.",
  }),
  probe({
    id: "probe_b_communication",
    axis: "behavioral",
    indicator: "Strategic communication and conflict",
    covers: ["strategic communication", "conflict"],
    prompt: "The leader's message does not land, and disagreements are dodged or turn personal.",
    evidenceTemplate:
      "On “{constraint}”, {level} sign that the leader's communication or handling of conflict falls short.",
  }),
  // ---------------------------------------------------------------- execution (the organisation's hardware)
  probe({
    id: "probe_e_decision_rights",
    axis: "execution",
    indicator: "Decision rights and founder dependence",
    covers: ["decision rights", "dependence on the founder"],
    prompt: "Decision rights are unwritten or unclear, so how things run depends on the founder's judgement.",
    evidenceTemplate: "On “{constraint}”, {level} sign that decision rights are unclear or the system leans on the founder.",
  }),
  probe({
    id: "probe_e_cadence",
    axis: "execution",
    indicator: "Operating cadence and accountability",
    covers: ["meeting cadence", "accountability protocols"],
    prompt: "Commitments slip because reviews lack a steady rhythm, clear owners, deadlines or follow-up.",
    evidenceTemplate: "On “{constraint}”, {level} sign that the operating rhythm and follow-up on commitments are missing.",
  }),
  probe({
    id: "probe_e_metrics",
    axis: "execution",
    indicator: "KPIs and dashboards",
    covers: ["KPI dashboards"],
    prompt: "The few numbers that matter for this area are missing, late or disputed.",
    evidenceTemplate: "On “{constraint}”, {level} sign that there is no trusted dashboard of the key numbers.",
  }),
  probe({
    id: "probe_e_incentives",
    axis: "execution",
    indicator: "Incentives and compensation",
    covers: ["incentive and compensation design"],
    prompt: "Pay, quotas or targets reward behaviour that works against the goal.",
    evidenceTemplate: "On “{constraint}”, {level} sign that incentives or compensation reward the wrong outcomes.",
  }),
  probe({
    id: "probe_e_process_tooling",
    axis: "execution",
    indicator: "Processes and tooling",
    covers: ["processes and SOPs", "tooling and pipelines"],
    prompt: "Core work depends on heroics because processes, tools or pipelines are missing or broken.",
    evidenceTemplate: "On “{constraint}”, {level} sign that processes, tools or pipelines are missing or broken.",
  }),
  probe({
    id: "probe_e_interfaces",
    axis: "execution",
    indicator: "Interfaces between functions",
    covers: ["interfaces between functions (handoffs, shared definitions, attribution models)"],
    prompt: "Handoffs or shared definitions with other functions conflict, e.g. Sales and Marketing count credit differently.",
    evidenceTemplate: "On “{constraint}”, {level} sign that handoffs or shared definitions between functions conflict.",
  }),
  // ---------------------------------------------------------------- cross probes
  probe({
    id: "probe_x_complexity",
    axis: "complexity",
    indicator: "Role complexity versus experience",
    covers: ["complexity of the role compared with the leader's experience"],
    prompt: "Does what this constraint demands go beyond anything the leader has handled before?",
    options: [
      { value: 0, label: "No, well within their experience" },
      { value: 1, label: "Slightly beyond it" },
      { value: 2, label: "Clearly beyond it" },
      { value: 3, label: "Far beyond it" },
      { value: "dont_know", label: "Don't know" },
    ],
    evidenceTemplate: "On “{constraint}”, {level} sign that the demands of the role exceed the leader's experience.",
  }),
  probe({
    id: "probe_x_persistence",
    axis: "persistence",
    indicator: "Would outlast a new leader",
    covers: ["whether the problem would persist if the leader were replaced"],
    prompt: "If a capable new person took over this role tomorrow, would this problem still be there?",
    help: "A problem that survives a change of person usually lives in the system, not in the individual.",
    options: [
      { value: 0, label: "No, it would go away" },
      { value: 1, label: "Partly" },
      { value: 2, label: "Mostly" },
      { value: 3, label: "Certainly, it is built into how we work" },
      { value: "dont_know", label: "Don't know" },
    ],
    evidenceTemplate: "On “{constraint}”, {level} sign that the problem would outlast a change of leader, so it sits in the system.",
  }),
];
