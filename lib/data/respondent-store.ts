import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/app-error";
import { providerOf } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/sqlite/client";
import { prisma } from "@/lib/db/prisma";

/**
 * Data access for respondents (the people invited to answer about a leader) and their answers.
 * Callers check the workspace, or the respondent's own link, before calling.
 */

export type StoredRespondent = {
  id: string;
  diagnosticId: string;
  perspective: string;
  name: string;
  invitedAt: Date;
  submittedAt: Date | null;
  smallGroupConsent: boolean;
  /** First time the personal link was opened. */
  openedAt: Date | null;
};

export type StoredRespondentAnswer = { questionId: string; constraintId: string; value: unknown };

const respondentSelect = { id: true, diagnosticId: true, perspective: true, name: true, invitedAt: true, submittedAt: true, smallGroupConsent: true, openedAt: true } as const;

export async function createRespondent(
  input: { diagnosticId: string; perspective: string; name: string; tokenHash: string },
): Promise<StoredRespondent> {
  const db = prisma();
  return db.respondent.create({ data: { id: randomUUID(), ...input }, select: respondentSelect });
}

/** The respondents of one diagnostic with how many probes each has answered, in invitation order. */
export async function listRespondents(diagnosticId: string): Promise<(StoredRespondent & { answered: number })[]> {
  const db = prisma();
  const rows = await db.respondent.findMany({
    where: { diagnosticId },
    select: { ...respondentSelect, _count: { select: { answers: true } } },
    orderBy: [{ invitedAt: "asc" }, { id: "asc" }],
  });
  return rows.map(({ _count, ...row }) => ({ ...row, answered: _count.answers }));
}

export async function deleteRespondent(input: { id: string; diagnosticId: string }): Promise<void> {
  const db = prisma();
  const { count } = await db.respondent.deleteMany({ where: { id: input.id, diagnosticId: input.diagnosticId } });
  if (count === 0) throw new AppError("NOT_FOUND", "This respondent does not exist.");
}

export async function findRespondentByTokenHash(tokenHash: string): Promise<StoredRespondent | null> {
  const db = prisma();
  return db.respondent.findUnique({ where: { tokenHash }, select: respondentSelect });
}

/**
 * Stores one probe answer in one statement that writes only while the respondent has not submitted,
 * so a submission never changes after the fact. On PostgreSQL the statement holds a share lock on the
 * respondent's row, which the submission's update waits for: an answer is in before the submission
 * or refused after it, never acknowledged in between.
 */
export async function saveRespondentAnswer(
  input: { respondentId: string; questionId: string; constraintId: string; value: unknown },
): Promise<void> {
  const db = prisma();
  const now = new Date();
  const pg = providerOf(db) === "postgresql";
  const stamp = pg ? Prisma.sql`CAST(${now.toISOString()} AS TIMESTAMP(3))` : Prisma.sql`${now}`;
  const text = (v: string) => (pg ? Prisma.sql`CAST(${v} AS TEXT)` : Prisma.sql`${v}`);
  const written = await db.$executeRaw`
    INSERT INTO "RespondentAnswer" ("id", "respondentId", "questionId", "constraintId", "value", "answeredAt", "updatedAt")
    SELECT ${text(randomUUID())}, "id", ${text(input.questionId)}, ${text(input.constraintId)}, ${text(JSON.stringify(input.value))}, ${stamp}, ${stamp}
    FROM "Respondent" WHERE "id" = ${input.respondentId} AND "submittedAt" IS NULL ${pg ? Prisma.sql`FOR SHARE` : Prisma.empty}
    ON CONFLICT ("respondentId", "questionId", "constraintId")
    DO UPDATE SET "value" = excluded."value", "answeredAt" = excluded."answeredAt", "updatedAt" = excluded."updatedAt"`;
  if (written === 0) {
    const respondent = await db.respondent.findUnique({ where: { id: input.respondentId }, select: { id: true } });
    if (!respondent) throw new AppError("NOT_FOUND", "This respondent link does not exist.");
    throw new AppError("CONFLICT", "These answers were submitted; they can no longer change.");
  }
}

export async function listRespondentAnswers(respondentId: string): Promise<StoredRespondentAnswer[]> {
  const db = prisma();
  const rows = await db.respondentAnswer.findMany({
    where: { respondentId },
    select: { questionId: true, constraintId: true, value: true },
    orderBy: [{ constraintId: "asc" }, { questionId: "asc" }],
  });
  return rows.map((row) => ({ ...row, value: JSON.parse(row.value) as unknown }));
}

/** Marks the answers as submitted; false when they already were. */
export async function submitRespondent(input: { id: string; now: Date }): Promise<boolean> {
  const db = prisma();
  const { count } = await db.respondent.updateMany({ where: { id: input.id, submittedAt: null }, data: { submittedAt: input.now } });
  return count === 1;
}

/** The answers of every respondent of a diagnostic who has submitted (by `submittedBy`, when given). */
export async function listSubmittedAnswers(
  diagnosticId: string,
  submittedBy?: Date,
): Promise<{ id: string; perspective: string; smallGroupConsent: boolean; answers: StoredRespondentAnswer[] }[]> {
  const db = prisma();
  const rows = await db.respondent.findMany({
    where: { diagnosticId, submittedAt: submittedBy ? { not: null, lte: submittedBy } : { not: null } },
    select: { id: true, perspective: true, smallGroupConsent: true, answers: { select: { questionId: true, constraintId: true, value: true } } },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => ({
    ...row,
    answers: row.answers.map((a) => ({ ...a, value: JSON.parse(a.value) as unknown })),
  }));
}

/** Records a respondent's consent to a small group; only before they submit, like their answers. False once submitted. */
export async function saveSmallGroupConsent(input: { id: string; consent: boolean }): Promise<boolean> {
  const db = prisma();
  const { count } = await db.respondent.updateMany({ where: { id: input.id, submittedAt: null }, data: { smallGroupConsent: input.consent } });
  return count === 1;
}
