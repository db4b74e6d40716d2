import "server-only";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { deleteWorkspaceDiagnostic } from "@/lib/data/diagnostic-store";
import { deleteClient, deleteLeader } from "@/lib/data/workspace-store";

/** Deletes a client, a leader or a diagnostic of the signed-in consultant's workspace, with everything attached. */
export async function removeFromWorkspace(consultant: ConsultantSession, kind: "client" | "leader" | "diagnostic", id: string): Promise<void> {
  const { workspace } = consultant;
  const scope = { id, workspaceId: workspace.id };
  if (kind === "client") return deleteClient(scope);
  if (kind === "leader") return deleteLeader(scope);
  return deleteWorkspaceDiagnostic(scope);
}
