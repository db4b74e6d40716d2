import { DESCRIPTION_MAX_LENGTH, MAX_CONSTRAINTS, MIN_CONSTRAINTS, TITLE_MAX_LENGTH } from "@/lib/diagnostic/schemas";
import type { TQuestion, TQuestionnaire, TScaleProbeQuestion } from "@/lib/diagnostic/schemas";
import { AREA_LABELS, CONSTRAINT_CATALOG_V2 } from "@/lib/diagnostic/v2/constraint-catalog";
import { RULES_V2 } from "@/lib/diagnostic/v2/scoring-rules";

export const QUESTIONNAIRE_V2_VERSION = "2026-12.v2";

/**
 * Questionnaire v2. Each thing is asked once, about the right subject:
 * - context (6 taps at most, one more when a successor is planned), then the leader profile once
 *   (8 single-barrelled, observable items, 3 of them reverse-keyed), what already works (optional);
 * - per constraint 8 taps: five on the system behind it, one on how the leader's own habits feed it,
 *   one on whether the permanent team adopts what exists, and a neutral attribution question;
 * - what is in place and how it is going (2 to 4 taps), and optional economics.
 * Three constraints therefore take at most 45 answers including picking them (tested).
 * Prompts name the leader as {leader}/{Leader} (their title or "the leader"); promptSelf is the
 * first-person wording for a self-assessment.
 */

const PLANNING = "Planning placeholder, not a research finding: replace it with your own figure.";

const CONTEXT: TQuestion[] = [
  {
    id: "respondent_role",
    section: "context",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    prompt: "Who is answering?",
    options: [
      { value: "self", label: "I am the leader this is about" },
      { value: "manager_ceo", label: "Their manager or the CEO" },
      { value: "board_member", label: "A board member" },
      { value: "consultant", label: "An adviser or consultant" },
    ],
  },
  {
    id: "leader_title",
    section: "context",
    scope: "diagnostic",
    kind: "text",
    required: false,
    prompt: "What is the leader's title?",
    promptSelf: "What is your title?",
    help: `For example "VP of Sales". The questions use it in place of "the leader". Up to ${TITLE_MAX_LENGTH} characters.`,
    maxLength: TITLE_MAX_LENGTH,
  },
  {
    id: "leader_function",
    section: "context",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    prompt: "Which function does {leader} run?",
    promptSelf: "Which function do you run?",
    options: [
      { value: "general_management", label: "The whole company or a business unit (CEO, GM)" },
      { value: "operations", label: "Operations" },
      { value: "sales_revenue", label: "Sales or revenue" },
      { value: "marketing", label: "Marketing" },
      { value: "customer_success", label: "Customer success" },
      { value: "product", label: "Product" },
      { value: "engineering", label: "Engineering (delivery)" },
      { value: "technology", label: "Technology (CTO)" },
      { value: "finance", label: "Finance" },
      { value: "people", label: "People or HR" },
      { value: "other", label: "Something else" },
    ],
  },
  {
    id: "role_stretch",
    section: "context",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    prompt: "How does this role compare with what {leader} has run before?",
    promptSelf: "How does this role compare with what you have run before?",
    options: [
      { value: "within", label: "Well within past experience" },
      { value: "step_up", label: "A step up" },
      { value: "big_step", label: "A big step up: the first time at this scope" },
      { value: "dont_know", label: "Don't know" },
    ],
  },
  {
    id: "deadline",
    section: "context",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    prompt: "Is there a date by which this must be solved, such as an exit or a board review?",
    options: [
      { value: "none", label: "No fixed date" },
      { value: "3", label: "Within 3 months" },
      { value: "6", label: "Within 6 months" },
      { value: "9", label: "Within 9 months" },
      { value: "12", label: "Within 12 months" },
      { value: "18", label: "Within 18 months" },
      { value: "24", label: "Within 24 months" },
    ],
  },
  {
    id: "retention_intent",
    section: "context",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    hideForSelf: true,
    prompt: "What does the company intend for {leader}?",
    options: [
      { value: "keep", label: "Keep them and help them succeed" },
      { value: "undecided", label: "Undecided" },
      { value: "replace", label: "Replace them: a successor will take over" },
    ],
  },
  {
    id: "successor_named",
    section: "context",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    hideForSelf: true,
    showWhen: { questionId: "retention_intent", in: ["replace"] },
    prompt: "Is the successor who will own the function afterwards already named?",
    options: [
      { value: "yes", label: "Yes" },
      { value: "no", label: "No, the search is open or not started" },
    ],
  },
  {
    id: "budget",
    section: "context",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    prompt: "What can the company fund now?",
    options: [
      { value: "both", label: "A coach and an operator, if both are needed" },
      { value: "one", label: "One outside engagement at a time" },
      { value: "unknown", label: "Not decided" },
    ],
  },
];

