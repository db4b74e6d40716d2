import { z } from "zod";
import { ZAxis, ZCurrency, ZProbeValue } from "@/lib/diagnostic/schemas";

const ZScore = z.number().int().min(0).max(100);
const ZMoney = z.number().nonnegative();

// ---------------------------------------------------------------- classification

export const ZConstraintClass = z.enum(["behavioral", "execution", "dual", "no_clear_deficit", "insufficient_evidence"]);
export type TConstraintClass = z.infer<typeof ZConstraintClass>;

export const ZConfidence = z.object({
  level: z.enum(["low", "medium", "high"]),
  value: z.number().min(0).max(1),
});

export const ZEvidenceItem = z.object({
  questionId: z.string(),
  constraintId: z.string(),
  axis: ZAxis,
  indicator: z.string(),
  value: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** How many points the score would drop if this answer were "not at all". */
  points: z.number().nonnegative(),
  sentence: z.string(),
});
export type TEvidenceItem = z.infer<typeof ZEvidenceItem>;

export const ZConstraintResult = z.object({
  constraintId: z.string(),
  title: z.string(),
  catalogId: z.string().nullable(),
  behavioralScore: ZScore,
  executionScore: ZScore,
  class: ZConstraintClass,
  confidence: ZConfidence,
  answeredShare: z.number().min(0).max(1),
  behavioralAnsweredShare: z.number().min(0).max(1),
  executionAnsweredShare: z.number().min(0).max(1),
  complexityExceedsExperience: ZProbeValue,
  persistsIfReplaced: ZProbeValue,
  evidence: z.object({ behavioral: z.array(ZEvidenceItem), execution: z.array(ZEvidenceItem) }),
  summary: z.string(),
});
export type TConstraintResult = z.infer<typeof ZConstraintResult>;

// ---------------------------------------------------------------- recommendation

export const ZRecommendationKind = z.enum(["coaching", "fractional", "paired", "monitor", "insufficient_evidence"]);
export type TRecommendationKind = z.infer<typeof ZRecommendationKind>;

export const ZFractionalRole = z.object({ code: z.string(), title: z.string() });
export type TFractionalRole = z.infer<typeof ZFractionalRole>;

export const ZRecommendation = z.object({
  kind: ZRecommendationKind,
  label: z.string(),
  headline: z.string(),
  why: z.array(z.string()).min(1),
  fractionalRole: ZFractionalRole.nullable(),
  includesCoaching: z.boolean(),
  includesFractional: z.boolean(),
  handoffRequired: z.boolean(),
  constraintIdsByClass: z.record(ZConstraintClass, z.array(z.string())),
});
export type TRecommendation = z.infer<typeof ZRecommendation>;

// ---------------------------------------------------------------- failure modes

export const ZFailureModeId = z.enum([
  "capabilities_trap",
  "rental_trap",
  "tool_misapplication_tax",
  "leadership_churn",
  "trial_by_fire",
  "mentor_model",
  "working_manager_coach",
]);
export type TFailureModeId = z.infer<typeof ZFailureModeId>;

export const ZTrigger = z.object({ questionId: z.string(), constraintId: z.string().nullable(), sentence: z.string() });
export type TTrigger = z.infer<typeof ZTrigger>;

export const ZFailureMode = z.object({
  id: ZFailureModeId,
  name: z.string(),
  severity: z.enum(["low", "medium", "high"]),
  explanation: z.string(),
  triggers: z.array(ZTrigger).min(1),
});
export type TFailureMode = z.infer<typeof ZFailureMode>;

// ---------------------------------------------------------------- blueprint

export const ZRoleAssignment = z.object({
  role: z.enum(["fractional_leader", "coach", "permanent_executive", "board_sponsor"]),
  title: z.string(),
  mandate: z.string(),
  decisionRights: z.array(z.string()),
});

export const ZPhase = z.object({
  id: z.enum(["diagnose_unfreeze", "install_and_develop", "handoff_refreeze"]),
  name: z.string(),
  startWeek: z.number().int().min(1),
  endWeek: z.number().int().min(1),
  goals: z.array(z.string()).min(1),
});

export const ZKpi = z.object({ name: z.string(), why: z.string() });
export type TKpi = z.infer<typeof ZKpi>;

export const ZBlueprint = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("engagement"),
    engagement: z.enum(["coaching", "fractional", "paired"]),
    name: z.string(),
    durationMonths: z.number().int().positive(),
    roles: z.array(ZRoleAssignment).min(2),
    phases: z.array(ZPhase).length(3),
    handoff: z.object({ summary: z.string(), exitCriteria: z.array(z.string()).min(3) }),
    kpis: z.array(ZKpi).min(1),
  }),
  z.object({
    kind: z.literal("monitor"),
    name: z.string(),
    reviewAfterWeeks: z.number().int().positive(),
    reviewDate: z.iso.date().nullable(),
    watch: z.array(z.string()).min(1),
    kpis: z.array(ZKpi),
  }),
  z.object({ kind: z.literal("gather_evidence"), name: z.string(), steps: z.array(z.string()).min(1) }),
]);
export type TBlueprint = z.infer<typeof ZBlueprint>;

// ---------------------------------------------------------------- costs

export const ZAssumption = z.object({
  id: z.string(),
  label: z.string(),
  value: z.union([z.number(), z.string()]),
  unit: z.string(),
  source: z.string(),
  origin: z.enum(["user", "default"]),
});
export type TAssumption = z.infer<typeof ZAssumption>;

export const ZCostEstimate = z.object({
  applicable: z.boolean(),
  currency: ZCurrency,
  durationMonths: z.number().int().nonnegative(),
  costOfAction: ZMoney,
  costOfInaction: z.object({ total: ZMoney, failedTenure: ZMoney, amountAtRiskOverDelay: ZMoney }),
  alreadyLost: ZMoney,
  misapplicationTax: z.object({ applies: z.boolean(), months: z.number().nonnegative(), total: ZMoney, explanation: z.string() }),
  assumptions: z.array(ZAssumption),
  series: z.array(z.object({ month: z.number().int().min(0), action: ZMoney, inaction: ZMoney })),
  summary: z.string(),
});
export type TCostEstimate = z.infer<typeof ZCostEstimate>;

// ---------------------------------------------------------------- top level

export const ZDiagnosticResult = z.object({
  questionnaireVersion: z.string(),
  engineVersion: z.string(),
  constraints: z.array(ZConstraintResult).min(1),
  recommendation: ZRecommendation,
  failureModes: z.array(ZFailureMode),
  blueprint: ZBlueprint,
  costs: ZCostEstimate,
});
export type TDiagnosticResult = z.infer<typeof ZDiagnosticResult>;
