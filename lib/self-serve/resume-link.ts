import "server-only";
import { AppError } from "@/lib/app-error";
import { findDiagnosticByResumeToken, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { hashSecretToken, isWellFormedToken } from "@/lib/secret-token";

export const UNKNOWN_LINK = "This link does not open a diagnostic. It may have been mistyped or the diagnostic deleted.";

/** The diagnostic behind a resume link. Every kind of bad link gets the same NOT_FOUND. */
export async function findByResumeLink(token: string): Promise<StoredDiagnostic> {
  const diagnostic = isWellFormedToken(token) ? await findDiagnosticByResumeToken(hashSecretToken(token)) : null;
  if (!diagnostic) throw new AppError("NOT_FOUND", UNKNOWN_LINK);
  return diagnostic;
}
