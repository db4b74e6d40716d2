import "server-only";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { deleteInvitation } from "@/lib/data/team-store";

/** An owner revokes a pending invitation of their workspace; its link stops working at once. */
export async function revokeTeamInvitation(consultant: ConsultantSession, invitationId: string): Promise<void> {
  await deleteInvitation({ id: invitationId, workspaceId: consultant.workspace.id });
}
