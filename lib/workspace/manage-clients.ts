import "server-only";
import type { ZClientRequest, ZLeaderRequest } from "@/lib/contract/requests";
import { z } from "zod";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { deleteWorkspaceDiagnostic } from "@/lib/data/diagnostic-store";
import { createClient, createLeader, deleteClient, deleteLeader } from "@/lib/data/workspace-store";


/** Adds a client to the signed-in consultant's workspace. */
export async function addClient(consultant: ConsultantSession, request: z.output<typeof ZClientRequest>): Promise<{ id: string }> {
  const { workspace } = consultant;
  return createClient({ workspaceId: workspace.id, name: request.name });
}

/** Adds a leader to one of the signed-in consultant's clients. */
export async function addLeader(consultant: ConsultantSession, clientId: string, request: z.output<typeof ZLeaderRequest>): Promise<{ id: string }> {
  const { workspace } = consultant;
  return createLeader({ workspaceId: workspace.id, clientId, name: request.name, title: request.title || null });
}

/** Deletes a client, a leader or a diagnostic of the signed-in consultant's workspace, with everything attached. */
export async function removeFromWorkspace(consultant: ConsultantSession, kind: "client" | "leader" | "diagnostic", id: string): Promise<void> {
  const { workspace } = consultant;
  const scope = { id, workspaceId: workspace.id };
  if (kind === "client") return deleteClient(scope);
  if (kind === "leader") return deleteLeader(scope);
  return deleteWorkspaceDiagnostic(scope);
}
