import "server-only";
import { AppError } from "@/lib/app-error";
import { createShareLinkGrant, lockIfExhausted, reservePasscodeAttempt } from "@/lib/data/share-link-store";
import { createSecretToken } from "@/lib/secret-token";
import { findOpenableShareLink, REPORT_UNAVAILABLE } from "@/lib/sharing/share-link-access";
import { passcodeMatches } from "@/lib/sharing/passcode";
import { addMinutes, GRANT_HOURS, LOCK_MINUTES, MAX_FAILED_ATTEMPTS, MAX_PASSCODE_LENGTH } from "@/lib/sharing/share-link-rules";

export type UnlockOutcome =
  | { status: "unlocked"; grant: string; expiresAt: Date }
  /** The passcode was wrong; the passcode page says how many attempts are left. */
  | { status: "wrong" }
  /** Too many wrong passcodes (now or before): the passcode page says when the lock ends. */
  | { status: "locked" };

/**
 * Checks a passcode. Right: a grant token for a cookie, valid for GRANT_HOURS (or until the link
 * expires). Wrong: the attempt is counted in the database; after MAX_FAILED_ATTEMPTS the link is
 * locked for LOCK_MINUTES, right passcode or not. Whoever holds a passcode link already sees its
 * passcode page, so a wrong passcode may say so; an unknown, expired or revoked link is NOT_FOUND
 * as everywhere else.
 */
export async function unlockSharedReport(input: { token: string; passcode: string; now?: Date }): Promise<UnlockOutcome> {
  const now = input.now ?? new Date();
  const link = await findOpenableShareLink(input.token, now);
  if (!link.passcodeHash) throw new AppError("NOT_FOUND", REPORT_UNAVAILABLE);
  if (link.status === "locked") return { status: "locked" };
  if (!(await reservePasscodeAttempt({ shareLinkId: link.id, now, maxAttempts: MAX_FAILED_ATTEMPTS }))) return { status: "locked" };
  const right = input.passcode.length <= MAX_PASSCODE_LENGTH && (await passcodeMatches(input.passcode, link.passcodeHash));
  if (!right) {
    const locked = await lockIfExhausted({ shareLinkId: link.id, maxAttempts: MAX_FAILED_ATTEMPTS, lockUntil: addMinutes(now, LOCK_MINUTES) });
    return { status: locked ? "locked" : "wrong" };
  }
  const { token: grant, hash } = createSecretToken();
  const expiresAt = new Date(Math.min(link.expiresAt.getTime(), addMinutes(now, GRANT_HOURS * 60).getTime()));
  await createShareLinkGrant({ shareLinkId: link.id, grantHash: hash, expiresAt });
  return { status: "unlocked", grant, expiresAt };
}
