import { CONSTRAINT_CATALOG } from "@/lib/diagnostic/constraint-catalog";
import { PROBES_V1 } from "@/lib/diagnostic/questionnaire-v1-probes";
import { DESCRIPTION_MAX_LENGTH, MAX_CONSTRAINTS, MIN_CONSTRAINTS, TITLE_MAX_LENGTH } from "@/lib/diagnostic/schemas";
import type { TQuestion, TQuestionnaire } from "@/lib/diagnostic/schemas";
import {
  DEFICIT_THRESHOLD,
  MIN_ANSWERED_SHARE,
  MIN_AXIS_ANSWERED_SHARE,
  SCORE_MEAN_WEIGHT,
  SCORE_PEAK_WEIGHT,
} from "@/lib/diagnostic/scoring-rules";

export const QUESTIONNAIRE_V1_VERSION = "2026-11.v1";

const PLANNING = "Conservative planning assumption, not a research finding: replace it with your own figure.";

const CONTEXT: TQuestion[] = [
  {
    id: "respondent_role",
    section: "context",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    prompt: "Who is answering?",
    options: [
      { value: "self", label: "The leader themself" },
      { value: "manager_ceo", label: "Their manager or the CEO" },
      { value: "board_member", label: "A board member" },
      { value: "consultant", label: "An adviser or consultant" },
    ],
  },
  {
    id: "leader_function",
    section: "context",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    prompt: "Which function does the leader run?",
    help: "Used to name the fractional role, if one is recommended, and to suggest KPIs.",
    options: [
      { value: "operations", label: "Operations" },
      { value: "sales_revenue", label: "Sales or revenue" },
      { value: "marketing", label: "Marketing" },
      { value: "technology", label: "Technology or engineering" },
      { value: "finance", label: "Finance" },
      { value: "product", label: "Product" },
      { value: "people", label: "People or HR" },
      { value: "general_management", label: "General management (CEO, GM)" },
      { value: "other", label: "Something else" },
    ],
  },
  {
    id: "leader_title",
    section: "context",
    scope: "diagnostic",
    kind: "text",
    required: false,
    prompt: "What is the leader's title?",
    help: `For example "VP of Sales". Up to ${TITLE_MAX_LENGTH} characters.`,
    maxLength: TITLE_MAX_LENGTH,
  },
  {
    id: "leader_tenure",
    section: "context",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    prompt: "How long has the leader been in this role?",
    options: [
      { value: "under_6_months", label: "Less than 6 months" },
      { value: "6_to_12_months", label: "6 to 12 months" },
      { value: "1_to_2_years", label: "1 to 2 years" },
      { value: "over_2_years", label: "More than 2 years" },
    ],
  },
  {
    id: "company_stage",
    section: "context",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    prompt: "What stage is the company at?",
    options: [
      { value: "seed", label: "Seed" },
      { value: "series_a", label: "Series A" },
      { value: "series_b", label: "Series B" },
      { value: "series_c_plus", label: "Series C or later" },
      { value: "private_equity", label: "Private-equity backed" },
      { value: "public", label: "Public" },
      { value: "other", label: "Other" },
    ],
  },
  {
    id: "situation",
    section: "context",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    prompt: "Which best describes the company's situation?",
    options: [
      { value: "turnaround", label: "Turnaround" },
      { value: "scale_up", label: "Scaling up" },
      { value: "succession", label: "Succession (a leader is taking over from another)" },
      { value: "exit_preparation", label: "Preparing for an exit or sale" },
      { value: "steady_growth", label: "Steady growth" },
    ],
  },
  {
    id: "urgency",
    section: "context",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    prompt: "How soon must this be solved?",
    options: [
      { value: "low", label: "Within a year" },
      { value: "medium", label: "Within two quarters" },
      { value: "high", label: "This quarter" },
      { value: "critical", label: "Within weeks" },
    ],
  },
  {
    id: "retention_intent",
    section: "context",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    prompt: "Does the company want to keep this leader?",
    options: [
      { value: "keep", label: "Yes, we value them and want them to succeed" },
      { value: "undecided", label: "Undecided" },
      { value: "replace", label: "No, we expect to replace them" },
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
  help: `List between ${MIN_CONSTRAINTS} and ${MAX_CONSTRAINTS} constraints. A custom title can be up to ${TITLE_MAX_LENGTH} characters, a description up to ${DESCRIPTION_MAX_LENGTH}.`,
  options: CONSTRAINT_CATALOG.map((c) => ({ value: c.id, label: c.title, help: c.description })),
  titleMaxLength: TITLE_MAX_LENGTH,
  descriptionMaxLength: DESCRIPTION_MAX_LENGTH,
};

const INTERVENTION: TQuestion[] = [
  {
    id: "intervention_current",
    section: "intervention",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    prompt: "What is in place today, or planned, to address this?",
    options: [
      { value: "none", label: "Nothing yet, or \"give them time\"" },
      { value: "coaching", label: "An executive coach" },
      { value: "fractional", label: "A fractional (part-time) executive" },
      { value: "board_mentor", label: "A board member mentoring the leader" },
      { value: "working_manager_coach", label: "One person who both coaches the leader and does operating work" },
      { value: "replace_executive", label: "Replacing the leader" },
      { value: "coaching_and_fractional", label: "A coach and a fractional executive, as two separate people" },
    ],
  },
  {
    id: "intervention_permanent_owner",
    section: "intervention",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    prompt: "Will a permanent executive own the fix once any outside help leaves?",
    options: [
      { value: "yes", label: "Yes, a named permanent executive" },
      { value: "no", label: "No" },
      { value: "not_decided", label: "Not decided" },
    ],
  },
  {
    id: "intervention_end_date",
    section: "intervention",
    scope: "diagnostic",
    kind: "single_choice",
    required: true,
    prompt: "Does the outside engagement have an agreed end date?",
    options: [
      { value: "yes", label: "Yes" },
      { value: "no", label: "No" },
      { value: "no_engagement", label: "There is no outside engagement" },
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
  money("econ_leader_compensation", "Leader's total annual compensation", 250_000, `Placeholder for a senior executive's total annual cash pay in a venture-backed company. ${PLANNING}`, "currency/year"),
  money("econ_monthly_at_risk", "Revenue or margin at risk each month while the problem lasts", 50_000, `Placeholder. Use the monthly revenue or margin you believe the constraint is costing. ${PLANNING}`, "currency/month"),
  { id: "econ_months_persisted", section: "economics", scope: "diagnostic", kind: "number", required: false, prompt: "How many months has the problem lasted so far?", min: 0, max: 120, integer: true, unit: "months", defaultValue: 3, defaultSource: `Placeholder of one quarter. ${PLANNING}` },
  money("econ_fractional_fee", "Monthly fee for a fractional executive", 15_000, `Placeholder for a part-time senior operator working about two days a week. ${PLANNING}`, "currency/month"),
  money("econ_coach_fee", "Monthly fee for an executive coach", 4_000, `Placeholder for two to four coaching sessions a month with a senior coach. ${PLANNING}`, "currency/month"),
  { id: "econ_replacement_multiple", section: "economics", scope: "diagnostic", kind: "number", required: false, prompt: "Cost of a failed tenure (search, ramp-up, lost momentum) as a multiple of annual compensation", min: 0, max: 10, integer: false, unit: "x annual compensation", defaultValue: 1, defaultSource: `Rules of thumb for replacing an executive commonly run from one to several times annual pay; we use the low end. ${PLANNING}` },
  { id: "econ_inaction_months", section: "economics", scope: "diagnostic", kind: "number", required: false, prompt: "Months before doing nothing would end in a failed tenure", min: 1, max: 60, integer: true, unit: "months", defaultValue: 12, defaultSource: `One fiscal year: the usual span before a board concludes an unsupported leader has failed. ${PLANNING}` },
  { id: "econ_wrong_lever_months", section: "economics", scope: "diagnostic", kind: "number", required: false, prompt: "Months spent (or planned) on the current approach before it is reviewed", min: 0, max: 60, integer: true, unit: "months", defaultValue: 6, defaultSource: `Two quarters: a typical first coaching or advisory contract before anyone questions the fit. ${PLANNING}` },
];

export const questionnaireV1: TQuestionnaire = {
  version: QUESTIONNAIRE_V1_VERSION,
  title: "Executive Intervention Diagnostic",
  constraintSlots: Array.from({ length: MAX_CONSTRAINTS }, (_, i) => `c${i + 1}`),
  minConstraints: MIN_CONSTRAINTS,
  sections: [
    { id: "context", title: "Context", intro: "Who is answering, and about which leader and situation." },
    { id: "constraints", title: "Constraints", intro: "The problems you want solved, one to five of them." },
    { id: "probes", title: "Evidence per constraint", intro: "Rate how strongly each sign shows up in this constraint. About two minutes per constraint." },
    { id: "intervention", title: "Current plan", intro: "What is in place or planned, and who owns the result afterwards." },
    { id: "economics", title: "Economics (optional)", intro: "Rough figures for the cost comparison. Every default is visible and can be changed." },
  ],
  questions: [...CONTEXT, CONSTRAINT_PICKER, ...PROBES_V1, ...INTERVENTION, ...ECONOMICS],
  scoring: {
    deficitThreshold: DEFICIT_THRESHOLD,
    minAnsweredShare: MIN_ANSWERED_SHARE,
    minAxisAnsweredShare: MIN_AXIS_ANSWERED_SHARE,
    meanWeight: SCORE_MEAN_WEIGHT,
    peakWeight: SCORE_PEAK_WEIGHT,
  },
};