const FREQUENCY: TScaleProbeQuestion["options"] = [
  { value: 0, label: "Rarely" },
  { value: 1, label: "Sometimes" },
  { value: 2, label: "Often" },
  { value: 3, label: "Almost always" },
  { value: "dont_know", label: "Don't know" },
];

function profile(
  p: Pick<TScaleProbeQuestion, "id" | "indicator" | "short" | "prompt" | "promptSelf" | "evidenceTemplate"> & { reverse?: boolean },
): TScaleProbeQuestion {
  return {
    section: "profile",
    scope: "diagnostic",
    kind: "scale_probe",
    required: true,
    axis: "profile",
    weight: 1,
    covers: [p.indicator.toLowerCase()],
    options: FREQUENCY,
    help: "Think of the last three months. \"Don't know\" lowers the confidence of the result; it never counts as a problem.",
    ...p,
  };
}

/** The leader profile: one item per dimension, asked once. Reverse-keyed items describe a strength. */
export const PROFILE_V2: readonly TScaleProbeQuestion[] = [
  profile({
    id: "p_composure",
    indicator: "Composure under pressure",
    short: "Composure",
    reverse: true,
    prompt: "Under pressure, {leader} stays composed and keeps the team focused.",
    promptSelf: "Under pressure, I stay composed and keep my team focused.",
    evidenceTemplate: "{level} difficulty keeping composure under pressure",
  }),
  profile({
    id: "p_decisions",
    indicator: "Decision-making",
    short: "Decisions",
    prompt: "{Leader} puts off decisions that are theirs to make, or passes them upward.",
    promptSelf: "I put off decisions that are mine to make, or pass them upward.",
    evidenceTemplate: "{level} habit of putting off or passing up their own decisions",
  }),
  profile({
    id: "p_delegation",
    indicator: "Delegation",
    short: "Delegation",
    prompt: "{Leader} redoes or holds on to work that their team should own.",
    promptSelf: "I redo or hold on to work that my team should own.",
    evidenceTemplate: "{level} habit of holding on to the team's work",
  }),
  profile({
    id: "p_conflict",
    indicator: "Hard conversations and conflict",
    short: "Hard conversations",
    prompt: "{Leader} delays hard conversations, such as on underperformance or a disagreement with a peer.",
    promptSelf: "I delay hard conversations, such as on underperformance or a disagreement with a peer.",
    evidenceTemplate: "{level} habit of delaying hard conversations",
  }),
  profile({
    id: "p_presence",
    indicator: "Executive presence",
    short: "Presence",
    reverse: true,
    prompt: "In meetings with peers and the board, {leader}'s view carries weight.",
    promptSelf: "In meetings with peers and the board, my view carries weight.",
    evidenceTemplate: "{level} lack of weight in the room with peers and the board",
  }),
  profile({
    id: "p_communication",
    indicator: "Strategic communication",
    short: "Strategic communication",
    reverse: true,
    prompt: "{Leader}'s team can state the function's top priorities in the same words.",
    promptSelf: "My team can state our top priorities in the same words I would.",
    evidenceTemplate: "{level} gap between the leader's priorities and what the team can state",
  }),
  profile({
    id: "p_feedback",
    indicator: "Openness to feedback",
    short: "Openness to feedback",
    prompt: "When given critical feedback, {leader} explains it away rather than acting on it.",
    promptSelf: "When I get critical feedback, I explain it away rather than act on it.",
    evidenceTemplate: "{level} habit of explaining feedback away",
  }),
  profile({
    id: "p_load",
    indicator: "Load and wellbeing",
    short: "Load",
    prompt: "{Leader} works at a pace they could not keep up for another six months.",
    promptSelf: "I work at a pace I could not keep up for another six months.",
    evidenceTemplate: "{level} sign of an unsustainable pace",
  }),
];

