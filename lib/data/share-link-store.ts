import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/app-error";
import { providerOf } from "@/lib/db/create-client";
import { prisma } from "@/lib/db/prisma";

/** Data access for share links, their views and passcode grants. Nothing else queries these tables. */

export type StoredShareLink = {
  id: string;
  diagnosticId: string;
  label: string;
  preparedBy: string;
  leaderLabel: string | null;
  includeFreeText: boolean;
  hasPasscode: boolean;
  expiresAt: Date;
  revokedAt: Date | null;
  createdAt: Date;
  lastViewedAt: Date | null;
  viewCount: number;
  lockedUntil: Date | null;
};

export type ShareLinkView = { viewedAt: Date; kind: "page" | "pdf" };

const linkSelect = {
  id: true,
  diagnosticId: true,
  label: true,
  preparedBy: true,
  leaderLabel: true,
  includeFreeText: true,
  passcodeHash: true,
  expiresAt: true,
  revokedAt: true,
  createdAt: true,
  lastViewedAt: true,
  viewCount: true,
  lockedUntil: true,
} as const;

type LinkRow = Omit<StoredShareLink, "hasPasscode"> & { passcodeHash: string | null };

const toLink = ({ passcodeHash, ...row }: LinkRow): StoredShareLink => ({ ...row, hasPasscode: passcodeHash !== null });

export async function createShareLink(
  input: {
    diagnosticId: string;
    tokenHash: string;
    label: string;
    preparedBy: string;
    leaderLabel: string | null;
    includeFreeText: boolean;
    passcodeHash: string | null;
    expiresAt: Date;
  },
): Promise<StoredShareLink> {
  const db = prisma();
  return toLink(await db.shareLink.create({ data: { id: randomUUID(), ...input }, select: linkSelect }));
}

/** Every link of one diagnostic, newest first, each with its most recent views. */
export async function listShareLinks(diagnosticId: string): Promise<(StoredShareLink & { recentViews: ShareLinkView[] })[]> {
  const db = prisma();
  const rows = await db.shareLink.findMany({
    where: { diagnosticId },
    orderBy: { createdAt: "desc" },
    select: { ...linkSelect, views: { orderBy: { viewedAt: "desc" }, take: 20, select: { viewedAt: true, kind: true } } },
  });
  return rows.map(({ views, ...row }) => ({
    ...toLink(row),
    recentViews: views.map((v) => ({ viewedAt: v.viewedAt, kind: v.kind === "pdf" ? "pdf" : "page" })),
  }));
}

/** Revokes a link of the given diagnostic; a link of any other diagnostic is not found. */
export async function revokeShareLink(input: { id: string; diagnosticId: string; now: Date }): Promise<void> {
  const db = prisma();
  const result = await db.shareLink.updateMany({
    where: { id: input.id, diagnosticId: input.diagnosticId, revokedAt: null },
    data: { revokedAt: input.now },
  });
  if (result.count === 0) {
    const exists = await db.shareLink.count({ where: { id: input.id, diagnosticId: input.diagnosticId } });
    if (exists === 0) throw new AppError("NOT_FOUND", "This share link does not exist.");
  }
}

/** A link by its token, with what checking a passcode needs: the hash and the wrong attempts since the last success. */
export async function findShareLinkByTokenHash(
  tokenHash: string,
): Promise<(StoredShareLink & { passcodeHash: string | null; failedAttempts: number }) | null> {
  const db = prisma();
  const row = await db.shareLink.findUnique({ where: { tokenHash }, select: { ...linkSelect, failedAttempts: true } });
  if (!row) return null;
  const { failedAttempts, ...link } = row;
  return { ...toLink(link), passcodeHash: row.passcodeHash, failedAttempts };
}

export type ShareLinkViewRecord = { shareLinkId: string; kind: "page" | "pdf"; now: Date };

/**
 * Records views in one transaction: a row each in the access log, and per link the count raised by
 * its views and the last view moved to the latest of them, never back (instances commit in any order).
 */
