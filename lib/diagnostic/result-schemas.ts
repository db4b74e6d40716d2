import { z } from "zod";
import { ZAxis, ZConstraintArea, ZCurrency, ZProbeValue } from "@/lib/diagnostic/schemas";

const ZScore = z.number().int().min(0).max(100);
const ZMoney = z.number().nonnegative();
const ZProbability = z.number().min(0).max(1);
const ZRange = z.object({ low: ZProbability, likely: ZProbability, high: ZProbability });

// ---------------------------------------------------------------- classification

/** "behavioral_team" (v2): the system is sound but the permanent team does not adopt it. */
export const ZConstraintClass = z.enum(["behavioral", "behavioral_team", "execution", "dual", "no_clear_deficit", "insufficient_evidence"]);
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
  /** v2 only, absent from v1 results. */
  v2: z
    .object({
      area: ZConstraintArea,
      /** How strongly the permanent team rejects what exists, 0-100; null when unknown or nothing was introduced. */
      adoptionScore: ZScore.nullable(),
      /** Who the neutral attribution question points to. */
      attribution: z.enum(["person", "mixed", "system", "unknown"]),
      /** How much the deficit weighs: none, minor (borderline), clear, strong. */
      severity: z.enum(["none", "minor", "clear", "strong"]),
      /** The side with too few answers to rule a deficit out. */
      openSide: z.enum(["behavioral", "execution"]).nullable(),
      /** Borderline: one answer, one step away, would change the class. */
      borderline: z.object({ settle: z.array(z.string()).min(1) }).nullable(),
      /** The two or three strongest answers, in a few words each. */
      keyAnswers: z.array(z.string()).max(3),
      /** Contradictory answers on this constraint, to check. */
      checks: z.array(z.string()),
    })
    .optional(),
});
export type TConstraintResult = z.infer<typeof ZConstraintResult>;

// ---------------------------------------------------------------- recommendation

/**
 * v2 adds the two light steps, "targeted_coaching" (a few sessions on one skill) and "scoped_fix"
 * (one system fixed in a few weeks), and "bridge" (an interim leader runs the function until a
 * successor takes over).
 */
export const ZRecommendationKind = z.enum([
  "coaching",
  "targeted_coaching",
  "fractional",
  "scoped_fix",
  "paired",
  "bridge",
  "monitor",
  "insufficient_evidence",
]);
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
    engagement: z.enum(["coaching", "targeted_coaching", "fractional", "scoped_fix", "paired", "bridge"]),
    name: z.string(),
    durationMonths: z.number().int().positive(),
    roles: z.array(ZRoleAssignment).min(2),
    phases: z.array(ZPhase).length(3),
    handoff: z.object({ summary: z.string(), exitCriteria: z.array(z.string()).min(3) }),
    kpis: z.array(ZKpi).min(1),
    /** v2: strengths and practices the plan builds on. */
    buildsOn: z.array(z.string()).optional(),
    /** v2: who backs the change before structural barriers are removed. */
    coalition: z.array(z.string()).optional(),
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
  /** v2 only: expected costs as ranges over one horizon. */
  v2: z
    .object({
      horizonMonths: z.number().int().positive(),
      failureProbability: ZRange,
      /** Expected cost of inaction over the horizon. */
      inaction: z.object({ low: ZMoney, likely: ZMoney, high: ZMoney }),
      action: z.object({
        fees: ZMoney,
        /** What is in place and kept, over the horizon. */
        currentSpend: ZMoney,
        /** Expected loss that remains with the plan in place. */
        residualRisk: z.object({ low: ZMoney, likely: ZMoney, high: ZMoney }),
        total: z.object({ low: ZMoney, likely: ZMoney, high: ZMoney }),
      }),
      /** True when every money figure rests on defaults only: shown as illustrative, never as a headline. */
      illustrative: z.boolean(),
      userFigures: z.number().int().min(0),
      basis: z.array(z.string()).min(1),
    })
    .optional(),
});
export type TCostEstimate = z.infer<typeof ZCostEstimate>;

// ---------------------------------------------------------------- decision (v2)

