import "server-only";
import { AppError } from "@/lib/app-error";
import { auth } from "@/lib/auth/auth";
import { findWorkspaceOfUser, type WorkspaceRole } from "@/lib/data/workspace-store";

export type ConsultantSession = { user: { id: string; name: string; email: string }; workspace: { id: string; name: string; role: WorkspaceRole } };

/** The signed-in consultant and their workspace, or null. */
export async function findConsultant(headers: Headers): Promise<ConsultantSession | null> {
  const session = await auth().api.getSession({ headers });
  if (!session) return null;
  const workspace = await findWorkspaceOfUser(session.user.id);
  if (!workspace) return null;
  return { user: { id: session.user.id, name: session.user.name, email: session.user.email }, workspace };
}

export async function requireConsultant(headers: Headers): Promise<ConsultantSession> {
  const consultant = await findConsultant(headers);
  if (!consultant) throw new AppError("UNAUTHORIZED", "Sign in to your consultant account first.");
  return consultant;
}
