import "server-only";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { describeCurrentWorkspace, findInvitationByTokenHash } from "@/lib/data/team-store";
import { hashSecretToken, isWellFormedToken } from "@/lib/secret-token";

/**
 * What the invitation page shows the holder of a link: unknown (or revoked), used, expired, or
 * pending with what the viewer can do about it. Whoever holds the link may read the workspace's name
 * and the invited address; nothing else of the workspace is shown.
 */
export type TInvitationView =
  | { state: "unknown" }
  | { state: "used" | "expired"; workspaceName: string }
  | {
      state: "pending";
      workspaceName: string;
      email: string;
      expiresAt: string;
      /** signed-out: sign up or in first; other-email: signed in as someone else; member: already in; in-use: their own workspace holds work. */
      viewer: "signed-out" | "other-email" | "member" | "in-use" | "can-accept";
      signedInAs: string | null;
    };

export async function openTeamInvitation(token: string, consultant: ConsultantSession | null, now: Date): Promise<TInvitationView> {
  if (!isWellFormedToken(token)) return { state: "unknown" };
  const invitation = await findInvitationByTokenHash(hashSecretToken(token));
  if (!invitation) return { state: "unknown" };
  if (invitation.acceptedAt) return { state: "used", workspaceName: invitation.workspaceName };
  if (invitation.expiresAt.getTime() <= now.getTime()) return { state: "expired", workspaceName: invitation.workspaceName };
  const base = { state: "pending" as const, workspaceName: invitation.workspaceName, email: invitation.email, expiresAt: invitation.expiresAt.toISOString() };
  if (!consultant) return { ...base, viewer: "signed-out", signedInAs: null };
  const signedInAs = consultant.user.email;
  if (signedInAs.trim().toLowerCase() !== invitation.email) return { ...base, viewer: "other-email", signedInAs };
  const current = await describeCurrentWorkspace(consultant.user.id, invitation.workspaceId);
  const viewer = current === "member" ? "member" : current === "in-use" ? "in-use" : "can-accept";
  return { ...base, viewer, signedInAs };
}
