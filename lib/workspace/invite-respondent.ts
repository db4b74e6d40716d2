import "server-only";
import type { ZRespondentInvitation } from "@/lib/contract/requests";
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import type { StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { createInvitedRespondent } from "@/lib/data/respondent-invitation-store";
import { emailEnabled } from "@/lib/email/mailer";
import { deliverInvitation, type TDeliveryOutcome } from "@/lib/email/send-invitation";
import { dueAtOf, dueDateProblem } from "@/lib/respondents/due-date";
import { createSecretToken } from "@/lib/secret-token";

/** A consultant's side of respondents: invite, follow and withdraw, always inside their workspace. */

/**
 * Creates a personal respondent link; the token is returned once and only its hash is kept. With an
 * email address and email on, the invitation is sent at once with that same link; a failure is kept
 * on the respondent and retried, and the link is still returned to copy.
 */
export async function inviteRespondent(
  diagnostic: StoredDiagnostic,
  invitation: z.output<typeof ZRespondentInvitation>,
  now: Date = new Date(),
): Promise<{ token: string; respondent: { id: string }; delivery: TDeliveryOutcome }> {
  if (diagnostic.status !== "finished") {
    throw new AppError("CONFLICT", "Finish the intake first: respondents answer about the constraints it defines.");
  }
  const dueAt = invitation.dueDate ? dueAtOf(invitation.dueDate) : null;
  const problem = dueAt ? dueDateProblem(dueAt, now) : null;
  if (problem) throw new AppError("INVALID_INPUT", problem);
  const { token, hash } = createSecretToken();
  const email = invitation.email ?? null;
  const deliver = email !== null && emailEnabled();
  const { respondent } = await createInvitedRespondent({
    diagnosticId: diagnostic.id,
    perspective: invitation.perspective,
    name: invitation.name,
    tokenHash: hash,
    email,
    dueAt,
    deliver,
    now,
  });
  const delivery = deliver ? await deliverInvitation(respondent.id, { token, now }) : { state: "off" as const };
  return { token, respondent, delivery };
}
