import "server-only";
import { AppError } from "@/lib/app-error";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import type { StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { listInvitations } from "@/lib/data/respondent-invitation-store";
import { listRespondents } from "@/lib/data/respondent-store";
import { inviteRespondent } from "@/lib/workspace/invite-respondent";
import { openEngagement } from "@/lib/workspace/open-engagement";

/** The respondents of the previous assessment not yet invited to this one (same name and perspective). */
export async function respondentsToReinvite(consultant: ConsultantSession, diagnostic: StoredDiagnostic) {
  const engagement = await openEngagement(consultant, diagnostic);
  if (!engagement.previous) return { previousNumber: null, respondents: [] };
  const [before, now, invitations] = await Promise.all([listRespondents(engagement.previous.id), listRespondents(diagnostic.id), listInvitations(engagement.previous.id)]);
  const invited = new Set(now.map((r) => `${r.perspective}|${r.name}`));
  return {
    previousNumber: engagement.previous.number,
    respondents: before
      .filter((r) => !invited.has(`${r.perspective}|${r.name}`))
      .map((r) => ({ name: r.name, perspective: r.perspective, email: invitations.get(r.id)?.email ?? undefined })),
  };
}

/**
 * A re-assessment asks the same people again: each respondent of the previous assessment gets a new
 * personal link to this one (links are stored hashed, so the old ones cannot be re-sent), emailed to
 * the address of their last invitation when email is on. Returns the new links, once.
 */
export async function reinviteRespondents(consultant: ConsultantSession, diagnostic: StoredDiagnostic) {
  const { respondents } = await respondentsToReinvite(consultant, diagnostic);
  if (respondents.length === 0) throw new AppError("CONFLICT", "Everyone from the previous assessment is already invited to this one.");
  const invited = [];
  for (const r of respondents) {
    const { token, respondent } = await inviteRespondent(diagnostic, { perspective: r.perspective as never, name: r.name, email: r.email });
    invited.push({ id: respondent.id, name: r.name, respondPath: `/respond/${token}` });
  }
  return invited;
}
