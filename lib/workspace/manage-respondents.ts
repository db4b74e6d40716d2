import "server-only";
import type { ZRespondentInvitation } from "@/lib/contract/requests";
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import { findRelease, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { createRespondent, deleteRespondent, listRespondents } from "@/lib/data/respondent-store";
import { comparePerspectives, type TPerspectiveComparison } from "@/lib/diagnostic";
import { latestResultOf } from "@/lib/self-serve/open-result";
import { submittedRespondents } from "@/lib/workspace/release-report";
import { createSecretToken } from "@/lib/secret-token";

/** A consultant's side of respondents: invite, follow and withdraw, always inside their workspace. */



/** Creates a personal respondent link; the token is returned once and only its hash is kept. */
export async function inviteRespondent(diagnostic: StoredDiagnostic, invitation: z.output<typeof ZRespondentInvitation>) {
  if (diagnostic.status !== "finished") {
    throw new AppError("CONFLICT", "Finish the intake first: respondents answer about the constraints it defines.");
  }
  const { token, hash } = createSecretToken();
  const respondent = await createRespondent({ diagnosticId: diagnostic.id, perspective: invitation.perspective, name: invitation.name, tokenHash: hash });
  return { token, respondent };
}

export async function listIntakeRespondents(diagnostic: StoredDiagnostic) {
  return listRespondents(diagnostic.id);
}

/**
 * Withdraws an invitation with its answers; a link already sent stops working. Answers that are part
 * of the released report stay: removing them would change the published averages, and the change
 * would reveal that person's answers.
 */
export async function withdrawRespondent(diagnostic: StoredDiagnostic, respondentId: string): Promise<void> {
  const [release, respondents] = await Promise.all([findRelease(diagnostic.id), listRespondents(diagnostic.id)]);
  const submittedAt = respondents.find((r) => r.id === respondentId)?.submittedAt;
  if (release?.releasedAt && submittedAt && submittedAt <= release.releasedAt) {
    throw new AppError("CONFLICT", "These answers are part of the released report, so they can no longer be withdrawn.");
  }
  await deleteRespondent({ id: respondentId, diagnosticId: diagnostic.id });
}

/** Every perspective side by side with the perception gaps, from the answers submitted so far. */
export async function compareIntakePerspectives(diagnostic: StoredDiagnostic): Promise<TPerspectiveComparison | null> {
  const opened = await latestResultOf(diagnostic);
  if (!opened) return null;
  return comparePerspectives({
    questionnaireVersion: opened.result.questionnaireVersion,
    constraints: opened.input.constraints,
    intake: opened.result.constraints,
    respondents: await submittedRespondents(diagnostic.id),
  });
}
