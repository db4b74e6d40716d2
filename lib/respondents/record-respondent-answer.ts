import "server-only";
import { AppError } from "@/lib/app-error";
import { saveRespondentAnswer } from "@/lib/data/respondent-store";
import { constraintProbeQuestions, requireQuestionnaire, validateAnswer } from "@/lib/diagnostic";
import { constraintSlotsInUse } from "@/lib/diagnostic/plan-steps";
import type { TAnswerSubmission } from "@/lib/contract/requests";
import { countRespondentWrite, definitionsOf, respondentFor } from "@/lib/respondents/respondent-link";

/** Only a probe, for one of the intake's constraints, with a valid value, is stored. */
export async function recordRespondentAnswer(token: string, submission: TAnswerSubmission, clientAddress: string): Promise<void> {
  await countRespondentWrite(clientAddress);
  const { respondent, diagnostic } = await respondentFor(token);
  if (respondent.submittedAt) throw new AppError("CONFLICT", "These answers were submitted; they can no longer change.");
  const q = requireQuestionnaire(diagnostic.questionnaireVersion);
  if (!constraintProbeQuestions(q).some((p) => p.id === submission.questionId)) {
    throw new AppError("INVALID_INPUT", `Respondents answer the constraint probes only; "${submission.questionId}" is not one of them.`);
  }
  const slots = constraintSlotsInUse(q, await definitionsOf(diagnostic));
  if (submission.constraintId === null || !slots.includes(submission.constraintId)) {
    throw new AppError("INVALID_INPUT", `This intake has no constraint "${String(submission.constraintId)}".`);
  }
  const checked = validateAnswer(diagnostic.questionnaireVersion, submission);
  if (!checked.ok) throw new AppError("INVALID_INPUT", checked.error);
  await saveRespondentAnswer({ respondentId: respondent.id, questionId: submission.questionId, constraintId: submission.constraintId, value: checked.value });
}
