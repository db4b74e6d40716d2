import "server-only";
import { AppError } from "@/lib/app-error";
import { createShareLinkGrant, lockIfExhausted, reservePasscodeAttempt } from "@/lib/data/share-link-store";
import { createSecretToken } from "@/lib/secret-token";
import { findActiveShareLink, REPORT_UNAVAILABLE } from "@/lib/sharing/share-link-access";
import { passcodeMatches } from "@/lib/sharing/passcode";
import { addMinutes, GRANT_HOURS, LOCK_MINUTES, MAX_FAILED_ATTEMPTS, MAX_PASSCODE_LENGTH } from "@/lib/sharing/share-link-rules";

/**
 * Checks a passcode. Right: a grant token for a cookie, valid for GRANT_HOURS (or until the link
 * expires). Wrong: the attempt is counted in the database and the answer is the same NOT_FOUND as
 * for any bad link; after MAX_FAILED_ATTEMPTS the link is locked for LOCK_MINUTES, right passcode or not.
 */
export async function unlockSharedReport(input: { token: string; passcode: string; now?: Date }): Promise<{ grant: string; expiresAt: Date }> {
  const now = input.now ?? new Date();
  const link = await findActiveShareLink(input.token, now);
  if (!link.passcodeHash) throw new AppError("NOT_FOUND", REPORT_UNAVAILABLE);
  if (!(await reservePasscodeAttempt({ shareLinkId: link.id, now, maxAttempts: MAX_FAILED_ATTEMPTS }))) {
    throw new AppError("NOT_FOUND", REPORT_UNAVAILABLE);
  }
  const right = input.passcode.length <= MAX_PASSCODE_LENGTH && (await passcodeMatches(input.passcode, link.passcodeHash));
  if (!right) {
    await lockIfExhausted({ shareLinkId: link.id, maxAttempts: MAX_FAILED_ATTEMPTS, lockUntil: addMinutes(now, LOCK_MINUTES) });
    throw new AppError("NOT_FOUND", REPORT_UNAVAILABLE);
  }
  const { token: grant, hash } = createSecretToken();
  const expiresAt = new Date(Math.min(link.expiresAt.getTime(), addMinutes(now, GRANT_HOURS * 60).getTime()));
  await createShareLinkGrant({ shareLinkId: link.id, grantHash: hash, expiresAt });
  return { grant, expiresAt };
}