const STRENGTHS: TQuestion[] = [
  {
    id: "strength",
    section: "strengths",
    scope: "diagnostic",
    kind: "single_choice",
    required: false,
    prompt: "What works best today, that any plan should build on?",
    help: "The plan keeps and builds on it instead of starting from what is broken.",
    options: [
      { value: "team_trust", label: "Trust within the team" },
      { value: "domain", label: "Deep knowledge of the product, customers or market" },
      { value: "routines", label: "Routines that already work, such as a weekly review or a forecast call" },
      { value: "relationships", label: "Good working relationships with peers and the CEO" },
      { value: "delivery", label: "A record of delivering under pressure" },
      { value: "none", label: "Nothing stands out yet" },
    ],
  },
];

const CONSTRAINT_PICKER: TQuestion = {
  id: "constraint_definition",
  section: "constraints",
  scope: "constraint",
  kind: "constraint_picker",
  required: true,
  prompt: "What is getting in the way? Pick a common constraint or describe your own.",
  help: `List between ${MIN_CONSTRAINTS} and ${MAX_CONSTRAINTS} constraints; three is usually enough. A custom constraint needs a title (up to ${TITLE_MAX_LENGTH} characters) and the area it sits in; a description (up to ${DESCRIPTION_MAX_LENGTH}) is optional.`,
  options: CONSTRAINT_CATALOG_V2.map((c) => ({ value: c.id, label: c.title, help: c.description })),
  titleMaxLength: TITLE_MAX_LENGTH,
  descriptionMaxLength: DESCRIPTION_MAX_LENGTH,
  areaOptions: Object.entries(AREA_LABELS).map(([value, label]) => ({ value, label })),
};

const SEVERITY: TScaleProbeQuestion["options"] = [
  { value: 0, label: "Not at all" },
  { value: 1, label: "Somewhat" },
  { value: 2, label: "Clearly" },
  { value: 3, label: "Severely" },
  { value: "dont_know", label: "Don't know" },
];

function item(
  p: Pick<TScaleProbeQuestion, "id" | "axis" | "indicator" | "short" | "covers" | "prompt" | "evidenceTemplate"> &
    Partial<Pick<TScaleProbeQuestion, "options" | "help" | "promptSelf">>,
): TScaleProbeQuestion {
  return { section: "probes", scope: "constraint", kind: "scale_probe", required: true, weight: 1, options: SEVERITY, ...p };
}

