import "server-only";
import { MAX_NOTE_LENGTH, type TAnswerSubmission } from "@/lib/contract/requests";
import { leaderInWorkspace } from "@/lib/workspace/workspace-scope";
import { AppError } from "@/lib/app-error";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import {
  createDiagnostic,
  deleteAnswers,
  finishWithResult,
  listAnswers,
  saveAnswer,
  type StoredAnswer,
  type StoredDiagnostic,
  type StoredResult,
} from "@/lib/data/diagnostic-store";
import { listConsultantNotes, saveConsultantNote } from "@/lib/data/consultant-note-store";
import { CURRENT_QUESTIONNAIRE_VERSION, requireQuestionnaire, validateAnswer } from "@/lib/diagnostic";
import { latestResultOf, type OpenedResult } from "@/lib/self-serve/open-result";
import { scoreAnswers } from "@/lib/self-serve/score-answers";

/**
 * Intake sessions: a consultant runs the same questionnaire for a leader of one of their clients.
 * Every function takes a diagnostic already found in the consultant's workspace (lib/http/serve-route.ts
 * and app/_boundary/private-page.ts resolve it from the declaration).
 */

export async function startIntake(consultant: ConsultantSession, leaderId: string): Promise<StoredDiagnostic> {
  const leader = await leaderInWorkspace(consultant, leaderId);
  return createDiagnostic({ questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION, workspaceId: consultant.workspace.id, leaderId: leader.id });
}

export async function openIntake(diagnostic: StoredDiagnostic): Promise<{ diagnostic: StoredDiagnostic; answers: StoredAnswer[]; notes: Record<string, string> }> {
  const [answers, notes] = await Promise.all([listAnswers(diagnostic.id), listConsultantNotes(diagnostic.id)]);
  return { diagnostic, answers, notes };
}

/** Saves the consultant's private note on one constraint (an empty note deletes it). */
export async function saveIntakeNote(diagnostic: StoredDiagnostic, constraintId: string, text: string): Promise<void> {
  if (!requireQuestionnaire(diagnostic.questionnaireVersion).constraintSlots.includes(constraintId)) {
    throw new AppError("INVALID_INPUT", `There is no constraint "${constraintId}".`);
  }
  if (text.length > MAX_NOTE_LENGTH) throw new AppError("INVALID_INPUT", `A note can be at most ${MAX_NOTE_LENGTH} characters.`);
  await saveConsultantNote({ diagnosticId: diagnostic.id, constraintId, text });
}

export async function openIntakeNotes(diagnostic: StoredDiagnostic): Promise<Record<string, string>> {
  return listConsultantNotes(diagnostic.id);
}

export async function recordIntakeAnswer(diagnostic: StoredDiagnostic, submission: TAnswerSubmission): Promise<StoredAnswer> {
  const checked = validateAnswer(diagnostic.questionnaireVersion, submission);
  if (!checked.ok) throw new AppError("INVALID_INPUT", checked.error);
  return saveAnswer({ diagnosticId: diagnostic.id, questionId: submission.questionId, constraintId: submission.constraintId, value: checked.value });
}

export async function removeIntakeConstraint(diagnostic: StoredDiagnostic, constraintId: string): Promise<number> {
  if (diagnostic.status === "finished") throw new AppError("CONFLICT", "This diagnostic is finished; its constraints can no longer change.");
  if (!requireQuestionnaire(diagnostic.questionnaireVersion).constraintSlots.includes(constraintId)) {
    throw new AppError("INVALID_INPUT", `There is no constraint "${constraintId}".`);
  }
  return deleteAnswers({ diagnosticId: diagnostic.id, constraintId });
}

export async function finishIntake(diagnostic: StoredDiagnostic): Promise<StoredResult> {
  return finishWithResult({ diagnosticId: diagnostic.id, compute: (answers) => scoreAnswers(diagnostic.questionnaireVersion, answers) });
}

export async function openIntakeResult(diagnostic: StoredDiagnostic): Promise<OpenedResult | null> {
  return latestResultOf(diagnostic);
}
