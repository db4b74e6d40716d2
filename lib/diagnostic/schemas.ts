import { z } from "zod";
import { CURRENCIES } from "@/lib/diagnostic/economics-fields";
import { stripBidiControls } from "@/lib/diagnostic/free-text";

/** Free-text limits (characters). Documented here and echoed in the questionnaire data. */
export const TITLE_MAX_LENGTH = 120;
export const DESCRIPTION_MAX_LENGTH = 2000;
export const MIN_CONSTRAINTS = 1;
export const MAX_CONSTRAINTS = 5;

/**
 * Every schema field a person types into (titles, names, labels, notes) starts here: bidi control
 * characters are removed before trimming and length checks, so they are never stored.
 */
export const zFreeText = () => z.string().overwrite(stripBidiControls);

// ---------------------------------------------------------------- shared enums

export const ZProbeValue = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal("dont_know")]);
export type TProbeValue = z.infer<typeof ZProbeValue>;

/**
 * v1 axes: behavioral, execution and two cross probes (complexity, persistence).
 * v2 adds: the permanent team's adoption of systems, the neutral attribution question, and the
 * once-per-diagnostic leader profile.
 */
export const ZAxis = z.enum(["behavioral", "execution", "complexity", "persistence", "adoption", "attribution", "profile"]);
export type TAxis = z.infer<typeof ZAxis>;

export const ZRespondentRole = z.enum(["self", "manager_ceo", "board_member", "consultant"]);
export const ZLeaderFunction = z.enum([
  "operations",
  "sales_revenue",
  "marketing",
  "technology",
  "finance",
  "product",
  "people",
  "general_management",
  "customer_success",
  "engineering",
  "other",
]);
export type TLeaderFunction = z.infer<typeof ZLeaderFunction>;
export const ZTenure = z.enum(["under_6_months", "6_to_12_months", "1_to_2_years", "over_2_years"]);
export const ZCompanyStage = z.enum(["seed", "series_a", "series_b", "series_c_plus", "private_equity", "public", "other"]);
export const ZSituation = z.enum(["turnaround", "scale_up", "succession", "exit_preparation", "steady_growth"]);
export const ZUrgency = z.enum(["low", "medium", "high", "critical"]);
export const ZRetentionIntent = z.enum(["keep", "undecided", "replace"]);
export type TRetentionIntent = z.infer<typeof ZRetentionIntent>;
/** v2: how far the role stretches the leader beyond what they have run before. */
export const ZRoleStretch = z.enum(["within", "step_up", "big_step", "dont_know"]);
export type TRoleStretch = z.infer<typeof ZRoleStretch>;
/** v2: what the company can fund now. */
export const ZBudget = z.enum(["both", "one", "unknown"]);
export type TBudget = z.infer<typeof ZBudget>;
/** v2: how what is in place is going. */
export const ZInPlaceStatus = z.enum(["working", "mixed", "not_working", "too_early"]);
export type TInPlaceStatus = z.infer<typeof ZInPlaceStatus>;
/** v2: where a constraint lives, so the operator's role and the indicators fit it. */
export const ZConstraintArea = z.enum([
  "revenue",
  "marketing",
  "customer",
  "engineering_delivery",
  "product",
  "operations_supply",
  "finance",
  "people",
  "leadership_system",
]);
export type TConstraintArea = z.infer<typeof ZConstraintArea>;

export const ZInterventionKind = z.enum([
  "none",
  "coaching",
  "fractional",
  "board_mentor",
  "working_manager_coach",
  "replace_executive",
  "coaching_and_fractional",
]);
export type TInterventionKind = z.infer<typeof ZInterventionKind>;
export const ZPermanentOwner = z.enum(["yes", "no", "not_decided"]);
export const ZEndDateSet = z.enum(["yes", "no", "no_engagement"]);
export const ZCurrency = z.enum(CURRENCIES);

// ---------------------------------------------------------------- questionnaire definition

export const ZSectionId = z.enum(["context", "profile", "strengths", "constraints", "probes", "intervention", "economics"]);
export type TSectionId = z.infer<typeof ZSectionId>;

