import "server-only";
import { claimDelivery, finishDelivery, listDueDeliveries, type TDeliveryKind } from "@/lib/data/respondent-invitation-store";
import { findDiagnostic } from "@/lib/data/diagnostic-store";
import { findAssessedLeader } from "@/lib/data/workspace-store";
import { ZPerspective } from "@/lib/diagnostic";
import { composeInvitation } from "@/lib/email/compose-invitation";
import { describeSendFailure, emailEnabled, sendEmail } from "@/lib/email/mailer";
import { env, publicOrigin } from "@/lib/env";
import { logger } from "@/lib/operations/logger";
import { definitionsOf } from "@/lib/respondents/respondent-link";
import { createSecretToken } from "@/lib/secret-token";

/**
 * Sends invitation and reminder emails from the delivery rows (lib/data/respondent-invitation-store).
 * The first invitation goes with the link just created; a retry or a reminder cannot re-send a link
 * (only its hash is kept), so it sends a fresh one, which replaces the old link once it is sent.
 * A failure is stored with a reason in plain words and retried with back-off; nothing logged holds a link.
 */

/** Automatic attempts before the row waits for the consultant's Retry. */
export const MAX_AUTOMATIC_ATTEMPTS = 4;
/** Back-off after the first, second and third failed attempt. */
const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000];
/** How long a claim holds: longer than the mailer's timeouts, so a live send is never doubled. */
const CLAIM_MS = 2 * 60_000;
/** Sends attempted per request that pumps the outbox, so a page never waits on a long queue. */
const PER_REQUEST = 5;

export function nextAttemptAfter(attempts: number, now: Date): Date | null {
  const delay = attempts < MAX_AUTOMATIC_ATTEMPTS ? RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length) - 1] : undefined;
  return delay === undefined ? null : new Date(now.getTime() + delay);
}

export type TDeliveryOutcome =
  | { state: "off" | "skipped" }
  | { state: "sent"; kind: TDeliveryKind; token: string }
  | { state: "failed"; kind: TDeliveryKind; error: string };

/** Sends the due email of one respondent, if it is due and no other request is sending it. */
export async function deliverInvitation(respondentId: string, options: { token?: string; now?: Date } = {}): Promise<TDeliveryOutcome> {
  if (!emailEnabled()) return { state: "off" };
  const now = options.now ?? new Date();
  const claimed = await claimDelivery({ respondentId, now, leaseUntil: new Date(now.getTime() + CLAIM_MS) });
  if (!claimed?.email) return { state: "skipped" };
  const kind: TDeliveryKind = claimed.deliveryKind === "reminder" ? "reminder" : "invitation";
  const fresh = options.token ? null : createSecretToken();
  const token = options.token ?? fresh?.token ?? "";
  try {
    const [diagnostic, leader] = await Promise.all([findDiagnostic(claimed.respondent.diagnosticId), findAssessedLeader(claimed.respondent.diagnosticId)]);
    const perspective = ZPerspective.parse(claimed.respondent.perspective);
    if (!diagnostic || !leader) throw new Error("The intake of this respondent no longer exists.");
    const message = composeInvitation({
      kind,
      perspective,
      leader: { name: leader.leaderName, title: leader.leaderTitle },
      invitedBy: leader.brandName ?? leader.workspaceName,
      link: `${publicOrigin(env())}/respond/${token}`,
      constraints: (await definitionsOf(diagnostic)).length,
      dueAt: claimed.dueAt,
    });
    await sendEmail(claimed.email, message);
  } catch (error) {
    const reason = describeSendFailure(error);
    const nextAttemptAt = nextAttemptAfter(claimed.attempts, now);
    logger().warn(
      { respondentId, kind, attempt: claimed.attempts, willRetry: nextAttemptAt !== null, ...failureCause(error) },
      `The ${kind} email to respondent ${respondentId} failed (attempt ${claimed.attempts}): ${reason}${nextAttemptAt ? " It will be retried." : ""}`,
    );
    await finishDelivery({ respondentId, kind, now, sent: false, error: reason, nextAttemptAt });
    return { state: "failed", kind, error: reason };
  }
  await finishDelivery({ respondentId, kind, now, sent: true, tokenHash: fresh?.hash ?? null });
  return { state: "sent", kind, token };
}

/**
 * What a log may say of a failed send: the mail server's error code and reply code, not its full
 * error, which names the rejected recipients and echoes their addresses; anything else (the database,
 * composing the message) is logged whole, with its stack and cause.
 */
function failureCause(error: unknown): Record<string, unknown> {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  if (typeof code === "string" && code.startsWith("E")) return { code, responseCode };
  return { err: error };
}

/**
 * Sends what is due (new, failed and waiting for their retry, or left half-sent by a stopped
 * process), a few per call. Pages and routes that show or change respondents call it, so retries
 * happen while the app is in use, without a separate worker.
 */
export async function deliverDueInvitations(options: { diagnosticId?: string; now?: Date } = {}): Promise<void> {
  if (!emailEnabled()) return;
  const now = options.now ?? new Date();
  const due = await listDueDeliveries({ now, diagnosticId: options.diagnosticId, limit: PER_REQUEST });
  for (const respondentId of due) {
    // One failure usually means the server is down or refusing: the rest wait for their own retry
    // rather than each holding the page for a connection timeout.
    if ((await deliverInvitation(respondentId, { now })).state === "failed") return;
  }
}
