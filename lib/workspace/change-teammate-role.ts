import "server-only";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { setMemberRole } from "@/lib/data/team-store";
import type { WorkspaceRole } from "@/lib/data/workspace-store";

/** An owner makes a member an owner, or an owner a member; a workspace always keeps one owner. */
export async function changeTeammateRole(consultant: ConsultantSession, memberId: string, role: WorkspaceRole): Promise<void> {
  await setMemberRole({ workspaceId: consultant.workspace.id, memberId, role });
}
