import type { TConstraintResult } from "@/lib/diagnostic";

/** Only what the quadrant chart draws, so a page does not ship every evidence sentence to the browser again. */
export type TQuadrantConstraint = Pick<TConstraintResult, "constraintId" | "title" | "class" | "behavioralScore" | "executionScore">;

export const toQuadrantConstraints = (constraints: readonly TConstraintResult[]): TQuadrantConstraint[] =>
  constraints.map(({ constraintId, title, class: cls, behavioralScore, executionScore }) => ({
    constraintId,
    title,
    class: cls,
    behavioralScore,
    executionScore,
  }));
