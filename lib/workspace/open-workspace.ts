import "server-only";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { listWorkspaceDiagnostics } from "@/lib/data/diagnostic-store";
import { listClients } from "@/lib/data/workspace-store";
import { readWorkspaceBranding } from "@/lib/workspace/read-workspace-branding";

/** The workspace's home: each client with its leaders and their diagnostics, and the report branding. */
export async function openWorkspace(consultant: ConsultantSession) {
  const [stored, diagnostics, branding] = await Promise.all([
    listClients(consultant.workspace.id),
    listWorkspaceDiagnostics(consultant.workspace.id),
    readWorkspaceBranding(consultant),
  ]);
  const clients = stored.map((client) => ({
    id: client.id,
    name: client.name,
    leaders: client.leaders.map((leader) => ({
      ...leader,
      diagnostics: diagnostics
        .filter((d) => d.leaderId === leader.id)
        .map((d) => ({ id: d.id, status: d.status, createdAt: d.createdAt.toISOString() })),
    })),
  }));
  return { clients, branding };
}
