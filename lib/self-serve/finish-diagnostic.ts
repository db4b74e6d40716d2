import "server-only";
import { finishWithResult, type StoredResult } from "@/lib/data/diagnostic-store";
import { findByResumeLink } from "@/lib/self-serve/resume-link";
import { scoreAnswers } from "@/lib/self-serve/score-answers";

/** Scores the answers with the diagnostic's own questionnaire version, stores the result, locks the answers. */
export async function finishDiagnostic(token: string): Promise<StoredResult> {
  const diagnostic = await findByResumeLink(token);
  return finishWithResult({ diagnosticId: diagnostic.id, compute: (answers) => scoreAnswers(diagnostic.questionnaireVersion, answers) });
}
