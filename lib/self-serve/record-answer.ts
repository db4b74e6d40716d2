import "server-only";
import type { TAnswerSubmission } from "@/lib/contract/requests";
import { AppError } from "@/lib/app-error";
import { findDiagnosticKeyByResumeToken, saveAnswer, type StoredAnswer } from "@/lib/data/diagnostic-store";
import { validateAnswer } from "@/lib/diagnostic";
import { hashSecretToken, isWellFormedToken } from "@/lib/secret-token";
import { UNKNOWN_LINK } from "@/lib/self-serve/resume-link";


/**
 * Which diagnostic and questionnaire version a resume token opens never changes, so it is cached
 * on the answer path (bounded; oldest dropped first). Whether the diagnostic still exists and is
 * still open is checked by the write itself.
 */
const keys = new Map<string, { id: string; questionnaireVersion: string }>();
const MAX_CACHED_KEYS = 5_000;

async function diagnosticFor(token: string) {
  const hash = isWellFormedToken(token) ? hashSecretToken(token) : null;
  const cached = hash ? keys.get(hash) : undefined;
  if (hash && cached) return { hash, ...cached };
  const found = hash ? await findDiagnosticKeyByResumeToken(hash) : null;
  if (!hash || !found) throw new AppError("NOT_FOUND", UNKNOWN_LINK);
  if (found.status === "finished") throw new AppError("CONFLICT", "This diagnostic is finished; its answers can no longer change.");
  if (keys.size >= MAX_CACHED_KEYS) keys.delete(keys.keys().next().value ?? "");
  keys.set(hash, { id: found.id, questionnaireVersion: found.questionnaireVersion });
  return { hash, ...found };
}

/** Validates one answer against the diagnostic's own questionnaire version, then stores it. */
export async function recordAnswer(token: string, submission: TAnswerSubmission): Promise<StoredAnswer> {
  const diagnostic = await diagnosticFor(token);
  const checked = validateAnswer(diagnostic.questionnaireVersion, { ...submission, value: submission.value });
  if (!checked.ok) throw new AppError("INVALID_INPUT", checked.error);
  try {
    return await saveAnswer({ diagnosticId: diagnostic.id, questionId: submission.questionId, constraintId: submission.constraintId, value: checked.value });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      keys.delete(diagnostic.hash);
      throw new AppError("NOT_FOUND", UNKNOWN_LINK);
    }
    throw error;
  }
}
