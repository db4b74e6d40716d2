import { z } from "zod";
import { CONSTRAINT_CLASS_LABELS, type TDeficitLevel } from "@/lib/diagnostic/class-labels";
import { RECOMMENDATION_LABELS } from "@/lib/diagnostic/recommend-intervention";
import { ZConstraintClass, ZRecommendationKind, type TConstraintClass, type TRecommendationKind } from "@/lib/diagnostic/result-schemas";

/** Worst first: the order of a portfolio's class counts, so the classes that call for help lead. */
export const CONSTRAINT_CLASS_ORDER: readonly TConstraintClass[] = ["dual", "behavioral", "behavioral_team", "execution", "insufficient_evidence", "no_clear_deficit"];

export type { TDeficitLevel } from "@/lib/diagnostic/class-labels";

/**
 * Only the parts of a stored result a portfolio shows. Reading a snapshot through this slim schema
 * (unknown keys dropped) keeps a client's portfolio quick to open however large its results grow.
 */
const ZPortfolioSnapshot = z.object({
  constraints: z
    .array(
      z.object({
        constraintId: z.string(),
        title: z.string(),
        class: ZConstraintClass,
        behavioralScore: z.number().min(0).max(100),
        executionScore: z.number().min(0).max(100),
        v2: z.object({ severity: z.enum(["none", "minor", "clear", "strong"]) }).optional(),
      }),
    )
    .min(1),
  recommendation: z.object({ kind: ZRecommendationKind }),
});

export type TPortfolioConstraint = {
  constraintId: string;
  title: string;
  class: TConstraintClass;
  classLabel: string;
  behavioralScore: number;
  executionScore: number;
  /** The larger of the two deficit scores, 0-100: how far the constraint is from healthy on its worse side. */
  severity: number;
  /** v2's own weighing of the deficit; null for a v1 result, which has none. */
  deficitLevel: TDeficitLevel | null;
};

/** A leader's latest finished assessment, as stored: the raw snapshot is read here, not by the caller. */
export type TPortfolioAssessmentInput = {
  diagnosticId: string;
  finishedAt: Date;
  /** Released to the board, and to the leader. */
  releasedAt: Date | null;
  leaderReleasedAt: Date | null;
  respondents: { invited: number; answered: number };
  snapshot: unknown;
};

export type TPortfolioLeaderInput = {
  id: string;
  name: string;
  title: string | null;
  /** Every assessment of the leader, finished or not. */
  assessments: number;
  latest: TPortfolioAssessmentInput | null;
};

export type TPortfolioLeader = {
  id: string;
  name: string;
  title: string | null;
  assessments: number;
  /** Null when the leader has no finished assessment yet, or its stored result cannot be read. */
  latest: {
    diagnosticId: string;
    finishedAt: Date;
    releasedAt: Date | null;
    leaderReleasedAt: Date | null;
    respondents: { invited: number; answered: number };
    recommendation: { kind: TRecommendationKind; label: string };
    constraints: TPortfolioConstraint[];
  } | null;
};

export type TPortfolioCount<K extends string> = { key: K; label: string; count: number };

export type TPortfolio = {
  leaders: TPortfolioLeader[];
  /** Leaders with a finished assessment. */
  assessed: number;
  /** Constraints of every leader's latest assessment, by class, worst first; classes with none left out. */
  constraintsByClass: TPortfolioCount<TConstraintClass>[];
  /** Leaders by the recommendation of their latest assessment, in the engine's order; none left out. */
  leadersByRecommendation: TPortfolioCount<TRecommendationKind>[];
};

export function constraintSeverity(c: { behavioralScore: number; executionScore: number }): number {
  return Math.max(c.behavioralScore, c.executionScore);
}