/** Per constraint: eight taps. */
export const CONSTRAINT_ITEMS_V2: readonly TScaleProbeQuestion[] = [
  item({
    id: "k_decision_rights",
    axis: "execution",
    indicator: "Decision rights and ownership",
    short: "Unclear who decides",
    covers: ["decision rights", "ownership between teams"],
    prompt: "On this, it is unclear who decides or which team owns the outcome.",
    evidenceTemplate: "{level} sign that nobody clearly decides or owns it",
  }),
  item({
    id: "k_cadence",
    axis: "execution",
    indicator: "Operating cadence",
    short: "No review rhythm",
    covers: ["meeting cadence", "accountability"],
    prompt: "Commitments on this are not tracked in a regular review with named owners.",
    evidenceTemplate: "{level} sign that commitments are not tracked in a regular review",
  }),
  item({
    id: "k_metrics",
    axis: "execution",
    indicator: "Definitions and metrics",
    short: "Numbers missing or disputed",
    covers: ["KPI definitions", "dashboards"],
    prompt: "The numbers for this are missing, late, or defined differently by different teams.",
    evidenceTemplate: "{level} sign that the numbers are missing, late or disputed",
  }),
  item({
    id: "k_incentives",
    axis: "execution",
    indicator: "Incentives",
    short: "Incentives pull the wrong way",
    covers: ["targets", "compensation"],
    prompt: "Targets or pay reward behaviour that works against fixing this.",
    evidenceTemplate: "{level} sign that targets or pay reward the wrong behaviour",
  }),
  item({
    id: "k_process",
    axis: "execution",
    indicator: "Process and tooling",
    short: "Process or tools broken",
    covers: ["processes", "tooling"],
    prompt: "The process or tools this depends on are missing, manual or broken.",
    evidenceTemplate: "{level} sign that the process or tools are missing or broken",
  }),
  item({
    id: "k_leader",
    axis: "behavioral",
    indicator: "The leader's own habits",
    short: "Leader's own habits feed it",
    covers: ["the leader's own actions on this constraint"],
    prompt: "{Leader}'s own habits keep this going, for example holding a decision, avoiding a conversation, or doing the work themself.",
    promptSelf: "My own habits keep this going, for example holding a decision, avoiding a conversation, or doing the work myself.",
    evidenceTemplate: "{level} sign that the leader's own habits keep it going",
  }),
  item({
    id: "k_adoption",
    axis: "adoption",
    indicator: "Team adoption of systems",
    short: "Team drops new systems",
    covers: ["whether the permanent team owns and uses what exists", "whether earlier fixes stuck"],
    prompt: "When new processes or tools were brought in for this, the team dropped them or worked around them.",
    help: "Include what an earlier coach, consultant or fractional leader put in place.",
    options: [
      { value: 0, label: "No: they own and use them" },
      { value: 1, label: "Partly" },
      { value: 2, label: "Clearly" },
      { value: 3, label: "Yes: nothing new sticks" },
      { value: "dont_know", label: "Don't know, or nothing was brought in" },
    ],
    evidenceTemplate: "{level} sign that the team drops or works around new systems",
  }),
  item({
    id: "k_attribution",
    axis: "attribution",
    indicator: "Would a capable person face it too",
    short: "A capable person in the seat would face it",
    covers: ["whether the problem belongs to the seat or to the person"],
    prompt: "Would an experienced, capable person in {leader}'s seat face the same problem?",
    promptSelf: "Would an experienced, capable person in your seat face the same problem?",
    options: [
      { value: 0, label: "No: they would have it in hand" },
      { value: 1, label: "Partly" },
      { value: 2, label: "Mostly" },
      { value: 3, label: "Yes: anyone in the seat would" },
      { value: "dont_know", label: "Don't know" },
    ],
    evidenceTemplate: "{level} sign that anyone in the seat would face it",
  }),
];

const INTERVENTION: TQuestion[] = [
  {
    id: "intervention_current",
    section: "intervention",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    prompt: "What is in place today to address this?",
    promptSelf: "What support is in place for you today?",
    options: [
      { value: "none", label: "Nothing yet: we are giving it time" },
      { value: "coaching", label: "An executive coach" },
      { value: "fractional", label: "A fractional or interim executive" },
      { value: "board_mentor", label: "A board member acting as mentor" },
      { value: "working_manager_coach", label: "One person who both coaches and does operating work" },
      { value: "coaching_and_fractional", label: "A coach and a fractional executive, as two people" },
      { value: "replace_executive", label: "A search for a successor" },
    ],
  },
  {
    id: "intervention_status",
    section: "intervention",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    showWhen: { questionId: "intervention_current", in: ["coaching", "fractional", "board_mentor", "working_manager_coach", "coaching_and_fractional", "replace_executive"] },
    prompt: "How is it going?",
    options: [
      { value: "working", label: "Working: we see change in the work itself" },
      { value: "mixed", label: "Mixed: some change, not enough" },
      { value: "not_working", label: "Not working" },
      { value: "too_early", label: "Too early to tell" },
    ],
  },
  {
    id: "intervention_end_date",
    section: "intervention",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    showWhen: { questionId: "intervention_current", in: ["fractional", "working_manager_coach", "coaching_and_fractional"] },
    prompt: "Does the outside operator's engagement have an agreed end date?",
    options: [
      { value: "yes", label: "Yes" },
      { value: "no", label: "No" },
    ],
  },
];

