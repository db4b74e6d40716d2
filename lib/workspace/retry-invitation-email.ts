import "server-only";
import { AppError } from "@/lib/app-error";
import type { StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { findInvitation, queueDelivery } from "@/lib/data/respondent-invitation-store";
import { listRespondents } from "@/lib/data/respondent-store";
import { emailEnabled, EMAIL_OFF } from "@/lib/email/mailer";
import { deliverInvitation } from "@/lib/email/send-invitation";

/**
 * The consultant's Retry on an email that failed: sends it again now, with a fresh link (the one that
 * failed to arrive cannot be re-sent; a link copied earlier stops working once this one is sent).
 */
export async function retryInvitationEmail(
  diagnostic: StoredDiagnostic,
  respondentId: string,
  now: Date = new Date(),
): Promise<{ state: "sent" | "failed"; error: string | null }> {
  if (!emailEnabled()) throw new AppError("CONFLICT", EMAIL_OFF);
  const respondent = (await listRespondents(diagnostic.id)).find((r) => r.id === respondentId);
  const invitation = respondent ? await findInvitation(respondentId) : null;
  if (!respondent || !invitation) throw new AppError("NOT_FOUND", "This respondent does not exist.");
  if (respondent.submittedAt) throw new AppError("CONFLICT", "This respondent has already answered.");
  if (!invitation.email) throw new AppError("CONFLICT", "This respondent has no email address; copy a new link with Remind instead.");
  if (invitation.deliveryState === "sent") throw new AppError("CONFLICT", "This email was sent; use Remind to send another.");
  await queueDelivery({ respondentId, kind: invitation.deliveryKind ?? "invitation", now });
  const outcome = await deliverInvitation(respondentId, { now });
  if (outcome.state === "sent") return { state: "sent", error: null };
  if (outcome.state === "failed") return { state: "failed", error: outcome.error };
  throw new AppError("CONFLICT", "An email to this respondent is being sent right now; look again in a moment.");
}
