import "server-only";
import { AppError } from "@/lib/app-error";
import type { StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { findInvitation, queueDelivery, replaceRespondentToken } from "@/lib/data/respondent-invitation-store";
import { listRespondents } from "@/lib/data/respondent-store";
import { emailEnabled } from "@/lib/email/mailer";
import { deliverInvitation } from "@/lib/email/send-invitation";
import { createSecretToken } from "@/lib/secret-token";

/**
 * Reminds a respondent who has not submitted. Links are kept only as hashes, so a reminder carries a
 * fresh link: emailed when the respondent has an address and email is on (the old link stops working
 * once the reminder is sent), otherwise returned for the consultant to send (the old link stops at once).
 * Answers belong to the respondent, not the link: they are kept either way.
 */
export async function remindRespondent(
  diagnostic: StoredDiagnostic,
  respondentId: string,
  now: Date = new Date(),
): Promise<{ emailed: boolean; token: string | null; error: string | null }> {
  const respondent = (await listRespondents(diagnostic.id)).find((r) => r.id === respondentId);
  if (!respondent) throw new AppError("NOT_FOUND", "This respondent does not exist.");
  if (respondent.submittedAt) throw new AppError("CONFLICT", "This respondent has already answered.");
  const invitation = await findInvitation(respondentId);
  if (invitation?.email && emailEnabled()) {
    await queueDelivery({ respondentId, kind: "reminder", now });
    const outcome = await deliverInvitation(respondentId, { now });
    if (outcome.state === "sent") return { emailed: true, token: outcome.token, error: null };
    if (outcome.state === "failed") return { emailed: false, token: null, error: outcome.error };
    throw new AppError("CONFLICT", "An email to this respondent is being sent right now; look again in a moment.");
  }
  const { token, hash } = createSecretToken();
  await replaceRespondentToken({ respondentId, diagnosticId: diagnostic.id, tokenHash: hash });
  return { emailed: false, token, error: null };
}
