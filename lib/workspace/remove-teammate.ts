import "server-only";
import { workspaceNameFor } from "@/lib/auth/auth";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { removeMember } from "@/lib/data/team-store";

/**
 * An owner removes a member (or, with another owner left, themselves). The member's sessions end in
 * the same transaction, so their next page or API call is signed out; their account keeps a new,
 * empty workspace of its own.
 */
export async function removeTeammate(consultant: ConsultantSession, memberId: string): Promise<void> {
  await removeMember({ workspaceId: consultant.workspace.id, memberId, workspaceNameFor });
}
