import "server-only";
import { leaderInWorkspace } from "@/lib/workspace/workspace-scope";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { createDiagnostic, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { CURRENT_QUESTIONNAIRE_VERSION } from "@/lib/diagnostic";

/**
 * Starts an intake session: the consultant runs the same questionnaire for a leader of one of their
 * clients. The intake services after this one take the diagnostic already found in the workspace.
 */
export async function startIntake(consultant: ConsultantSession, leaderId: string): Promise<StoredDiagnostic> {
  const leader = await leaderInWorkspace(consultant, leaderId);
  return createDiagnostic({ questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION, workspaceId: consultant.workspace.id, leaderId: leader.id });
}