function money(id: string, prompt: string, defaultValue: number, defaultSource: string, unit: string): TQuestion {
  return { id, section: "economics", scope: "diagnostic", kind: "number", required: false, prompt, min: 0, max: 1e9, integer: false, unit, defaultValue, defaultSource };
}

const ECONOMICS: TQuestion[] = [
  {
    id: "econ_currency",
    section: "economics",
    scope: "diagnostic",
    kind: "single_choice",
    required: false,
    prompt: "Currency for the figures below",
    options: ["USD", "EUR", "GBP", "CHF", "CAD", "AUD"].map((c) => ({ value: c, label: c })),
    defaultValue: "USD",
  },
  money("econ_monthly_at_risk", "Revenue or margin this problem costs each month", 50_000, `${PLANNING} Without your figure, every amount is illustrative.`, "currency/month"),
  money("econ_leader_compensation", "Leader's total annual pay", 250_000, `Placeholder for a senior executive's total annual cash pay. ${PLANNING}`, "currency/year"),
  { id: "econ_replacement_multiple", section: "economics", scope: "diagnostic", kind: "number", required: false, prompt: "Cost of a failed tenure (search, ramp-up, lost momentum) as a multiple of annual pay", min: 0, max: 10, integer: false, unit: "x annual pay", defaultValue: 1, defaultSource: `Estimates commonly run from one to several times annual pay; we take the low end. ${PLANNING}` },
  money("econ_fractional_fee", "Monthly fee of a fractional operator", 15_000, `Placeholder for a senior operator about two days a week. ${PLANNING}`, "currency/month"),
  money("econ_coach_fee", "Monthly fee of an executive coach", 4_000, `Placeholder for two to four sessions a month with a senior coach. ${PLANNING}`, "currency/month"),
  { id: "econ_months_persisted", section: "economics", scope: "diagnostic", kind: "number", required: false, prompt: "How many months has the problem lasted so far?", min: 0, max: 120, integer: true, unit: "months", defaultValue: 3, defaultSource: `Placeholder of one quarter. ${PLANNING}` },
  { id: "econ_horizon_months", section: "economics", scope: "diagnostic", kind: "number", required: false, prompt: "Months over which to compare acting with not acting", min: 1, max: 60, integer: true, unit: "months", defaultValue: 12, defaultSource: "One fiscal year, or the plan's length if longer; the same horizon applies to both sides." },
];

export const questionnaireV2: TQuestionnaire = {
  version: QUESTIONNAIRE_V2_VERSION,
  title: "Executive Intervention Diagnostic",
  constraintSlots: Array.from({ length: MAX_CONSTRAINTS }, (_, i) => `c${i + 1}`),
  minConstraints: MIN_CONSTRAINTS,
  sections: [
    { id: "context", title: "Context", intro: "Who is answering, about which role, and what the company can do." },
    { id: "profile", title: "Leadership habits", intro: "Eight questions on {leader}'s leadership habits, asked once for the whole diagnostic." },
    { id: "strengths", title: "What already works", intro: "A good plan builds on what works, not only on what is broken." },
    { id: "constraints", title: "Constraints", intro: "The problems you want solved, one to five of them." },
    { id: "probes", title: "Evidence per constraint", intro: "Eight quick answers about this constraint only." },
    { id: "intervention", title: "What is in place", intro: "What is already being done, and how it is going." },
    { id: "economics", title: "Economics (optional)", intro: "Your own figures turn illustrative costs into real ones. Every default is shown and can be changed." },
  ],
  questions: [...CONTEXT, ...PROFILE_V2, ...STRENGTHS, CONSTRAINT_PICKER, ...CONSTRAINT_ITEMS_V2, ...INTERVENTION, ...ECONOMICS],
  scoring: {
    deficitThreshold: RULES_V2.deficitThreshold,
    minAnsweredShare: RULES_V2.minAnsweredShare,
    minAxisAnsweredShare: RULES_V2.minAxisAnsweredShare,
    meanWeight: RULES_V2.directWeight,
    peakWeight: RULES_V2.attributionWeight,
  },
};
