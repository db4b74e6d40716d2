import "server-only";
import { AppError } from "@/lib/app-error";
import { createDiagnostic, isUniqueViolation, reissueUnusedDiagnostic, type StoredDiagnostic } from "@/lib/data/diagnostic-store";
import { enforceRate } from "@/lib/data/rate-limit-store";
import { CURRENT_QUESTIONNAIRE_VERSION } from "@/lib/diagnostic";
import { env } from "@/lib/env";
import { createSecretToken, hashSecretToken } from "@/lib/secret-token";

/** How long a start key can be replayed: long enough for a client's retries, short enough to be moot later. */
export const START_KEY_WINDOW_MS = 10 * 60 * 1000;
/** A start key is a client's random value (e.g. a UUID); this shape keeps junk and short guesses out. */
const START_KEY_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

const START_KEY_USED = "This start request was already used: its diagnostic has answers, or the key is more than ten minutes old. Send a new key to start another diagnostic.";

/**
 * Starts a self-serve diagnostic on the current questionnaire and returns its private resume token.
 * With a start key (the `Idempotency-Key` a client sends, or the key in the start form), repeating
 * the same request returns the same diagnostic under a fresh link instead of starting another: a
 * retry after a lost response leaves no stray diagnostic behind. A key whose diagnostic has answers,
 * or is older than START_KEY_WINDOW_MS, is refused, unless `freshWhenUsed` asks for a new diagnostic
 * instead (a person resubmitting an old start form from the browser's history wants one).
 * `clientAddress` (lib/http/client-address.ts) is given by the HTTP boundary: each address may start
 * DIAGNOSTIC_STARTS_PER_MINUTE diagnostics a minute, so nobody can fill the database anonymously.
 */
export async function startDiagnostic(
  startKey?: string,
  now: Date = new Date(),
  options: { freshWhenUsed?: boolean; clientAddress?: string } = {},
): Promise<{ token: string; diagnostic: StoredDiagnostic }> {
  if (options.clientAddress !== undefined) {
    await enforceRate(
      `start|${options.clientAddress}`,
      { windowSeconds: 60, max: env().DIAGNOSTIC_STARTS_PER_MINUTE },
      (when) => `Too many diagnostics were started from your network in the last minute. Try again ${when}; a diagnostic you already started stays at its private link.`,
      now,
    );
  }
  const { token, hash } = createSecretToken();
  const fresh = async () => ({ token, diagnostic: await createDiagnostic({ questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION, resumeTokenHash: hash }) });
  if (startKey === undefined) return fresh();
  if (!START_KEY_PATTERN.test(startKey)) throw new AppError("INVALID_INPUT", "The start key must be 16 to 128 letters, digits, '-' or '_'.");
  const startKeyHash = hashSecretToken(startKey);
  const reissue = () => reissueUnusedDiagnostic({ startKeyHash, resumeTokenHash: hash, createdAfter: new Date(now.getTime() - START_KEY_WINDOW_MS) });
  const earlier = await reissue();
  if (earlier) return { token, diagnostic: earlier };
  try {
    return { token, diagnostic: await createDiagnostic({ questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION, resumeTokenHash: hash, startKeyHash }) };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same key arrived twice at once: the other request created it.
    const raced = await reissue();
    if (raced) return { token, diagnostic: raced };
    if (options.freshWhenUsed) return fresh();
    throw new AppError("CONFLICT", START_KEY_USED);
  }
}
