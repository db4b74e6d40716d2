import "server-only";
import { AppError } from "@/lib/app-error";
import { deleteAnswers } from "@/lib/data/diagnostic-store";
import { requireQuestionnaire } from "@/lib/diagnostic";
import { findByResumeLink } from "@/lib/self-serve/resume-link";

/** Takes a constraint off the list, with every answer given about it. */
export async function removeConstraint(token: string, constraintId: string): Promise<number> {
  const diagnostic = await findByResumeLink(token);
  if (diagnostic.status === "finished") throw new AppError("CONFLICT", "This diagnostic is finished; its constraints can no longer change.");
  const { constraintSlots } = requireQuestionnaire(diagnostic.questionnaireVersion);
  if (!constraintSlots.includes(constraintId)) throw new AppError("INVALID_INPUT", `There is no constraint "${constraintId}".`);
  return deleteAnswers({ diagnosticId: diagnostic.id, constraintId });
}
