import "server-only";
import { z } from "zod";
import { zFreeText } from "@/lib/diagnostic/schemas";
import { requireConsultant } from "@/lib/auth/consultant-session";
import { claimIntoNewClient } from "@/lib/data/workspace-store";
import { findByResumeLink } from "@/lib/self-serve/open-diagnostic";

export const ZClaimRequest = z.object({
  clientName: zFreeText().trim().min(1, "Name the organization.").max(120),
  leaderName: zFreeText().trim().min(1, "Name the leader.").max(120),
  leaderTitle: zFreeText().trim().max(120).optional(),
});

/**
 * Claims a self-serve diagnostic (whoever holds its resume link) into the signed-in account's
 * workspace, under a new client and leader. The resume link stops working: the account now holds it.
 */
export async function claimDiagnostic(headers: Headers, resumeToken: string, request: z.output<typeof ZClaimRequest>): Promise<{ leaderId: string }> {
  const { workspace } = await requireConsultant(headers);
  const diagnostic = await findByResumeLink(resumeToken);
  return claimIntoNewClient({
    workspaceId: workspace.id,
    diagnosticId: diagnostic.id,
    clientName: request.clientName,
    leaderName: request.leaderName,
    leaderTitle: request.leaderTitle || null,
  });
}