export async function recordShareLinkViews(views: readonly ShareLinkViewRecord[]): Promise<void> {
  const db = prisma();
  const [only] = views;
  if (views.length === 1 && only && providerOf(db) === "postgresql") {
    // One statement, so one round trip and one commit: on a database that may be across the network
    // a single view (the usual case when the app is not busy) costs no more than that.
    const at = only.now.toISOString();
    await db.$executeRaw`
      WITH "view" AS (
        INSERT INTO "ShareLinkView" ("id", "shareLinkId", "kind", "viewedAt")
        VALUES (${randomUUID()}, ${only.shareLinkId}, ${only.kind}, CAST(${at} AS TIMESTAMP(3)))
      )
      UPDATE "ShareLink" SET "viewCount" = "viewCount" + 1, "lastViewedAt" = GREATEST("lastViewedAt", CAST(${at} AS TIMESTAMP(3))) WHERE "id" = ${only.shareLinkId}`;
    return;
  }
  const perLink = new Map<string, { count: number; last: Date }>();
  for (const view of views) {
    const seen = perLink.get(view.shareLinkId);
    perLink.set(view.shareLinkId, { count: (seen?.count ?? 0) + 1, last: seen && seen.last > view.now ? seen.last : view.now });
  }
  await db.$transaction([
    db.shareLinkView.createMany({ data: views.map((view) => ({ id: randomUUID(), shareLinkId: view.shareLinkId, kind: view.kind, viewedAt: view.now })) }),
    ...[...perLink].flatMap(([id, { count, last }]) => [
      // updateMany: a link deleted meanwhile (its diagnostic deleted) must not fail the other links' views.
      db.shareLink.updateMany({ where: { id }, data: { viewCount: { increment: count } } }),
      // Never back: another instance may have committed a later view first.
      db.shareLink.updateMany({ where: { id, OR: [{ lastViewedAt: null }, { lastViewedAt: { lt: last } }] }, data: { lastViewedAt: last } }),
    ]),
  ]);
}

/**
 * Reserves one passcode attempt before the passcode is checked, in one conditional update, so a
 * burst of parallel guesses cannot slip past the limit: false when the link is locked or its
 * attempts are all taken. The counts live in the database so the limit holds across app instances.
 */
export async function reservePasscodeAttempt(
  input: { shareLinkId: string; now: Date; maxAttempts: number },
): Promise<boolean> {
  const db = prisma();
  const { count } = await db.shareLink.updateMany({
    where: {
      id: input.shareLinkId,
      failedAttempts: { lt: input.maxAttempts },
      OR: [{ lockedUntil: null }, { lockedUntil: { lte: input.now } }],
    },
    data: { failedAttempts: { increment: 1 } },
  });
  return count > 0;
}

/** After a wrong passcode: locks the link once its reserved attempts reach the limit. True when this call locked it. */
export async function lockIfExhausted(
  input: { shareLinkId: string; maxAttempts: number; lockUntil: Date },
): Promise<boolean> {
  const db = prisma();
  const { count } = await db.shareLink.updateMany({
    where: { id: input.shareLinkId, failedAttempts: { gte: input.maxAttempts } },
    data: { failedAttempts: 0, lockedUntil: input.lockUntil },
  });
  return count > 0;
}

export async function createShareLinkGrant(
  input: { shareLinkId: string; grantHash: string; expiresAt: Date },
): Promise<void> {
  const db = prisma();
  await db.$transaction([
    db.shareLink.update({ where: { id: input.shareLinkId }, data: { failedAttempts: 0 } }),
    db.shareLinkGrant.create({ data: { id: randomUUID(), ...input } }),
  ]);
}

export async function hasValidGrant(input: { shareLinkId: string; grantHash: string; now: Date }): Promise<boolean> {
  const db = prisma();
  const grant = await db.shareLinkGrant.findUnique({ where: { grantHash: input.grantHash }, select: { shareLinkId: true, expiresAt: true } });
  return grant !== null && grant.shareLinkId === input.shareLinkId && grant.expiresAt.getTime() > input.now.getTime();
}
