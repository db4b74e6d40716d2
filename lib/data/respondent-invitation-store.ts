import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/app-error";
import { prisma } from "@/lib/db/prisma";
import type { StoredRespondent } from "@/lib/data/respondent-store";

/**
 * Data access for how respondents are invited: the email address and due date, the first opening
 * of the link, and the delivery of the invitation or reminder email as an outbox row (pending,
 * sending, sent, failed; attempts; last error; next attempt). Personal links are never stored here:
 * only their hash, on the respondent, which a delivered reminder or retry replaces.
 */

export type TDeliveryKind = "invitation" | "reminder";
export type TDeliveryState = "pending" | "sending" | "sent" | "failed";

export type StoredInvitation = {
  respondentId: string;
  email: string | null;
  dueAt: Date | null;
  remindedAt: Date | null;
  deliveryKind: TDeliveryKind | null;
  deliveryState: TDeliveryState | null;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date | null;
  sentAt: Date | null;
};

const invitationSelect = {
  respondentId: true,
  email: true,
  dueAt: true,
  remindedAt: true,
  deliveryKind: true,
  deliveryState: true,
  attempts: true,
  lastError: true,
  nextAttemptAt: true,
  sentAt: true,
} as const;

type Row = { [K in keyof StoredInvitation]: K extends "deliveryKind" | "deliveryState" ? string | null : StoredInvitation[K] };
const toInvitation = (row: Row): StoredInvitation => row as StoredInvitation;

/** Creates the respondent and their invitation in one write; with an email, its delivery is pending now. */
export async function createInvitedRespondent(input: {
  diagnosticId: string;
  perspective: string;
  name: string;
  tokenHash: string;
  email: string | null;
  dueAt: Date | null;
  deliver: boolean;
  now: Date;
}): Promise<{ respondent: StoredRespondent; invitation: StoredInvitation }> {
  const db = prisma();
  const row = await db.respondent.create({
    data: {
      id: randomUUID(),
      diagnosticId: input.diagnosticId,
      perspective: input.perspective,
      name: input.name,
      tokenHash: input.tokenHash,
      invitedAt: input.now,
      invitation: {
        create: {
          email: input.email,
          dueAt: input.dueAt,
          ...(input.deliver ? { deliveryKind: "invitation", deliveryState: "pending", nextAttemptAt: input.now } : {}),
        },
      },
    },
    select: { id: true, diagnosticId: true, perspective: true, name: true, invitedAt: true, submittedAt: true, openedAt: true, smallGroupConsent: true, invitation: { select: invitationSelect } },
  });
  const { invitation, ...respondent } = row;
  if (!invitation) throw new Error("The invitation row was not created.");
  return { respondent, invitation: toInvitation(invitation) };
}

export async function findInvitation(respondentId: string): Promise<StoredInvitation | null> {
  const row = await prisma().respondentInvitation.findUnique({ where: { respondentId }, select: invitationSelect });
  return row ? toInvitation(row) : null;
}

/** The invitations of one diagnostic's respondents, by respondent id (respondents invited before email have none). */
export async function listInvitations(diagnosticId: string): Promise<Map<string, StoredInvitation>> {
  const rows = await prisma().respondentInvitation.findMany({ where: { respondent: { diagnosticId } }, select: invitationSelect });
  return new Map(rows.map((row) => [row.respondentId, toInvitation(row)]));
}

/**
 * Queues a new send (a reminder, or a retry of what failed) to go now, with its attempts counted
 * afresh. Refused while another request is sending to the same respondent.
 */
export async function queueDelivery(input: { respondentId: string; kind: TDeliveryKind; now: Date }): Promise<void> {
  const { count } = await prisma().respondentInvitation.updateMany({
    where: {
      respondentId: input.respondentId,
      email: { not: null },
      // Not while a claim of another request holds (SQL's NOT would drop rows whose state is null).
      OR: [{ deliveryState: null }, { deliveryState: { not: "sending" } }, { nextAttemptAt: null }, { nextAttemptAt: { lte: input.now } }],
    },
    data: { deliveryKind: input.kind, deliveryState: "pending", attempts: 0, lastError: null, nextAttemptAt: input.now },
  });
  if (count === 0) throw new AppError("CONFLICT", "An email to this respondent is being sent right now; look again in a moment.");
}

