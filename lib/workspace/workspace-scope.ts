import "server-only";
import { AppError } from "@/lib/app-error";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { findWorkspaceDiagnostic, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { findWorkspaceInvitation, findWorkspaceMember } from "@/lib/data/team-store";
import { findWorkspaceClient, findWorkspaceLeader } from "@/lib/data/workspace-store";
import { TEAM_MESSAGES } from "@/lib/team-messages";

/**
 * The one place that answers "is this resource in my workspace?". Anything outside it is NOT_FOUND,
 * never FORBIDDEN: another workspace's ids do not exist for this consultant.
 */
export const DIAGNOSTIC_NOT_IN_WORKSPACE = "This diagnostic does not exist in your workspace.";
export const LEADER_NOT_IN_WORKSPACE = "This leader does not exist in your workspace.";
export const CLIENT_NOT_IN_WORKSPACE = "This client does not exist in your workspace.";

export type WorkspaceClient = { id: string; name: string };
export type WorkspaceMember = { id: string; role: "owner" | "member" };
export type WorkspaceInvitation = { id: string; email: string };
export type WorkspaceLeader = { id: string; name: string; title: string | null; clientName: string };

export async function diagnosticInWorkspace(consultant: ConsultantSession, id: string): Promise<StoredDiagnostic> {
  const diagnostic = await findWorkspaceDiagnostic({ id, workspaceId: consultant.workspace.id });
  if (!diagnostic) throw new AppError("NOT_FOUND", DIAGNOSTIC_NOT_IN_WORKSPACE);
  return diagnostic;
}

export async function leaderInWorkspace(consultant: ConsultantSession, id: string): Promise<WorkspaceLeader> {
  const leader = await findWorkspaceLeader({ id, workspaceId: consultant.workspace.id });
  if (!leader) throw new AppError("NOT_FOUND", LEADER_NOT_IN_WORKSPACE);
  return leader;
}

export async function clientInWorkspace(consultant: ConsultantSession, id: string): Promise<WorkspaceClient> {
  const client = await findWorkspaceClient({ id, workspaceId: consultant.workspace.id });
  if (!client) throw new AppError("NOT_FOUND", CLIENT_NOT_IN_WORKSPACE);
  return client;
}

export async function memberInWorkspace(consultant: ConsultantSession, id: string): Promise<WorkspaceMember> {
  const member = await findWorkspaceMember({ id, workspaceId: consultant.workspace.id });
  if (!member) throw new AppError("NOT_FOUND", TEAM_MESSAGES.memberNotFound);
  return member;
}

/** A pending invitation of the workspace (an accepted one is no longer the owner's to revoke). */
export async function invitationInWorkspace(consultant: ConsultantSession, id: string): Promise<WorkspaceInvitation> {
  const invitation = await findWorkspaceInvitation({ id, workspaceId: consultant.workspace.id });
  if (!invitation) throw new AppError("NOT_FOUND", TEAM_MESSAGES.invitationNotFound);
  return invitation;
}
