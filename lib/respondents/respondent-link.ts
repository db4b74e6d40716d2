import "server-only";
import { AppError } from "@/lib/app-error";
import { findDiagnostic, listAnswers, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { findRespondentByTokenHash, type StoredRespondent } from "@/lib/data/respondent-store";
import { ZPerspective, type TBranding, type TPerspective } from "@/lib/diagnostic";
import { CONSTRAINT_DEFINITION_ID, type TStepAnswer } from "@/lib/diagnostic/plan-steps";
import { enforceRate } from "@/lib/data/rate-limit-store";
import { env } from "@/lib/env";
import { hashSecretToken, isWellFormedToken } from "@/lib/secret-token";

/**
 * A respondent's side: their personal link opens only the constraint probes of the intake they
 * were invited to, and nothing else of the diagnostic.
 */

export const UNKNOWN_RESPONDENT_LINK = "This respondent link does not exist or was withdrawn.";

export type RespondentSession = {
  respondent: StoredRespondent & { perspective: TPerspective };
  diagnostic: StoredDiagnostic;
  /** The intake's constraint definitions (what the respondent answers about) followed by their own answers. */
  rows: TStepAnswer[];
  leader: { name: string; title: string | null };
  /** Who invited them: the consultant's report name, else their workspace's name. */
  invitedBy: string;
  /** The consultant's logo, name and colour, shown above the questions. */
  branding: TBranding | null;
};

export async function respondentFor(token: string): Promise<{ respondent: StoredRespondent & { perspective: TPerspective }; diagnostic: StoredDiagnostic }> {
  const respondent = isWellFormedToken(token) ? await findRespondentByTokenHash(hashSecretToken(token)) : null;
  const diagnostic = respondent ? await findDiagnostic(respondent.diagnosticId) : null;
  const perspective = ZPerspective.safeParse(respondent?.perspective);
  if (!respondent || !diagnostic || !perspective.success) throw new AppError("NOT_FOUND", UNKNOWN_RESPONDENT_LINK);
  return { respondent: { ...respondent, perspective: perspective.data }, diagnostic };
}

export async function definitionsOf(diagnostic: StoredDiagnostic): Promise<TStepAnswer[]> {
  const answers = await listAnswers(diagnostic.id);
  // Respondents see each constraint's title only: descriptions typed in the intake stay private.
  return answers
    .filter((a) => a.questionId === CONSTRAINT_DEFINITION_ID)
    .map(({ questionId, constraintId, value }) => {
      const definition = { ...(value as Record<string, unknown>) };
      delete definition.description;
      return { questionId, constraintId, value: definition };
    });
}

/**
 * Each client address may save RESPONDENT_WRITES_PER_MINUTE answers and submissions a minute through
 * respondent links: far above a person's pace, low enough that a script cannot flood the database.
 */
export async function countRespondentWrite(clientAddress: string): Promise<void> {
  await enforceRate(
    `respondent-write|${clientAddress}`,
    { windowSeconds: 60, max: env().RESPONDENT_WRITES_PER_MINUTE },
    (when) => `Too many answers were sent from your network in the last minute. Your saved answers are safe; try again ${when}.`,
  );
}
