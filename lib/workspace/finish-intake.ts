import "server-only";
import { finishWithResult, type StoredDiagnostic, type StoredResult } from "@/lib/data/diagnostic-store";
import { scoreAnswers } from "@/lib/self-serve/score-answers";
import { readVerdictBasis } from "@/lib/workspace/rescore-intake";

/** Finishes an intake: its first verdict rests on the intake alone until other perspectives answer. */
export async function finishIntake(diagnostic: StoredDiagnostic): Promise<StoredResult> {
  const chosen = await readVerdictBasis(diagnostic.id);
  return finishWithResult({ diagnosticId: diagnostic.id, compute: (answers) => scoreAnswers(diagnostic.questionnaireVersion, answers, { respondents: [], chosen }) });
}
