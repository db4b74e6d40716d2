import "server-only";
import { AppError } from "@/lib/app-error";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { acceptInvitation } from "@/lib/data/team-store";
import { hashSecretToken, isWellFormedToken } from "@/lib/secret-token";
import { TEAM_MESSAGES } from "@/lib/team-messages";

/**
 * The signed-in colleague accepts an invitation sent to their address, once. An account belongs to
 * one workspace: their own is given up only when it is empty (as a new account's is); otherwise the
 * invitation is refused and they are told to use another address.
 */
export async function acceptTeamInvitation(consultant: ConsultantSession, token: string, now: Date): Promise<{ workspaceId: string }> {
  if (!isWellFormedToken(token)) throw new AppError("NOT_FOUND", TEAM_MESSAGES.invitationNotFound);
  return acceptInvitation({ tokenHash: hashSecretToken(token), userId: consultant.user.id, userEmail: consultant.user.email, now });
}
