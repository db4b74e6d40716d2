import "server-only";
import type { StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { listInvitations, type StoredInvitation } from "@/lib/data/respondent-invitation-store";
import { listRespondents } from "@/lib/data/respondent-store";
import { deliverDueInvitations } from "@/lib/email/send-invitation";
import { isOverdue } from "@/lib/respondents/due-date";

export type TIntakeRespondent = Awaited<ReturnType<typeof listRespondents>>[number] & {
  email: string | null;
  dueAt: Date | null;
  overdue: boolean;
  remindedAt: Date | null;
  /** The last invitation or reminder email; null when none was asked for. */
  delivery: Pick<StoredInvitation, "attempts" | "lastError" | "nextAttemptAt" | "sentAt"> & {
    kind: NonNullable<StoredInvitation["deliveryKind"]>;
    state: NonNullable<StoredInvitation["deliveryState"]>;
  } | null;
};

/** The respondents with their invitation's state; emails that are due (first sends, retries) go out first. */
export async function listIntakeRespondents(diagnostic: StoredDiagnostic, now: Date = new Date()): Promise<TIntakeRespondent[]> {
  await deliverDueInvitations({ diagnosticId: diagnostic.id, now });
  const [respondents, invitations] = await Promise.all([listRespondents(diagnostic.id), listInvitations(diagnostic.id)]);
  return respondents.map((respondent) => {
    const invitation = invitations.get(respondent.id);
    const dueAt = invitation?.dueAt ?? null;
    const { deliveryKind: kind, deliveryState: state } = invitation ?? {};
    return {
      ...respondent,
      email: invitation?.email ?? null,
      dueAt,
      overdue: isOverdue({ dueAt, submittedAt: respondent.submittedAt }, now),
      remindedAt: invitation?.remindedAt ?? null,
      delivery:
        invitation && kind && state
          ? { kind, state, attempts: invitation.attempts, lastError: invitation.lastError, nextAttemptAt: invitation.nextAttemptAt, sentAt: invitation.sentAt }
          : null,
    };
  });
}
