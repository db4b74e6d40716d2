import "server-only";
import { AppError } from "@/lib/app-error";
import { requireConsultant } from "@/lib/auth/consultant-session";
import {
  createDiagnostic,
  deleteAnswers,
  finishWithResult,
  findWorkspaceDiagnostic,
  listAnswers,
  saveAnswer,
  type StoredAnswer,
  type StoredDiagnostic,
  type StoredResult,
} from "@/lib/data/diagnostic-store";
import { listConsultantNotes, saveConsultantNote } from "@/lib/data/consultant-note-store";
import { stripBidiControls } from "@/lib/diagnostic/free-text";
import { findWorkspaceLeader } from "@/lib/data/workspace-store";
import { CURRENT_QUESTIONNAIRE_VERSION, requireQuestionnaire, validateAnswer } from "@/lib/diagnostic";
import type { TAnswerSubmission } from "@/lib/self-serve/record-answer";
import { latestResultOf, type OpenedResult } from "@/lib/self-serve/open-result";
import { scoreAnswers } from "@/lib/self-serve/score-answers";

/**
 * Intake sessions: a consultant runs the same questionnaire for a leader of one of their clients.
 * Every step checks the signed-in consultant's workspace before touching a diagnostic.
 */
const NOT_IN_WORKSPACE = "This diagnostic does not exist in your workspace.";

async function scoped(headers: Headers, id: string): Promise<StoredDiagnostic> {
  const { workspace } = await requireConsultant(headers);
  const diagnostic = await findWorkspaceDiagnostic({ id, workspaceId: workspace.id });
  if (!diagnostic) throw new AppError("NOT_FOUND", NOT_IN_WORKSPACE);
  return diagnostic;
}

export async function startIntake(headers: Headers, leaderId: string): Promise<StoredDiagnostic> {
  const { workspace } = await requireConsultant(headers);
  const leader = await findWorkspaceLeader({ id: leaderId, workspaceId: workspace.id });
  if (!leader) throw new AppError("NOT_FOUND", "This leader does not exist in your workspace.");
  return createDiagnostic({ questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION, workspaceId: workspace.id, leaderId });
}

export async function openIntake(
  headers: Headers,
  id: string,
): Promise<{ diagnostic: StoredDiagnostic; answers: StoredAnswer[]; notes: Record<string, string> }> {
  const diagnostic = await scoped(headers, id);
  const [answers, notes] = await Promise.all([listAnswers(diagnostic.id), listConsultantNotes(diagnostic.id)]);
  return { diagnostic, answers, notes };
}

export const MAX_NOTE_LENGTH = 4000;

/** Saves the consultant's private note on one constraint (an empty note deletes it). */
export async function saveIntakeNote(headers: Headers, id: string, constraintId: string, text: string): Promise<void> {
  const diagnostic = await scoped(headers, id);
  if (!requireQuestionnaire(diagnostic.questionnaireVersion).constraintSlots.includes(constraintId)) {
    throw new AppError("INVALID_INPUT", `There is no constraint "${constraintId}".`);
  }
  if (text.length > MAX_NOTE_LENGTH) throw new AppError("INVALID_INPUT", `A note can be at most ${MAX_NOTE_LENGTH} characters.`);
  await saveConsultantNote({ diagnosticId: diagnostic.id, constraintId, text: stripBidiControls(text) });
}

export async function openIntakeNotes(headers: Headers, id: string): Promise<Record<string, string>> {
  return listConsultantNotes((await scoped(headers, id)).id);
}

export async function recordIntakeAnswer(headers: Headers, id: string, submission: TAnswerSubmission): Promise<StoredAnswer> {
  const diagnostic = await scoped(headers, id);
  const checked = validateAnswer(diagnostic.questionnaireVersion, submission);
  if (!checked.ok) throw new AppError("INVALID_INPUT", checked.error);
  return saveAnswer({ diagnosticId: diagnostic.id, questionId: submission.questionId, constraintId: submission.constraintId, value: checked.value });
}

export async function removeIntakeConstraint(headers: Headers, id: string, constraintId: string): Promise<number> {
  const diagnostic = await scoped(headers, id);
  if (diagnostic.status === "finished") throw new AppError("CONFLICT", "This diagnostic is finished; its constraints can no longer change.");
  if (!requireQuestionnaire(diagnostic.questionnaireVersion).constraintSlots.includes(constraintId)) {
    throw new AppError("INVALID_INPUT", `There is no constraint "${constraintId}".`);
  }
  return deleteAnswers({ diagnosticId: diagnostic.id, constraintId });
}

export async function finishIntake(headers: Headers, id: string): Promise<StoredResult> {
  const diagnostic = await scoped(headers, id);
  return finishWithResult({ diagnosticId: diagnostic.id, compute: (answers) => scoreAnswers(diagnostic.questionnaireVersion, answers) });
}

export async function openIntakeResult(headers: Headers, id: string): Promise<OpenedResult | null> {
  return latestResultOf(await scoped(headers, id));
}