/**
 * Claims a due delivery for one sender: pending or failed with its next attempt due, or a send whose
 * claim lapsed (the process sending it stopped). The claim holds until `leaseUntil`, so two requests
 * never send the same email. Returns the claimed row, or null when it is not due or someone else has it.
 */
export async function claimDelivery(input: {
  respondentId: string;
  now: Date;
  leaseUntil: Date;
}): Promise<(StoredInvitation & { respondent: { diagnosticId: string; perspective: string } }) | null> {
  const db = prisma();
  const { count } = await db.respondentInvitation.updateMany({
    where: {
      respondentId: input.respondentId,
      email: { not: null },
      deliveryState: { in: ["pending", "failed", "sending"] },
      nextAttemptAt: { lte: input.now },
    },
    data: { deliveryState: "sending", attempts: { increment: 1 }, nextAttemptAt: input.leaseUntil },
  });
  if (count !== 1) return null;
  const row = await db.respondentInvitation.findUnique({
    where: { respondentId: input.respondentId },
    select: { ...invitationSelect, respondent: { select: { diagnosticId: true, perspective: true } } },
  });
  return row ? { ...toInvitation(row), respondent: row.respondent } : null;
}

/**
 * Records the outcome of a claimed send. A delivered email that carries a fresh link replaces the
 * respondent's token hash in the same transaction: the earlier link stops working only once the new
 * one is on its way.
 */
export async function finishDelivery(
  input: { respondentId: string; kind: TDeliveryKind; now: Date } & (
    | { sent: true; tokenHash: string | null }
    | { sent: false; error: string; nextAttemptAt: Date | null }
  ),
): Promise<void> {
  const db = prisma();
  const where = { respondentId: input.respondentId, deliveryState: "sending" };
  if (!input.sent) {
    await db.respondentInvitation.updateMany({ where, data: { deliveryState: "failed", lastError: input.error, nextAttemptAt: input.nextAttemptAt } });
    return;
  }
  const stamp = input.kind === "reminder" ? { remindedAt: input.now } : { sentAt: input.now };
  await db.$transaction([
    db.respondentInvitation.updateMany({ where, data: { deliveryState: "sent", lastError: null, nextAttemptAt: null, ...stamp } }),
    ...(input.tokenHash ? [db.respondent.update({ where: { id: input.respondentId }, data: { tokenHash: input.tokenHash } })] : []),
  ]);
}

/**
 * Deliveries due now (oldest first), optionally of one diagnostic. A respondent who submitted is
 * never emailed again, and an invitation whose link was already opened (the consultant passed it on
 * by hand) is not retried automatically, since a retry sends a new link and retires the one in use.
 */
export async function listDueDeliveries(input: { now: Date; diagnosticId?: string; limit: number }): Promise<string[]> {
  const rows = await prisma().respondentInvitation.findMany({
    where: {
      email: { not: null },
      deliveryState: { in: ["pending", "failed", "sending"] },
      nextAttemptAt: { lte: input.now },
      respondent: { submittedAt: null, ...(input.diagnosticId ? { diagnosticId: input.diagnosticId } : {}) },
      OR: [{ deliveryKind: "reminder" }, { respondent: { openedAt: null } }],
    },
    select: { respondentId: true },
    orderBy: { nextAttemptAt: "asc" },
    take: input.limit,
  });
  return rows.map((row) => row.respondentId);
}

/** Replaces a respondent's link (a new link to copy by hand); the previous one stops working at once. */
export async function replaceRespondentToken(input: { respondentId: string; diagnosticId: string; tokenHash: string }): Promise<void> {
  const { count } = await prisma().respondent.updateMany({
    where: { id: input.respondentId, diagnosticId: input.diagnosticId },
    data: { tokenHash: input.tokenHash },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "This respondent does not exist.");
}

/** Stamps the first time a respondent's link was opened; later openings leave it as it is. */
export async function markRespondentOpened(input: { respondentId: string; now: Date }): Promise<void> {
  await prisma().respondent.updateMany({ where: { id: input.respondentId, openedAt: null }, data: { openedAt: input.now } });
}
