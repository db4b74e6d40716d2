import { z } from "zod";
import { classInWords } from "@/lib/diagnostic/class-labels";
import { ZConstraintClass, type TDiagnosticResult } from "@/lib/diagnostic/result-schemas";
import { constraintKey } from "@/lib/diagnostic/track-progress";

/**
 * What changed since the last assessment, constraint by constraint (matched as progress tracking
 * matches them: catalog constraints by catalog id, custom ones by title), in words a consultant can
 * read out: scores before and after, the class change, and the recommendation's change.
 */

/** A move smaller than this (0-100) is within the noise of one answer step: "about the same". */
export const MEANINGFUL_CHANGE_POINTS = 10;

const ZSide = z.object({ behavioralScore: z.number(), executionScore: z.number(), class: ZConstraintClass });

export const ZAssessmentChange = z.object({
  previousAssessedAt: z.iso.datetime(),
  recommendation: z.object({ before: z.string(), after: z.string(), changed: z.boolean() }),
  constraints: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      before: ZSide.nullable(),
      after: ZSide.nullable(),
      direction: z.enum(["better", "worse", "same", "new", "dropped"]),
      sentence: z.string(),
    }),
  ),
  summary: z.string(),
});
export type TAssessmentChange = z.infer<typeof ZAssessmentChange>;

function move(label: string, before: number, after: number): string {
  const delta = after - before;
  if (Math.abs(delta) < MEANINGFUL_CHANGE_POINTS) return `${label} about the same (${before} → ${after})`;
  return `${label} ${delta < 0 ? "down" : "up"} ${Math.abs(delta)} points (${before} → ${after})`;
}

export function compareAssessments(
  previous: { assessedAt: string; result: TDiagnosticResult },
  current: { result: TDiagnosticResult },
): TAssessmentChange {
  const before = new Map(previous.result.constraints.map((c) => [constraintKey(c), c]));
  const after = new Map(current.result.constraints.map((c) => [constraintKey(c), c]));
  const keys = [...after.keys(), ...[...before.keys()].filter((k) => !after.has(k))];
  const constraints = keys.map((key) => {
    const b = before.get(key);
    const a = after.get(key);
    const side = (c: typeof a) => (c ? { behavioralScore: c.behavioralScore, executionScore: c.executionScore, class: c.class } : null);
    const title = (a ?? b)!.title;
    if (!b) return { key, title, before: null, after: side(a), direction: "new" as const, sentence: `New since last time: ${classInWords(a!.class)}.` };
    if (!a) return { key, title, before: side(b), after: null, direction: "dropped" as const, sentence: "Not assessed this time." };
    const worst = (c: typeof a) => Math.max(c.behavioralScore, c.executionScore);
    const delta = worst(a) - worst(b);
    const direction = Math.abs(delta) < MEANINGFUL_CHANGE_POINTS ? ("same" as const) : delta < 0 ? ("better" as const) : ("worse" as const);
    const classPart = a.class === b.class ? `Still ${classInWords(a.class)}` : `${classInWords(b.class)} → ${classInWords(a.class)}`;
    const sentence = `${classPart}: ${move("behavioral", b.behavioralScore, a.behavioralScore)}, ${move("execution", b.executionScore, a.executionScore)}.`;
    return { key, title, before: side(b), after: side(a), direction, sentence };
  });
  const count = (d: string) => constraints.filter((c) => c.direction === d).length;
  const parts = [
    count("better") ? `${count("better")} improved` : null,
    count("worse") ? `${count("worse")} worse` : null,
    count("same") ? `${count("same")} about the same` : null,
    count("new") ? `${count("new")} new` : null,
    count("dropped") ? `${count("dropped")} no longer assessed` : null,
  ].filter(Boolean);
  const recommendation = {
    before: previous.result.recommendation.label,
    after: current.result.recommendation.label,
    changed: previous.result.recommendation.kind !== current.result.recommendation.kind,
  };
  const summary = `Since the last assessment: ${parts.join(", ")}. ${
    recommendation.changed ? `The recommendation moved from ${recommendation.before} to ${recommendation.after}.` : `The recommendation stays ${recommendation.after}.`
  }`;
  return ZAssessmentChange.parse({ previousAssessedAt: previous.assessedAt, recommendation, constraints, summary });
}
