import "server-only";
import type { TAnswerSubmission } from "@/lib/contract/requests";
import { AppError } from "@/lib/app-error";
import { saveAnswer, type StoredAnswer, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { validateAnswer } from "@/lib/diagnostic";

export async function recordIntakeAnswer(diagnostic: StoredDiagnostic, submission: TAnswerSubmission): Promise<StoredAnswer> {
  const checked = validateAnswer(diagnostic.questionnaireVersion, submission);
  if (!checked.ok) throw new AppError("INVALID_INPUT", checked.error);
  return saveAnswer({ diagnosticId: diagnostic.id, questionId: submission.questionId, constraintId: submission.constraintId, value: checked.value });
}
