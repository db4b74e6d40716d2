import "server-only";
import { AppError } from "@/lib/app-error";
import { markRespondentOpened } from "@/lib/data/respondent-invitation-store";
import { listRespondentAnswers } from "@/lib/data/respondent-store";
import { findAssessedLeader } from "@/lib/data/workspace-store";
import { toBranding } from "@/lib/report/assemble-report";
import { definitionsOf, respondentFor, UNKNOWN_RESPONDENT_LINK, type RespondentSession } from "@/lib/respondents/respondent-link";

/** `recordOpen`: the respondent's page is being shown, so the first opening is stamped for the consultant. */
export async function openRespondentSession(token: string, options: { recordOpen?: boolean; now?: Date } = {}): Promise<RespondentSession> {
  const { respondent, diagnostic } = await respondentFor(token);
  if (options.recordOpen && !respondent.openedAt) await markRespondentOpened({ respondentId: respondent.id, now: options.now ?? new Date() });
  const [definitions, own, assessed] = await Promise.all([definitionsOf(diagnostic), listRespondentAnswers(respondent.id), findAssessedLeader(diagnostic.id)]);
  if (!assessed) throw new AppError("NOT_FOUND", UNKNOWN_RESPONDENT_LINK);
  return {
    respondent,
    diagnostic,
    rows: [...definitions, ...own],
    leader: { name: assessed.leaderName, title: assessed.leaderTitle },
    invitedBy: assessed.brandName ?? assessed.workspaceName,
    branding: toBranding(assessed),
  };
}
