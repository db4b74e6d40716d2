import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import { saveAnswer, type StoredAnswer } from "@/lib/data/diagnostic-store";
import { validateAnswer } from "@/lib/diagnostic";
import { findByResumeLink } from "@/lib/self-serve/open-diagnostic";

export const ZAnswerSubmission = z.object({
  questionId: z.string().min(1).max(80),
  constraintId: z.string().min(1).max(20).nullable(),
  value: z.unknown(),
});
export type TAnswerSubmission = z.infer<typeof ZAnswerSubmission>;

/** Validates one answer against the diagnostic's own questionnaire version, then stores it. */
export async function recordAnswer(token: string, submission: TAnswerSubmission): Promise<StoredAnswer> {
  const diagnostic = await findByResumeLink(token);
  if (diagnostic.status === "finished") throw new AppError("CONFLICT", "This diagnostic is finished; its answers can no longer change.");
  const checked = validateAnswer(diagnostic.questionnaireVersion, { ...submission, value: submission.value });
  if (!checked.ok) throw new AppError("INVALID_INPUT", checked.error);
  return saveAnswer({ diagnosticId: diagnostic.id, questionId: submission.questionId, constraintId: submission.constraintId, value: checked.value });
}
