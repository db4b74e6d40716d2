import "server-only";
import type { TAssumptionsSubmission } from "@/lib/contract/requests";
import { AppError } from "@/lib/app-error";
import { reviseResult, type StoredResult } from "@/lib/data/diagnostic-store";
import { ECONOMICS_QUESTION_IDS, validateAnswer } from "@/lib/diagnostic";
import { findByResumeLink } from "@/lib/self-serve/resume-link";
import { scoreAnswers } from "@/lib/self-serve/score-answers";


const ECONOMICS_IDS = new Set(Object.values(ECONOMICS_QUESTION_IDS));

/**
 * Changes the cost assumptions of a finished diagnostic. The other answers stay locked; the result is
 * recomputed and stored as a new revision, so earlier revisions remain as they were.
 */
export async function reviseAssumptions(token: string, submission: TAssumptionsSubmission): Promise<StoredResult> {
  const diagnostic = await findByResumeLink(token);
  const answers = submission.answers.map((answer) => {
    if (!ECONOMICS_IDS.has(answer.questionId)) {
      throw new AppError("INVALID_INPUT", `Only cost assumptions can change after finishing; "${answer.questionId}" is not one.`);
    }
    const checked = validateAnswer(diagnostic.questionnaireVersion, { questionId: answer.questionId, constraintId: null, value: answer.value });
    if (!checked.ok) throw new AppError("INVALID_INPUT", checked.error);
    return { questionId: answer.questionId, value: checked.value };
  });
  return reviseResult({
    diagnosticId: diagnostic.id,
    answers,
    compute: (rows) => scoreAnswers(diagnostic.questionnaireVersion, rows),
  });
}
