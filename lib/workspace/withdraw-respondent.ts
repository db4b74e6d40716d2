import "server-only";
import { AppError } from "@/lib/app-error";
import { findRelease, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { deleteRespondent, listRespondents } from "@/lib/data/respondent-store";

/**
 * Withdraws an invitation with its answers; a link already sent stops working. Answers that are part
 * of the released report stay: removing them would change the published averages, and the change
 * would reveal that person's answers.
 */
export async function withdrawRespondent(diagnostic: StoredDiagnostic, respondentId: string): Promise<void> {
  const [release, respondents] = await Promise.all([findRelease(diagnostic.id), listRespondents(diagnostic.id)]);
  const submittedAt = respondents.find((r) => r.id === respondentId)?.submittedAt;
  if (submittedAt && release?.releases.some((r) => submittedAt <= r.releasedAt)) {
    throw new AppError("CONFLICT", "These answers are part of the released report, so they can no longer be withdrawn.");
  }
  await deleteRespondent({ id: respondentId, diagnosticId: diagnostic.id });
}
