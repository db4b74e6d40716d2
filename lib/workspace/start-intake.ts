import "server-only";
import { leaderInWorkspace } from "@/lib/workspace/workspace-scope";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { createDiagnostic, findLatestFinishedOfLeader, listAnswers, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { carryOverAnswers, CURRENT_QUESTIONNAIRE_VERSION } from "@/lib/diagnostic";

/**
 * Starts an intake session: the consultant runs the same questionnaire for a leader of one of their
 * clients. A re-assessment starts from the leader's last finished assessment: its context,
 * constraints, plan and cost assumptions are carried over; the ratings are asked afresh.
 */
export async function startIntake(consultant: ConsultantSession, leaderId: string): Promise<StoredDiagnostic> {
  const leader = await leaderInWorkspace(consultant, leaderId);
  const workspaceId = consultant.workspace.id;
  const last = await findLatestFinishedOfLeader({ leaderId: leader.id, workspaceId });
  const answers = last ? carryOverAnswers(CURRENT_QUESTIONNAIRE_VERSION, { questionnaireVersion: last.questionnaireVersion, rows: await listAnswers(last.id) }) : [];
  return createDiagnostic({ questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION, workspaceId, leaderId: leader.id, answers });
}
