import "server-only";
import { AppError } from "@/lib/app-error";
import { listRespondentAnswers } from "@/lib/data/respondent-store";
import { findAssessedLeader } from "@/lib/data/workspace-store";
import { toBranding } from "@/lib/report/assemble-report";
import { definitionsOf, respondentFor, UNKNOWN_RESPONDENT_LINK, type RespondentSession } from "@/lib/respondents/respondent-link";

export async function openRespondentSession(token: string): Promise<RespondentSession> {
  const { respondent, diagnostic } = await respondentFor(token);
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