/** One leader's latest assessment as a portfolio shows it; null when the stored result is not one this engine reads. */
function portfolioAssessment(input: TPortfolioAssessmentInput): TPortfolioLeader["latest"] {
  const parsed = ZPortfolioSnapshot.safeParse(input.snapshot);
  if (!parsed.success) return null;
  const { constraints, recommendation } = parsed.data;
  return {
    diagnosticId: input.diagnosticId,
    finishedAt: input.finishedAt,
    releasedAt: input.releasedAt,
    leaderReleasedAt: input.leaderReleasedAt,
    respondents: input.respondents,
    recommendation: { kind: recommendation.kind, label: RECOMMENDATION_LABELS[recommendation.kind] },
    constraints: constraints.map((c) => ({
      constraintId: c.constraintId,
      title: c.title,
      class: c.class,
      classLabel: CONSTRAINT_CLASS_LABELS[c.class],
      behavioralScore: c.behavioralScore,
      executionScore: c.executionScore,
      severity: constraintSeverity(c),
      deficitLevel: c.v2?.severity ?? null,
    })),
  };
}

/** A client's leaders with their latest finished assessment, and the counts its charts draw. */
export function buildPortfolio(leaders: readonly TPortfolioLeaderInput[]): TPortfolio {
  const shaped = leaders.map((leader): TPortfolioLeader => ({
    id: leader.id,
    name: leader.name,
    title: leader.title,
    assessments: leader.assessments,
    latest: leader.latest ? portfolioAssessment(leader.latest) : null,
  }));
  const classes = new Map<TConstraintClass, number>();
  const kinds = new Map<TRecommendationKind, number>();
  for (const leader of shaped) {
    if (!leader.latest) continue;
    kinds.set(leader.latest.recommendation.kind, (kinds.get(leader.latest.recommendation.kind) ?? 0) + 1);
    for (const c of leader.latest.constraints) classes.set(c.class, (classes.get(c.class) ?? 0) + 1);
  }
  return {
    leaders: shaped,
    assessed: shaped.filter((l) => l.latest).length,
    constraintsByClass: CONSTRAINT_CLASS_ORDER.flatMap((key) => {
      const count = classes.get(key) ?? 0;
      return count > 0 ? [{ key, label: CONSTRAINT_CLASS_LABELS[key], count }] : [];
    }),
    leadersByRecommendation: ZRecommendationKind.options.flatMap((key) => {
      const count = kinds.get(key) ?? 0;
      return count > 0 ? [{ key, label: RECOMMENDATION_LABELS[key], count }] : [];
    }),
  };
}

/** "2 Dual, 1 Execution": counts in words, the text a chart of them stands for. */
export function describeCounts(counts: readonly { label: string; count: number }[]): string {
  return counts.map((c) => `${c.count} ${c.label}`).join(", ");
}

export type TDiagnosticsSummaryKey = TRecommendationKind | "in_progress" | "unrecommended";

/**
 * Diagnostics by recommendation, as the dashboard's chart draws them: finished ones under the
 * engine's label, in the engine's order, then those still in progress; groups with none left out.
 */
export function summarizeByRecommendation(
  groups: readonly { status: "in_progress" | "finished"; recommendation: string | null; count: number }[],
): TPortfolioCount<TDiagnosticsSummaryKey>[] {
  const counts = new Map<TDiagnosticsSummaryKey, number>();
  for (const group of groups) {
    const kind = ZRecommendationKind.safeParse(group.recommendation);
    const key: TDiagnosticsSummaryKey = group.status === "in_progress" ? "in_progress" : kind.success ? kind.data : "unrecommended";
    counts.set(key, (counts.get(key) ?? 0) + group.count);
  }
  const labels: Record<TDiagnosticsSummaryKey, string> = { ...RECOMMENDATION_LABELS, unrecommended: "Finished, no recommendation stored", in_progress: "In progress" };
  const order: TDiagnosticsSummaryKey[] = [...ZRecommendationKind.options, "unrecommended", "in_progress"];
  return order.flatMap((key) => {
    const count = counts.get(key) ?? 0;
    return count > 0 ? [{ key, label: labels[key], count }] : [];
  });
}
