import { z } from "zod";
import { ZConstraintClass, type TDiagnosticResult } from "@/lib/diagnostic/result-schemas";

/**
 * The evaluate step of diagnose -> act -> evaluate: one leader's successive results, matched
 * constraint by constraint (catalog constraints by their catalog id, custom ones by title), with each
 * constraint's scores and class over time and whether the handoff can start.
 */

export const ZProgressPoint = z.object({
  assessedAt: z.iso.datetime(),
  behavioralScore: z.number(),
  executionScore: z.number(),
  class: ZConstraintClass,
});

export const ZConstraintProgress = z.object({
  key: z.string(),
  title: z.string(),
  points: z.array(ZProgressPoint),
  resolved: z.boolean(),
});

export const ZLeaderProgress = z.object({
  assessments: z.number().int(),
  constraints: z.array(ZConstraintProgress),
  /** Every constraint seen in the latest assessment shows no clear deficit. */
  handoffReady: z.boolean(),
  summary: z.string(),
});
export type TLeaderProgress = z.infer<typeof ZLeaderProgress>;

/** How a constraint is recognised across assessments: catalog constraints by catalog id, custom ones by title. */
export function constraintKey(c: { catalogId: string | null; title: string }): string {
  return c.catalogId ? `catalog:${c.catalogId}` : `custom:${c.title.trim().toLowerCase()}`;
}

export function trackProgress(assessments: readonly { assessedAt: string; result: TDiagnosticResult }[]): TLeaderProgress {
  const ordered = [...assessments].sort((a, b) => a.assessedAt.localeCompare(b.assessedAt));
  const byKey = new Map<string, z.infer<typeof ZConstraintProgress>>();
  for (const { assessedAt, result } of ordered) {
    for (const c of result.constraints) {
      const key = constraintKey(c);
      const entry = byKey.get(key) ?? { key, title: c.title, points: [], resolved: false };
      entry.points.push({ assessedAt, behavioralScore: c.behavioralScore, executionScore: c.executionScore, class: c.class });
      byKey.set(key, entry);
    }
  }
  const latest = ordered.at(-1);
  const latestKeys = new Set(
    latest?.result.constraints.map(constraintKey) ?? [],
  );
  const constraints = [...byKey.values()].map((entry) => ({
    ...entry,
    resolved: latestKeys.has(entry.key) && entry.points.at(-1)?.class === "no_clear_deficit",
  }));
  const current = constraints.filter((c) => latestKeys.has(c.key));
  const handoffReady = ordered.length >= 2 && current.length > 0 && current.every((c) => c.resolved);
  const open = current.filter((c) => !c.resolved).length;
  const summary =
    ordered.length < 2
      ? "One assessment so far: re-assess after the first phase to see whether the engagement works."
      : handoffReady
        ? "Every constraint in the latest assessment shows no clear deficit: confirm the blueprint's exit criteria to start the handoff."
        : `${open} of ${current.length} constraint${current.length === 1 ? "" : "s"} still show a deficit in the latest assessment: keep the engagement in place.`;
  return ZLeaderProgress.parse({ assessments: ordered.length, constraints, handoffReady, summary });
}

export const ZHandoffCriterion = z.object({
  text: z.string(),
  /** "measured": read from the assessments; "confirmed": ticked off by the consultant. */
  source: z.enum(["measured", "confirmed"]),
  met: z.boolean(),
  /** When the consultant confirmed it (ISO), for confirmed criteria that are met. */
  confirmedAt: z.iso.datetime().nullable(),
  /** Who confirmed it, and on what evidence (when given). */
  confirmedBy: z.string().nullable().default(null),
  evidence: z.string().nullable().default(null),
});
export const ZHandoffReadiness = z.object({
  criteria: z.array(ZHandoffCriterion),
  ready: z.boolean(),
  summary: z.string(),
});
export type THandoffReadiness = z.infer<typeof ZHandoffReadiness>;

export const MEASURED_HANDOFF_CRITERION =
  "A re-assessment shows no clear deficit on any constraint of the latest assessment.";

/**
 * Whether the handoff can start: the one criterion the assessments measure (every current constraint
 * resolved in a re-assessment) and each exit criterion of the blueprint, which only the people in the
 * engagement can judge and the consultant confirms one by one. Only confirmations given since the
 * engagement's assessment count (criteria are template sentences, so an earlier engagement's would
 * otherwise carry over), and only of criteria the blueprint lists.
 */
export function assessHandoff(
  progress: TLeaderProgress,
  engagement: { assessedAt: string; exitCriteria: readonly string[] },
  confirmations: readonly { criterion: string; confirmedAt: string; confirmedBy?: string | null; evidence?: string | null }[],
): THandoffReadiness {
  const since = Date.parse(engagement.assessedAt);
  const confirmed = new Map(confirmations.filter((c) => Date.parse(c.confirmedAt) >= since).map((c) => [c.criterion, c]));
  const exitCriteria = engagement.exitCriteria;
  const criteria = [
    { text: MEASURED_HANDOFF_CRITERION, source: "measured" as const, met: progress.handoffReady, confirmedAt: null, confirmedBy: null, evidence: null },
    ...exitCriteria.map((text) => {
      const c = confirmed.get(text);
      return { text, source: "confirmed" as const, met: c !== undefined, confirmedAt: c?.confirmedAt ?? null, confirmedBy: c?.confirmedBy ?? null, evidence: c?.evidence ?? null };
    }),
  ];
  const open = criteria.filter((c) => !c.met).length;
  const ready = open === 0;
  const summary = ready
    ? "Every handoff criterion is met: the handoff can start."
    : `${open} of ${criteria.length} handoff criteria ${open === 1 ? "is" : "are"} not met yet.`;
  return ZHandoffReadiness.parse({ criteria, ready, summary });
}
