import "server-only";
import { finishWithResult, type StoredDiagnostic, type StoredResult } from "@/lib/data/diagnostic-store";
import { scoreAnswers } from "@/lib/self-serve/score-answers";

export async function finishIntake(diagnostic: StoredDiagnostic): Promise<StoredResult> {
  return finishWithResult({ diagnosticId: diagnostic.id, compute: (answers) => scoreAnswers(diagnostic.questionnaireVersion, answers) });
}