const ZQuestionBase = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  section: ZSectionId,
  /** "constraint" questions are asked once per constraint slot (constraintId "c1".."c5"). */
  scope: z.enum(["diagnostic", "constraint"]),
  prompt: z.string().min(1),
  help: z.string().optional(),
  required: z.boolean(),
  /**
   * v2 wording: prompts may name the leader as {leader} / {Leader} (their title, or "the leader");
   * promptSelf is the first-person wording shown when the leader answers about themself.
   */
  promptSelf: z.string().optional(),
  /** v2: not asked when the leader answers about themself (e.g. whether the company will keep them). */
  hideForSelf: z.boolean().optional(),
  /** v2: asked only when another diagnostic-level answer is one of `in`. */
  showWhen: z.object({ questionId: z.string(), in: z.array(z.string()).min(1) }).optional(),
});

export const ZChoiceOption = z.object({ value: z.string(), label: z.string(), help: z.string().optional() });

export const ZSingleChoiceQuestion = ZQuestionBase.extend({
  kind: z.literal("single_choice"),
  options: z.array(ZChoiceOption).min(2),
  defaultValue: z.string().optional(),
});

export const ZScaleProbeQuestion = ZQuestionBase.extend({
  kind: z.literal("scale_probe"),
  options: z.array(z.object({ value: ZProbeValue, label: z.string() })).length(5),
  axis: ZAxis,
  /** Short name of what the probe measures; `covers` lists the one or two indicators it groups. */
  indicator: z.string(),
  covers: z.array(z.string()).min(1).max(2),
  weight: z.number().positive(),
  /** v2: a statement of strength, so a high answer means less deficit (scored 3 - answer). */
  reverse: z.boolean().optional(),
  /** v2: a few words naming the item in explanations ("Decision rights"). */
  short: z.string().optional(),
  /** Placeholders: {constraint} (constraint title), {level} ("a minor" / "a clear" / "a strong"). */
  evidenceTemplate: z.string().includes("{level}"),
});

export const ZNumberQuestion = ZQuestionBase.extend({
  kind: z.literal("number"),
  min: z.number(),
  max: z.number(),
  integer: z.boolean(),
  unit: z.string(),
  defaultValue: z.number(),
  /** Why this default: shown next to the number and listed in cost assumptions. */
  defaultSource: z.string(),
});

export const ZTextQuestion = ZQuestionBase.extend({
  kind: z.literal("text"),
  maxLength: z.number().int().positive(),
});

export const ZConstraintPickerQuestion = ZQuestionBase.extend({
  kind: z.literal("constraint_picker"),
  options: z.array(ZChoiceOption).min(1),
  titleMaxLength: z.number().int().positive(),
  descriptionMaxLength: z.number().int().positive(),
  /** v2: a custom constraint must be tagged with one of these areas. */
  areaOptions: z.array(ZChoiceOption).optional(),
});

export const ZQuestion = z.discriminatedUnion("kind", [
  ZSingleChoiceQuestion,
  ZScaleProbeQuestion,
  ZNumberQuestion,
  ZTextQuestion,
  ZConstraintPickerQuestion,
]);
export type TQuestion = z.infer<typeof ZQuestion>;
export type TScaleProbeQuestion = z.infer<typeof ZScaleProbeQuestion>;
export type TNumberQuestion = z.infer<typeof ZNumberQuestion>;

export const ZScoringRules = z.object({
  deficitThreshold: z.number(),
  minAnsweredShare: z.number(),
  minAxisAnsweredShare: z.number(),
  meanWeight: z.number(),
  peakWeight: z.number(),
});
export type TScoringRules = z.infer<typeof ZScoringRules>;

export const ZQuestionnaire = z.object({
  version: z.string(),
  title: z.string(),
  constraintSlots: z.array(z.string()).min(MIN_CONSTRAINTS),
  minConstraints: z.number().int(),
  sections: z.array(z.object({ id: ZSectionId, title: z.string(), intro: z.string() })),
  questions: z.array(ZQuestion),
  scoring: ZScoringRules,
});
export type TQuestionnaire = z.infer<typeof ZQuestionnaire>;

// ---------------------------------------------------------------- engine input

