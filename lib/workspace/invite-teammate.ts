import "server-only";
import type { z } from "zod";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import type { ZTeamInvitationForm } from "@/lib/contract/requests";
import { createInvitation } from "@/lib/data/team-store";
import { createSecretToken } from "@/lib/secret-token";

/** How long an invitation link works: long enough for a colleague on leave, short enough to go stale. */
export const INVITATION_EXPIRY_DAYS = 7;

export const invitationPath = (token: string) => `/invitations/${token}`;

/**
 * An owner invites a colleague by email. The answer carries the link (`invitePath`), which exists
 * nowhere else: only its hash is stored. This is the seam for sending it by email; today the owner
 * copies it from the Team page.
 */
export async function inviteTeammate(
  consultant: ConsultantSession,
  request: z.output<typeof ZTeamInvitationForm>,
  now: Date,
): Promise<{ id: string; invitePath: string; token: string; email: string; expiresAt: Date }> {
  const { token, hash } = createSecretToken();
  const expiresAt = new Date(now.getTime() + INVITATION_EXPIRY_DAYS * 24 * 60 * 60 * 1000);
  const { id } = await createInvitation({ workspaceId: consultant.workspace.id, email: request.email, tokenHash: hash, expiresAt });
  return { id, invitePath: invitationPath(token), token, email: request.email, expiresAt };
}
