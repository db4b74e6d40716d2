import "server-only";
import { AppError } from "@/lib/app-error";
import { buildBoardReport, type TBoardReport } from "@/lib/diagnostic";
import { releasedReport } from "@/lib/report/assemble-report";
import { type RespondentSession } from "@/lib/respondents/respondent-link";

/**
 * The report the leader sees through their own (self-view) link once the consultant has released
 * it to the leader and the leader has submitted; null otherwise. It is the leader's release, never
 * the board's: its own sections, its own pinned result, and the leader's rules (release-audience.ts).
 * Other respondents never see results.
 */
export async function releasedReportForLeader(session: RespondentSession): Promise<TBoardReport | null> {
  if (session.respondent.perspective !== "self" || !session.respondent.submittedAt) return null;
  const released = await releasedReport(session.diagnostic, "leader").catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!released) return null;
  return buildBoardReport({ ...released, includeFreeText: true, preparedBy: session.invitedBy, leaderLabel: session.leader.name });
}
