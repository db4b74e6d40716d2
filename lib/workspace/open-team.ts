import "server-only";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { findPendingInvitation, listPendingInvitations, listTeamMembers } from "@/lib/data/team-store";
import { hashSecretToken, isWellFormedToken } from "@/lib/secret-token";
import { invitationPath } from "@/lib/workspace/invite-teammate";

/**
 * The Team page: the members with their roles and when they joined, the pending invitations, and
 * the link of an invitation just created (`recentToken`, from the short-lived cookie the invite form
 * sets) while it is still pending. Every member sees the team; only owners change it.
 */
export async function openTeam(consultant: ConsultantSession, recentToken: string | undefined, now: Date) {
  const workspaceId = consultant.workspace.id;
  const [members, invitations, recent] = await Promise.all([
    listTeamMembers(workspaceId),
    listPendingInvitations(workspaceId),
    recentToken && isWellFormedToken(recentToken) ? findPendingInvitation({ tokenHash: hashSecretToken(recentToken), workspaceId, now }) : null,
  ]);
  return {
    isOwner: consultant.workspace.role === "owner",
    members: members.map((m) => ({ id: m.id, name: m.name, email: m.email, role: m.role, joinedAt: m.joinedAt.toISOString(), isYou: m.userId === consultant.user.id })),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      createdAt: i.createdAt.toISOString(),
      expiresAt: i.expiresAt.toISOString(),
      expired: i.expiresAt.getTime() <= now.getTime(),
    })),
    newLink: recent && recentToken ? { invitationId: recent.id, email: recent.email, path: invitationPath(recentToken), expiresAt: recent.expiresAt.toISOString() } : null,
  };
}
