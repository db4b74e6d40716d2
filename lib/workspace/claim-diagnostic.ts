import "server-only";
import type { ZClaimRequest } from "@/lib/contract/requests";
import { z } from "zod";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { claimIntoNewClient } from "@/lib/data/workspace-store";
import { findByResumeLink } from "@/lib/self-serve/resume-link";


/**
 * Claims a self-serve diagnostic (whoever holds its resume link) into the signed-in account's
 * workspace, under a new client and leader. The resume link stops working: the account now holds it.
 */
export async function claimDiagnostic(consultant: ConsultantSession, resumeToken: string, request: z.output<typeof ZClaimRequest>): Promise<{ leaderId: string }> {
  const { workspace } = consultant;
  const diagnostic = await findByResumeLink(resumeToken);
  return claimIntoNewClient({
    workspaceId: workspace.id,
    diagnosticId: diagnostic.id,
    clientName: request.clientName,
    leaderName: request.leaderName,
    leaderTitle: request.leaderTitle || null,
  });
}
