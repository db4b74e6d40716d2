import "server-only";
import { AppError } from "@/lib/app-error";
import { buildBoardReport, type TBoardReport } from "@/lib/diagnostic";
import { latestResultOf } from "@/lib/self-serve/open-result";
import { releasedReportOptions } from "@/lib/report/assemble-report";
import { type RespondentSession } from "@/lib/respondents/respondent-link";

/**
 * The report the leader sees through their own (self-view) link once the consultant has released
 * it and the leader has submitted; null otherwise. Other respondents never see results.
 */
export async function releasedReportForLeader(session: RespondentSession): Promise<TBoardReport | null> {
  if (session.respondent.perspective !== "self" || !session.respondent.submittedAt) return null;
  const released = await releasedReportOptions(session.diagnostic.id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return undefined;
    throw error;
  });
  const opened = released ? await latestResultOf(session.diagnostic) : null;
  if (!released || !opened) return null;
  return buildBoardReport({
    ...released,
    input: opened.input,
    ownInput: opened.ownInput,
    result: opened.result,
    includeFreeText: true,
    preparedBy: session.invitedBy,
    preparedAt: opened.scoredAt,
    leaderLabel: session.leader.name,
  });
}
