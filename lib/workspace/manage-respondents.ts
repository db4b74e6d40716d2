import "server-only";
import { z } from "zod";
import { zFreeText } from "@/lib/diagnostic/schemas";
import { AppError } from "@/lib/app-error";
import { requireConsultant } from "@/lib/auth/consultant-session";
import { findRelease, findWorkspaceDiagnostic, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { createRespondent, deleteRespondent, listRespondents } from "@/lib/data/respondent-store";
import { comparePerspectives, ZPerspective, type TPerspectiveComparison } from "@/lib/diagnostic";
import { latestResultOf } from "@/lib/self-serve/open-result";
import { submittedRespondents } from "@/lib/workspace/release-report";
import { createSecretToken } from "@/lib/secret-token";

/** A consultant's side of respondents: invite, follow and withdraw, always inside their workspace. */

export const ZRespondentInvitation = z.object({
  perspective: ZPerspective,
  name: zFreeText().trim().min(1, "Give the respondent a name you will recognise, e.g. “Dana, CFO”.").max(80),
});

const NOT_IN_WORKSPACE = "This diagnostic does not exist in your workspace.";

async function scopedDiagnostic(headers: Headers, id: string): Promise<StoredDiagnostic> {
  const { workspace } = await requireConsultant(headers);
  const diagnostic = await findWorkspaceDiagnostic({ id, workspaceId: workspace.id });
  if (!diagnostic) throw new AppError("NOT_FOUND", NOT_IN_WORKSPACE);
  return diagnostic;
}

/** Creates a personal respondent link; the token is returned once and only its hash is kept. */
export async function inviteRespondent(headers: Headers, diagnosticId: string, invitation: z.output<typeof ZRespondentInvitation>) {
  const diagnostic = await scopedDiagnostic(headers, diagnosticId);
  if (diagnostic.status !== "finished") {
    throw new AppError("CONFLICT", "Finish the intake first: respondents answer about the constraints it defines.");
  }
  const { token, hash } = createSecretToken();
  const respondent = await createRespondent({ diagnosticId: diagnostic.id, perspective: invitation.perspective, name: invitation.name, tokenHash: hash });
  return { token, respondent };
}

export async function listIntakeRespondents(headers: Headers, diagnosticId: string) {
  return listRespondents((await scopedDiagnostic(headers, diagnosticId)).id);
}

/**
 * Withdraws an invitation with its answers; a link already sent stops working. Answers that are part
 * of the released report stay: removing them would change the published averages, and the change
 * would reveal that person's answers.
 */
export async function withdrawRespondent(headers: Headers, diagnosticId: string, respondentId: string): Promise<void> {
  const diagnostic = await scopedDiagnostic(headers, diagnosticId);
  const [release, respondents] = await Promise.all([findRelease(diagnostic.id), listRespondents(diagnostic.id)]);
  const submittedAt = respondents.find((r) => r.id === respondentId)?.submittedAt;
  if (release?.releasedAt && submittedAt && submittedAt <= release.releasedAt) {
    throw new AppError("CONFLICT", "These answers are part of the released report, so they can no longer be withdrawn.");
  }
  await deleteRespondent({ id: respondentId, diagnosticId: diagnostic.id });
}

/** Every perspective side by side with the perception gaps, from the answers submitted so far. */
export async function compareIntakePerspectives(headers: Headers, diagnosticId: string): Promise<TPerspectiveComparison | null> {
  const diagnostic = await scopedDiagnostic(headers, diagnosticId);
  const opened = await latestResultOf(diagnostic);
  if (!opened) return null;
  return comparePerspectives({
    questionnaireVersion: opened.result.questionnaireVersion,
    constraints: opened.input.constraints,
    intake: opened.result.constraints,
    respondents: await submittedRespondents(diagnostic.id),
  });
}
