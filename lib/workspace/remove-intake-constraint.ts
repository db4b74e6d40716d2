import "server-only";
import { AppError } from "@/lib/app-error";
import { deleteAnswers, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { requireQuestionnaire } from "@/lib/diagnostic";

export async function removeIntakeConstraint(diagnostic: StoredDiagnostic, constraintId: string): Promise<number> {
  if (diagnostic.status === "finished") throw new AppError("CONFLICT", "This diagnostic is finished; its constraints can no longer change.");
  if (!requireQuestionnaire(diagnostic.questionnaireVersion).constraintSlots.includes(constraintId)) {
    throw new AppError("INVALID_INPUT", `There is no constraint "${constraintId}".`);
  }
  return deleteAnswers({ diagnosticId: diagnostic.id, constraintId });
}
