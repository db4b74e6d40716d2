import type { TQuestionnaire } from "@/lib/diagnostic/schemas";

/**
 * The most answers a person can be asked for a given number of constraints: every required question,
 * with every conditional one counted as shown (the worst case), plus picking the constraints. The
 * landing page's time promise is computed from it, and a test holds it to the product's budget.
 */
export function maxAnswers(q: TQuestionnaire, constraintCount: number): number {
  let count = 0;
  for (const question of q.questions) {
    if (!question.required) continue;
    count += question.scope === "constraint" ? constraintCount : 1;
  }
  return count;
}

/** Seconds per answer assumed for the time promise: reading, thinking, one tap. */
export const SECONDS_PER_ANSWER = 15;
