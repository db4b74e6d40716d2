import "server-only";
import { z } from "zod";
import { zFreeText } from "@/lib/diagnostic/schemas";
import { requireConsultant } from "@/lib/auth/consultant-session";
import { deleteWorkspaceDiagnostic } from "@/lib/data/diagnostic-store";
import { createClient, createLeader, deleteClient, deleteLeader } from "@/lib/data/workspace-store";

export const ZClientRequest = z.object({ name: zFreeText().trim().min(1, "Name the client.").max(120) });
export const ZLeaderRequest = z.object({
  name: zFreeText().trim().min(1, "Name the leader.").max(120),
  title: zFreeText().trim().max(120).optional(),
});

/** Adds a client to the signed-in consultant's workspace. */
export async function addClient(headers: Headers, request: z.output<typeof ZClientRequest>): Promise<{ id: string }> {
  const { workspace } = await requireConsultant(headers);
  return createClient({ workspaceId: workspace.id, name: request.name });
}

/** Adds a leader to one of the signed-in consultant's clients. */
export async function addLeader(headers: Headers, clientId: string, request: z.output<typeof ZLeaderRequest>): Promise<{ id: string }> {
  const { workspace } = await requireConsultant(headers);
  return createLeader({ workspaceId: workspace.id, clientId, name: request.name, title: request.title || null });
}

/** Deletes a client, a leader or a diagnostic of the signed-in consultant's workspace, with everything attached. */
export async function removeFromWorkspace(headers: Headers, kind: "client" | "leader" | "diagnostic", id: string): Promise<void> {
  const { workspace } = await requireConsultant(headers);
  const scope = { id, workspaceId: workspace.id };
  if (kind === "client") return deleteClient(scope);
  if (kind === "leader") return deleteLeader(scope);
  return deleteWorkspaceDiagnostic(scope);
}