export const ZLever = z.enum([
  "coaching",
  "team_coaching",
  "targeted_coaching",
  "fractional",
  "scoped_fix",
  "paired",
  "bridge",
  "monitor",
  "gather_evidence",
]);
export type TLever = z.infer<typeof ZLever>;

export const ZInPlaceAdvice = z.object({
  action: z.enum(["keep", "stop", "add", "rescope"]),
  /** What the advice is about: an existing coach, operator, mixed coach-operator, mentor, search, or a new lever. */
  subject: z.enum(["coach", "operator", "mixed_role", "mentor", "search", "new", "rhythm"]),
  what: z.string(),
  why: z.string(),
});
export type TInPlaceAdvice = z.infer<typeof ZInPlaceAdvice>;

export const ZDecision = z.object({
  primary: z.object({ lever: ZLever, title: z.string(), sentence: z.string() }),
  /** A scoped step for the minor side, instead of a full second engagement. */
  secondary: z.object({ lever: ZLever, title: z.string(), sentence: z.string() }).nullable(),
  /** What to do with what is in place, and what to add. */
  inPlace: z.array(ZInPlaceAdvice).min(1),
  /** With budget for one lever: which to fund first and when to add the other. */
  fundFirst: z.string().nullable(),
  /** Whether the plan fits the deadline; null when there is none. */
  deadlineFit: z.object({ fits: z.boolean(), sentence: z.string() }).nullable(),
  firstThirtyDays: z.array(z.string()).min(1).max(5),
  /** Contradictory answers to check before acting. */
  checkAnswers: z.array(z.string()),
  /** The smallest changes of answers that would change the recommendation. */
  whatWouldChange: z.array(z.string()).min(1),
  confidence: z.object({ level: z.enum(["low", "medium", "high"]), sentence: z.string() }),
  /** The side of the rule that decided: both sides material, one side, minor only, none. */
  rule: z.string(),
});
export type TDecision = z.infer<typeof ZDecision>;

// ---------------------------------------------------------------- whose view the verdict rests on

/** The perspectives a consultant can count in an intake's verdict. */
export const ZBasisPerspective = z.enum(["intake", "self", "manager", "board", "peer"]);
export type TBasisPerspective = z.infer<typeof ZBasisPerspective>;

/** A group as shown: one named view, an anonymous group, or board members and peers pooled. */
export const ZPerspectiveGroupId = z.enum(["verdict", "intake", "self", "manager", "board", "peer", "board_and_peers"]);
export type TPerspectiveGroupId = z.infer<typeof ZPerspectiveGroupId>;

const ZBasisGroup = z.object({ id: ZPerspectiveGroupId, label: z.string(), respondents: z.number().int().min(0) });

export const ZVerdictBasis = z.object({
  /** What the consultant chose to count. */
  chosen: z.array(ZBasisPerspective).min(1),
  counted: z.array(ZBasisGroup).min(1),
  /** Shown beside the verdict but not counted in it. */
  compared: z.array(ZBasisGroup),
  /** Too few to stay anonymous: neither counted nor shown. */
  withheld: z.array(z.object({ label: z.string(), respondents: z.number().int().min(1) })),
  sentence: z.string(),
  /** Constraints the counted views read on opposite sides (the leader against the system): settle before acting. */
  contested: z.array(z.object({ constraintId: z.string(), sentence: z.string() })).default([]),
  /** The combined answers per constraint slot the verdict was scored from. */
  probes: z.record(z.string(), z.record(z.string(), ZProbeValue)),
});
export type TVerdictBasis = z.infer<typeof ZVerdictBasis>;

// ---------------------------------------------------------------- top level

export const ZDiagnosticResult = z.object({
  questionnaireVersion: z.string(),
  engineVersion: z.string(),
  constraints: z.array(ZConstraintResult).min(1),
  recommendation: ZRecommendation,
  failureModes: z.array(ZFailureMode),
  blueprint: ZBlueprint,
  costs: ZCostEstimate,
  /** v2 only: the decision the results open with. */
  decision: z.lazy(() => ZDecision).optional(),
  /** A consultant's intake: whose views the verdict rests on. Absent for a self-serve diagnostic. */
  basis: ZVerdictBasis.optional(),
});
export type TDiagnosticResult = z.infer<typeof ZDiagnosticResult>;
