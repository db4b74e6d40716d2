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

export function trackProgress(assessments: readonly { assessedAt: string; result: TDiagnosticResult }[]): TLeaderProgress {
  const ordered = [...assessments].sort((a, b) => a.assessedAt.localeCompare(b.assessedAt));
  const byKey = new Map<string, z.infer<typeof ZConstraintProgress>>();
  for (const { assessedAt, result } of ordered) {
    for (const c of result.constraints) {
      const key = c.catalogId ? `catalog:${c.catalogId}` : `custom:${c.title.trim().toLowerCase()}`;
      const entry = byKey.get(key) ?? { key, title: c.title, points: [], resolved: false };
      entry.points.push({ assessedAt, behavioralScore: c.behavioralScore, executionScore: c.executionScore, class: c.class });
      byKey.set(key, entry);
    }
  }
  const latest = ordered.at(-1);
  const latestKeys = new Set(
    latest?.result.constraints.map((c) => (c.catalogId ? `catalog:${c.catalogId}` : `custom:${c.title.trim().toLowerCase()}`)) ?? [],
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
        ? "Every constraint in the latest assessment shows no clear deficit: the handoff criteria can be checked and the handoff started."
        : `${open} of ${current.length} constraint${current.length === 1 ? "" : "s"} still show a deficit in the latest assessment: keep the engagement in place.`;
  return ZLeaderProgress.parse({ assessments: ordered.length, constraints, handoffReady, summary });
}