export const ZConstraintDefinition = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("catalog"),
    catalogId: z.string().min(1),
    description: zFreeText().max(DESCRIPTION_MAX_LENGTH).optional(),
  }),
  z.object({
    kind: z.literal("custom"),
    title: zFreeText().trim().min(1).max(TITLE_MAX_LENGTH),
    description: zFreeText().max(DESCRIPTION_MAX_LENGTH).optional(),
    /** v2: the area the person tagged the constraint with. */
    area: ZConstraintArea.optional(),
  }),
]);
export type TConstraintDefinition = z.infer<typeof ZConstraintDefinition>;

export const ZConstraintInput = z.object({
  /** Slot id, e.g. "c1". Identifies the constraint in answers and results. */
  constraintId: z.string().min(1),
  definition: ZConstraintDefinition,
  /** Probe answers keyed by question id. A missing probe is treated exactly like "dont_know". */
  probes: z.record(z.string(), ZProbeValue),
});
export type TConstraintInput = z.infer<typeof ZConstraintInput>;

export const ZEconomicsInput = z.object({
  currency: ZCurrency.optional(),
  leaderAnnualCompensation: z.number().nonnegative().optional(),
  monthlyAmountAtRisk: z.number().nonnegative().optional(),
  monthsPersisted: z.number().nonnegative().optional(),
  fractionalMonthlyFee: z.number().nonnegative().optional(),
  coachMonthlyFee: z.number().nonnegative().optional(),
  replacementCostMultiple: z.number().nonnegative().optional(),
  inactionHorizonMonths: z.number().int().min(1).max(60).optional(),
  wrongLeverMonths: z.number().nonnegative().optional(),
  /** v2: months over which action and inaction are compared. */
  horizonMonths: z.number().int().min(1).max(60).optional(),
});
export type TEconomicsInput = z.infer<typeof ZEconomicsInput>;

export const ZContextInput = z.object({
  respondentRole: ZRespondentRole,
  leaderFunction: ZLeaderFunction,
  leaderTitle: zFreeText().max(TITLE_MAX_LENGTH).optional(),
  /** v1 only (v2 asks how far the role stretches the leader instead). */
  tenure: ZTenure.optional(),
  /** v1 only. */
  companyStage: ZCompanyStage.optional(),
  /** v1 only (v2 asks for a deadline). */
  situation: ZSituation.optional(),
  /** v1 only (v2 asks for a deadline). */
  urgency: ZUrgency.optional(),
  retentionIntent: ZRetentionIntent,
  /** v2 */
  roleStretch: ZRoleStretch.optional(),
  /** v2: months until the date by which this must be solved (an exit, a board review); absent = none. */
  deadlineMonths: z.number().int().min(1).max(60).optional(),
  /** v2 */
  budget: ZBudget.optional(),
});
export type TContextInput = z.infer<typeof ZContextInput>;

export const ZInterventionInput = z.object({
  current: ZInterventionKind,
  permanentOwner: ZPermanentOwner,
  endDateSet: ZEndDateSet,
  /** v2: how what is in place is going (absent when nothing is). */
  status: ZInPlaceStatus.optional(),
});
export type TInterventionInput = z.infer<typeof ZInterventionInput>;

export const ZDiagnosticInput = z
  .object({
    questionnaireVersion: z.string().min(1),
    context: ZContextInput,
    constraints: z.array(ZConstraintInput).min(MIN_CONSTRAINTS).max(MAX_CONSTRAINTS),
    intervention: ZInterventionInput,
    economics: ZEconomicsInput.default({}),
    /** v2: the leader profile, asked once per diagnostic; answers by question id. */
    profile: z.record(z.string(), ZProbeValue).optional(),
    /** v2: what already works and should be built on (an option value of the strengths question). */
    strength: z.string().max(TITLE_MAX_LENGTH).optional(),
    /** Optional ISO date used only to turn "review in N weeks" into a calendar date. */
    asOf: z.iso.date().optional(),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    for (const c of input.constraints) {
      if (seen.has(c.constraintId)) {
        ctx.addIssue({ code: "custom", message: `Constraint slot ${c.constraintId} is used twice.` });
      }
      seen.add(c.constraintId);
    }
  });
export type TDiagnosticInput = z.infer<typeof ZDiagnosticInput>;
export type TDiagnosticInputRaw = z.input<typeof ZDiagnosticInput>;
