import "server-only";
import { AppError } from "@/lib/app-error";
import { findDiagnostic, listAnswers, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import {
  findRespondentByTokenHash,
  listRespondentAnswers,
  saveRespondentAnswer,
  submitRespondent,
  type StoredRespondent,
} from "@/lib/data/respondent-store";
import { constraintProbeQuestions, requireQuestionnaire, validateAnswer, ZPerspective, type TPerspective } from "@/lib/diagnostic";
import { CONSTRAINT_DEFINITION_ID, constraintSlotsInUse, planSteps, unansweredInStep, type TStepAnswer } from "@/lib/diagnostic/plan-steps";
import { enforceRate } from "@/lib/data/rate-limit-store";
import { findAssessedLeader } from "@/lib/data/workspace-store";
import { env } from "@/lib/env";
import { buildBoardReport, type TBoardReport } from "@/lib/diagnostic";
import { hashSecretToken, isWellFormedToken } from "@/lib/secret-token";
import { latestResultOf } from "@/lib/self-serve/open-result";
import { releasedReportOptions } from "@/lib/report/assemble-report";
import type { TAnswerSubmission } from "@/lib/contract/requests";

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
};

async function respondentFor(token: string): Promise<{ respondent: StoredRespondent & { perspective: TPerspective }; diagnostic: StoredDiagnostic }> {
  const respondent = isWellFormedToken(token) ? await findRespondentByTokenHash(hashSecretToken(token)) : null;
  const diagnostic = respondent ? await findDiagnostic(respondent.diagnosticId) : null;
  const perspective = ZPerspective.safeParse(respondent?.perspective);
  if (!respondent || !diagnostic || !perspective.success) throw new AppError("NOT_FOUND", UNKNOWN_RESPONDENT_LINK);
  return { respondent: { ...respondent, perspective: perspective.data }, diagnostic };
}

async function definitionsOf(diagnostic: StoredDiagnostic): Promise<TStepAnswer[]> {
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
  };
}

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
    result: opened.result,
    includeFreeText: true,
    preparedBy: session.invitedBy,
    preparedAt: opened.scoredAt,
    leaderLabel: session.leader.name,
  });
}

/**
 * Each client address may save RESPONDENT_WRITES_PER_MINUTE answers and submissions a minute through
 * respondent links: far above a person's pace, low enough that a script cannot flood the database.
 */
async function countRespondentWrite(clientAddress: string): Promise<void> {
  await enforceRate(
    `respondent-write|${clientAddress}`,
    { windowSeconds: 60, max: env().RESPONDENT_WRITES_PER_MINUTE },
    (when) => `Too many answers were sent from your network in the last minute. Your saved answers are safe; try again ${when}.`,
  );
}

/** Only a probe, for one of the intake's constraints, with a valid value, is stored. */
export async function recordRespondentAnswer(token: string, submission: TAnswerSubmission, clientAddress: string): Promise<void> {
  await countRespondentWrite(clientAddress);
  const { respondent, diagnostic } = await respondentFor(token);
  if (respondent.submittedAt) throw new AppError("CONFLICT", "These answers were submitted; they can no longer change.");
  const q = requireQuestionnaire(diagnostic.questionnaireVersion);
  if (!constraintProbeQuestions(q).some((p) => p.id === submission.questionId)) {
    throw new AppError("INVALID_INPUT", `Respondents answer the constraint probes only; "${submission.questionId}" is not one of them.`);
  }
  const slots = constraintSlotsInUse(q, await definitionsOf(diagnostic));
  if (submission.constraintId === null || !slots.includes(submission.constraintId)) {
    throw new AppError("INVALID_INPUT", `This intake has no constraint "${String(submission.constraintId)}".`);
  }
  const checked = validateAnswer(diagnostic.questionnaireVersion, submission);
  if (!checked.ok) throw new AppError("INVALID_INPUT", checked.error);
  await saveRespondentAnswer({ respondentId: respondent.id, questionId: submission.questionId, constraintId: submission.constraintId, value: checked.value });
}

/** Submits once every required probe is answered; answers are locked from then on. */
export async function submitRespondentAnswers(token: string, clientAddress: string, now: Date = new Date()): Promise<void> {
  await countRespondentWrite(clientAddress);
  const session = await openRespondentSession(token);
  if (session.respondent.submittedAt) return;
  const q = requireQuestionnaire(session.diagnostic.questionnaireVersion);
  const slots = constraintSlotsInUse(q, session.rows).length;
  const missing = planSteps(q, session.rows, "probes").reduce((n, step) => n + unansweredInStep(step, session.rows, slots).length, 0);
  if (missing > 0) throw new AppError("INVALID_INPUT", `${missing} question${missing === 1 ? " is" : "s are"} still unanswered.`);
  await submitRespondent({ id: session.respondent.id, now });
}
