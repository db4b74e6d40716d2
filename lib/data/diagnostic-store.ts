import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/app-error";
import type { TPortfolioLeaderInput } from "@/lib/diagnostic/build-portfolio";
import { providerOf, type AppPrismaClient } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/sqlite/client";
import { prisma } from "@/lib/db/prisma";

/** Data access for diagnostics, their answers and their results. Nothing else queries these tables. */

export type DiagnosticStatus = "in_progress" | "finished";

export type StoredDiagnostic = {
  id: string;
  questionnaireVersion: string;
  status: DiagnosticStatus;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
};

/** One answer row. `constraintId` is null for questions about the whole diagnostic. */
export type StoredAnswer = { questionId: string; constraintId: string | null; value: unknown; answeredAt: Date };

export type StoredResult = {
  revision: number;
  questionnaireVersion: string;
  engineVersion: string;
  snapshot: unknown;
  createdAt: Date;
};

const diagnosticSelect = {
  id: true,
  questionnaireVersion: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  finishedAt: true,
} as const;

const NO_CONSTRAINT = "";

function toDiagnosticStatus<T extends { status: string }>(row: T): Omit<T, "status"> & { status: DiagnosticStatus } {
  return { ...row, status: row.status === "finished" ? "finished" : "in_progress" };
}

function toDiagnostic(row: { status: string } & Omit<StoredDiagnostic, "status">): StoredDiagnostic {
  return { ...row, status: row.status === "finished" ? "finished" : "in_progress" };
}

/** Creates a diagnostic, with the answers it starts from (a re-assessment's carried-over ones) in the same statement. */
export async function createDiagnostic(
  input: {
    questionnaireVersion: string;
    resumeTokenHash?: string;
    startKeyHash?: string;
    workspaceId?: string;
    leaderId?: string;
    answers?: readonly { questionId: string; constraintId: string | null; value: unknown }[];
  },
): Promise<StoredDiagnostic> {
  const db = prisma();
  const row = await db.diagnostic.create({
    data: {
      id: randomUUID(),
      questionnaireVersion: input.questionnaireVersion,
      resumeTokenHash: input.resumeTokenHash ?? null,
      startKeyHash: input.startKeyHash ?? null,
      workspaceId: input.workspaceId ?? null,
      leaderId: input.leaderId ?? null,
      ...(input.answers?.length
        ? {
            answers: {
              create: input.answers.map((a) => ({ id: randomUUID(), questionId: a.questionId, constraintId: a.constraintId ?? NO_CONSTRAINT, value: JSON.stringify(a.value) })),
            },
          }
        : {}),
    },
    select: diagnosticSelect,
  });
  return toDiagnostic(row);
}

/**
 * The self-serve diagnostic a start request with this key created, given a new resume token hash, as
 * long as nobody can have used it yet: started after `createdAfter`, in progress, unclaimed and
 * without a single answer. The old link stops working (whoever retries never received it). Null
 * when there is no such diagnostic.
 */
export async function reissueUnusedDiagnostic(
  input: { startKeyHash: string; resumeTokenHash: string; createdAfter: Date },
): Promise<StoredDiagnostic | null> {
  const db = prisma();
  const { count } = await db.diagnostic.updateMany({
    where: { startKeyHash: input.startKeyHash, status: "in_progress", workspaceId: null, createdAt: { gte: input.createdAfter }, answers: { none: {} } },
    data: { resumeTokenHash: input.resumeTokenHash },
  });
  if (count === 0) return null;
  const row = await db.diagnostic.findUnique({ where: { startKeyHash: input.startKeyHash }, select: diagnosticSelect });
  return row ? toDiagnostic(row) : null;
}

/** True when the error is a unique-constraint violation (Prisma's P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function findDiagnostic(id: string): Promise<StoredDiagnostic | null> {
  const db = prisma();
  const row = await db.diagnostic.findUnique({ where: { id }, select: diagnosticSelect });
  return row ? toDiagnostic(row) : null;
}

/**
 * A diagnostic with its report version and its workspace's branding version (0 for a self-serve
 * diagnostic), both renewed by the database (schema.prisma): what a kept report is keyed by
 * (lib/report/kept-reports.ts).
 */
export async function findDiagnosticForReport(id: string): Promise<(StoredDiagnostic & { reportVersion: number; brandingVersion: number }) | null> {
  const db = prisma();
  const row = await db.diagnostic.findUnique({ where: { id }, select: { ...diagnosticSelect, reportVersion: true, workspace: { select: { brandingVersion: true } } } });
  if (!row) return null;
  const { workspace, ...diagnostic } = row;
  return { ...toDiagnostic(diagnostic), reportVersion: diagnostic.reportVersion, brandingVersion: workspace?.brandingVersion ?? 0 };
}

/** A diagnostic of one workspace; any other workspace's diagnostic is not found. */
export async function findWorkspaceDiagnostic(input: { id: string; workspaceId: string }): Promise<StoredDiagnostic | null> {
  const db = prisma();
  const row = await db.diagnostic.findFirst({ where: { id: input.id, workspaceId: input.workspaceId }, select: diagnosticSelect });
  return row ? toDiagnostic(row) : null;
}

/** Deletes a diagnostic of one workspace with everything attached. */
export async function deleteWorkspaceDiagnostic(input: { id: string; workspaceId: string }): Promise<void> {
  const db = prisma();
  const { count } = await db.diagnostic.deleteMany({ where: { id: input.id, workspaceId: input.workspaceId } });
  if (count === 0) throw new AppError("NOT_FOUND", "This diagnostic does not exist in your workspace.");
}

export type WorkspaceDiagnosticRow = {
  id: string;
  status: DiagnosticStatus;
  recommendation: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  leader: { id: string; name: string; title: string | null; client: { id: string; name: string } } | null;
};

/**
 * A LIKE pattern matching `text` anywhere, with the pattern's own wildcards escaped by "!" (not a
 * backslash, whose meaning in a PostgreSQL string literal depends on a server setting).
 */
function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

const asDate = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));

type DashboardRow = {
  id: string;
  status: string;
  recommendation: string | null;
  createdAt: unknown;
  finishedAt: unknown;
  leaderId: string | null;
  leaderName: string | null;
  leaderTitle: string | null;
  clientId: string | null;
  clientName: string | null;
};

/** How many of the diagnostics found have one status and recommendation. */
export type DiagnosticGroup = { status: DiagnosticStatus; recommendation: string | null; count: number };

/**
 * One page of a workspace's diagnostics, newest first, filtered by client, status, recommendation and
 * leader name (case-insensitive on both databases; on SQLite for ASCII letters only). Two plain-SQL statements return the page and
 * the counts by status and recommendation (their sum is the total): the dashboard runs them on every visit, and through Prisma it took four queries.
 */
export async function searchWorkspaceDiagnostics(
  input: { workspaceId: string; clientId?: string; status?: DiagnosticStatus; recommendation?: string; leaderName?: string; page: number; pageSize: number },
): Promise<{ total: number; rows: WorkspaceDiagnosticRow[]; groups: DiagnosticGroup[] }> {
  const db = prisma();
  const conditions = [Prisma.sql`d."workspaceId" = ${input.workspaceId}`];
  if (input.status) conditions.push(Prisma.sql`d."status" = ${input.status}`);
  if (input.recommendation) conditions.push(Prisma.sql`d."recommendation" = ${input.recommendation}`);
  if (input.clientId) conditions.push(Prisma.sql`l."clientId" = ${input.clientId}`);
  if (input.leaderName) {
    const like = providerOf(db) === "postgresql" ? Prisma.raw("ILIKE") : Prisma.raw("LIKE");
    conditions.push(Prisma.sql`l."name" ${like} ${containsPattern(input.leaderName)} ESCAPE '!'`);
  }
  // The count joins the leader only when a filter needs it: the join over every row would cost more
  // than the whole page.
  const leaderJoin = Prisma.sql`LEFT JOIN "Leader" l ON l."id" = d."leaderId"`;
  const counted = Prisma.sql`FROM "Diagnostic" d ${input.clientId || input.leaderName ? leaderJoin : Prisma.empty}
    WHERE ${Prisma.join(conditions, " AND ")}`;
  // The counts by status and recommendation (the dashboard's chart) add up to the total.
  const [found, counts] = await Promise.all([
    db.$queryRaw<DashboardRow[]>`
    SELECT d."id", d."status", d."recommendation", d."createdAt", d."finishedAt",
      l."id" AS "leaderId", l."name" AS "leaderName", l."title" AS "leaderTitle",
      c."id" AS "clientId", c."name" AS "clientName"
    FROM "Diagnostic" d ${leaderJoin} LEFT JOIN "Client" c ON c."id" = l."clientId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY d."createdAt" DESC, d."id" ASC
    LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`,
    db.$queryRaw<{ status: string; recommendation: string | null; count: unknown }[]>`
    SELECT d."status", d."recommendation", COUNT(*) AS "count" ${counted} GROUP BY d."status", d."recommendation"`,
  ]);
  const groups = counts.map((g): DiagnosticGroup => ({ status: g.status === "finished" ? "finished" : "in_progress", recommendation: g.recommendation, count: Number(g.count) }));
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  const rows = found.map((row): WorkspaceDiagnosticRow => ({
    id: row.id,
    status: row.status === "finished" ? "finished" : "in_progress",
    recommendation: row.recommendation,
    createdAt: asDate(row.createdAt),
    finishedAt: row.finishedAt === null ? null : asDate(row.finishedAt),
    leader:
      row.leaderId && row.leaderName !== null && row.clientId && row.clientName !== null
        ? { id: row.leaderId, name: row.leaderName, title: row.leaderTitle, client: { id: row.clientId, name: row.clientName } }
        : null,
  }));
  return { total, rows, groups };
}

/** The latest result of each finished diagnostic of one leader in one workspace, oldest first. */
export async function listLeaderResults(input: { leaderId: string; workspaceId: string }) {
  const db = prisma();
  const rows = await db.diagnostic.findMany({
    where: { leaderId: input.leaderId, workspaceId: input.workspaceId, status: "finished" },
    orderBy: { finishedAt: "asc" },
    select: { id: true, finishedAt: true, results: { orderBy: { revision: "desc" }, take: 1, select: { snapshot: true } } },
  });
  return rows.flatMap((row) => {
    const latest = row.results[0];
    return latest && row.finishedAt ? [{ diagnosticId: row.id, finishedAt: row.finishedAt, snapshot: JSON.parse(latest.snapshot) as unknown }] : [];
  });
}

export type StoredEngagement = {
  leader: { id: string; name: string; title: string | null; clientId: string; clientName: string };
  /** Every assessment of the leader, oldest first. */
  assessments: { id: string; status: DiagnosticStatus; createdAt: Date; finishedAt: Date | null }[];
};

/** The leader a workspace diagnostic assesses, with all of that leader's assessments; null outside the workspace. */
export async function findEngagementOf(input: { diagnosticId: string; workspaceId: string }): Promise<StoredEngagement | null> {
  const db = prisma();
  const row = await db.diagnostic.findFirst({
    where: { id: input.diagnosticId, workspaceId: input.workspaceId },
    select: {
      leader: {
        select: {
          id: true,
          name: true,
          title: true,
          client: { select: { id: true, name: true } },
          diagnostics: {
            where: { workspaceId: input.workspaceId },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: { id: true, status: true, createdAt: true, finishedAt: true },
          },
        },
      },
    },
  });
  if (!row?.leader) return null;
  const { leader } = row;
  return {
    leader: { id: leader.id, name: leader.name, title: leader.title, clientId: leader.client.id, clientName: leader.client.name },
    assessments: leader.diagnostics.map(toDiagnosticStatus),
  };
}

/** The latest finished assessment of a leader, to start a re-assessment from. */
export async function findLatestFinishedOfLeader(input: { leaderId: string; workspaceId: string }): Promise<{ id: string; questionnaireVersion: string } | null> {
  const db = prisma();
  return db.diagnostic.findFirst({
    where: { leaderId: input.leaderId, workspaceId: input.workspaceId, status: "finished" },
    orderBy: [{ finishedAt: "desc" }, { id: "desc" }],
    select: { id: true, questionnaireVersion: true },
  });
}

/** A workspace's diagnostics, newest first, with the leader and client they assess. */
export async function listWorkspaceDiagnostics(workspaceId: string) {
  const db = prisma();
  const rows = await db.diagnostic.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    select: { ...diagnosticSelect, leaderId: true },
  });
  return rows.map(({ leaderId, ...row }) => ({ ...toDiagnostic(row), leaderId }));
}

/** The diagnostic a resume link opens, by the SHA-256 of the link's token. */
export async function findDiagnosticByResumeToken(resumeTokenHash: string): Promise<StoredDiagnostic | null> {
  const db = prisma();
  const row = await db.diagnostic.findUnique({ where: { resumeTokenHash }, select: diagnosticSelect });
  return row ? toDiagnostic(row) : null;
}

/** What saving an answer needs to know about a diagnostic, by its resume token's hash. */
export type DiagnosticKey = { id: string; questionnaireVersion: string; status: DiagnosticStatus };

/**
 * The lean lookup on the answer-saving path, in plain SQL: it runs on every answer, and Prisma's
 * query layer costs several times the query itself there (docs/benchmarks.md).
 */
export async function findDiagnosticKeyByResumeToken(resumeTokenHash: string): Promise<DiagnosticKey | null> {
  const db = prisma();
  const rows = await db.$queryRaw<{ id: string; questionnaireVersion: string; status: string }[]>`
    SELECT "id", "questionnaireVersion", "status" FROM "Diagnostic" WHERE "resumeTokenHash" = ${resumeTokenHash}`;
  const row = rows[0];
  return row ? { ...row, status: row.status === "finished" ? "finished" : "in_progress" } : null;
}

/**
 * Stores one answer, replacing an earlier answer to the same question, in one statement that writes
 * only while the diagnostic is in progress: a diagnostic finished a moment earlier cannot take an
 * answer that its result did not see. On PostgreSQL the statement holds a share lock on the
 * diagnostic's row, which finishWithResult's lock waits for (and the other way round), so an answer
 * saved while a finish is under way is either in the result or refused, never acknowledged and left
 * out; SQLite runs one writer at a time. Plain SQL because it is the app's hottest write.
 */
export async function saveAnswer(
  input: { diagnosticId: string; questionId: string; constraintId: string | null; value: unknown },
): Promise<StoredAnswer> {
  const db = prisma();
  const constraintId = input.constraintId ?? NO_CONSTRAINT;
  const value = JSON.stringify(input.value);
  const now = new Date();
  // PostgreSQL types the SELECT list before assigning it, so its parameters are cast explicitly.
  const stamp = providerOf(db) === "postgresql" ? Prisma.sql`CAST(${now.toISOString()} AS TIMESTAMP(3))` : Prisma.sql`${now}`;
  const text = (v: string) => (providerOf(db) === "postgresql" ? Prisma.sql`CAST(${v} AS TEXT)` : Prisma.sql`${v}`);
  const written = await db.$executeRaw`
    INSERT INTO "Answer" ("id", "diagnosticId", "questionId", "constraintId", "value", "answeredAt", "updatedAt")
    SELECT ${text(randomUUID())}, "id", ${text(input.questionId)}, ${text(constraintId)}, ${text(value)}, ${stamp}, ${stamp}
    FROM "Diagnostic" WHERE "id" = ${input.diagnosticId} AND "status" = 'in_progress' ${providerOf(db) === "postgresql" ? Prisma.sql`FOR SHARE` : Prisma.empty}
    ON CONFLICT ("diagnosticId", "questionId", "constraintId")
    DO UPDATE SET "value" = excluded."value", "answeredAt" = excluded."answeredAt", "updatedAt" = excluded."updatedAt"`;
  if (written === 0) {
    const diagnostic = await db.diagnostic.findUnique({ where: { id: input.diagnosticId }, select: { status: true } });
    if (!diagnostic) throw new AppError("NOT_FOUND", "This diagnostic does not exist.");
    throw new AppError("CONFLICT", "This diagnostic is finished; its answers can no longer change.");
  }
  return { questionId: input.questionId, constraintId: input.constraintId, value: input.value, answeredAt: now };
}

/** Removes answers, e.g. the probes of a constraint the person took off the list. */
export async function deleteAnswers(
  input: { diagnosticId: string; constraintId: string },
): Promise<number> {
  const db = prisma();
  const result = await db.answer.deleteMany({
    where: { diagnosticId: input.diagnosticId, constraintId: input.constraintId, diagnostic: { status: "in_progress" } },
  });
  return result.count;
}

function toAnswer(row: { questionId: string; constraintId: string; value: string; answeredAt: Date }): StoredAnswer {
  return {
    questionId: row.questionId,
    constraintId: row.constraintId === NO_CONSTRAINT ? null : row.constraintId,
    value: JSON.parse(row.value) as unknown,
    answeredAt: row.answeredAt,
  };
}

export async function listAnswers(diagnosticId: string): Promise<StoredAnswer[]> {
  const db = prisma();
  return readAnswers(db as unknown as Tx, diagnosticId);
}

type Tx = Parameters<Parameters<AppPrismaClient["$transaction"]>[0]>[0];
type ComputedResult = { snapshot: unknown; questionnaireVersion: string; engineVersion: string; recommendation?: string | null };

const resultSelect = { revision: true, questionnaireVersion: true, engineVersion: true, snapshot: true, createdAt: true } as const;

async function insertRevision(tx: Tx, diagnosticId: string, computed: ComputedResult): Promise<StoredResult> {
  const latest = await tx.diagnosticResult.findFirst({ where: { diagnosticId }, orderBy: { revision: "desc" }, select: { revision: true } });
  const row = await tx.diagnosticResult.create({
    data: {
      id: randomUUID(),
      diagnosticId,
      revision: (latest?.revision ?? 0) + 1,
      questionnaireVersion: computed.questionnaireVersion,
      engineVersion: computed.engineVersion,
      snapshot: JSON.stringify(computed.snapshot),
    },
    select: resultSelect,
  });
  if (computed.recommendation !== undefined) {
    await tx.diagnostic.update({ where: { id: diagnosticId }, data: { recommendation: computed.recommendation } });
  }
  return { ...row, snapshot: JSON.parse(row.snapshot) as unknown };
}

async function readAnswers(tx: Tx, diagnosticId: string): Promise<StoredAnswer[]> {
  const rows = await tx.answer.findMany({
    where: { diagnosticId },
    select: { questionId: true, constraintId: true, value: true, answeredAt: true },
    orderBy: [{ answeredAt: "asc" }, { questionId: "asc" }],
  });
  return rows.map(toAnswer);
}

/**
 * Finishes a diagnostic: reads its answers, computes the result and stores it as the first
 * revision, then locks the answers; all in one transaction, so no answer can slip in between.
 * `compute` may throw an AppError (e.g. when the diagnostic cannot be finished yet).
 */
export async function finishWithResult(
  input: { diagnosticId: string; compute: (answers: StoredAnswer[]) => ComputedResult },
): Promise<StoredResult> {
  const db = prisma();
  return db.$transaction(async (tx) => {
    // On PostgreSQL the row is locked first: saves under way commit before the answers are read, and
    // later ones wait and then find the diagnostic finished (saveAnswer).
    const diagnostic =
      providerOf(db) === "postgresql"
        ? ((await tx.$queryRaw<{ status: string }[]>`SELECT "status" FROM "Diagnostic" WHERE "id" = ${input.diagnosticId} FOR UPDATE`)[0] ?? null)
        : await tx.diagnostic.findUnique({ where: { id: input.diagnosticId }, select: { status: true } });
    if (!diagnostic) throw new AppError("NOT_FOUND", "This diagnostic does not exist.");
    if (diagnostic.status === "finished") throw new AppError("CONFLICT", "This diagnostic is already finished.");
    const computed = input.compute(await readAnswers(tx, input.diagnosticId));
    const result = await insertRevision(tx, input.diagnosticId, computed);
    await tx.diagnostic.update({ where: { id: input.diagnosticId }, data: { status: "finished", finishedAt: new Date() } });
    return result;
  });
}

/**
 * Changes answers of a finished diagnostic that may change after finishing (the cost assumptions)
 * and stores the result recomputed from all answers as a new revision, in one transaction.
 * `compute` gets every answer as it will stand and returns the new snapshot and versions.
 */
export async function reviseResult(
  input: {
    diagnosticId: string;
    answers: { questionId: string; value: unknown }[];
    compute: (answers: StoredAnswer[]) => ComputedResult;
  },
): Promise<StoredResult> {
  const db = prisma();
  return db.$transaction(async (tx) => {
    const diagnostic = await tx.diagnostic.findUnique({ where: { id: input.diagnosticId }, select: { status: true } });
    if (!diagnostic) throw new AppError("NOT_FOUND", "This diagnostic does not exist.");
    if (diagnostic.status !== "finished") throw new AppError("CONFLICT", "Finish the diagnostic before revising its result.");
    for (const answer of input.answers) {
      const value = JSON.stringify(answer.value);
      const key = { diagnosticId: input.diagnosticId, questionId: answer.questionId, constraintId: NO_CONSTRAINT };
      await tx.answer.upsert({
        where: { diagnosticId_questionId_constraintId: key },
        create: { id: randomUUID(), ...key, value },
        update: { value, answeredAt: new Date() },
      });
    }
    return insertRevision(tx, input.diagnosticId, input.compute(await readAnswers(tx, input.diagnosticId)));
  });
}

export async function findLatestResult(diagnosticId: string): Promise<StoredResult | null> {
  const db = prisma();
  const row = await db.diagnosticResult.findFirst({ where: { diagnosticId }, orderBy: { revision: "desc" }, select: resultSelect });
  return row ? { ...row, snapshot: JSON.parse(row.snapshot) as unknown } : null;
}

/** Deletes a diagnostic with its answers and results (the foreign keys cascade). */
export async function deleteDiagnostic(id: string): Promise<boolean> {
  const db = prisma();
  const result = await db.diagnostic.deleteMany({ where: { id } });
  return result.count > 0;
}

export type StoredReleaseAudience = "leader" | "board";
export type StoredAudienceRelease = { audience: StoredReleaseAudience; sections: string[]; resultRevision: number; releasedAt: Date };
export type StoredRelease = { workspaceId: string | null; releases: StoredAudienceRelease[] };

/**
 * Releases a finished diagnostic of one workspace to one audience with the sections the consultant
 * chose, pinned to its latest result revision; releasing again replaces that audience's release.
 */
export async function releaseToAudience(input: {
  id: string;
  workspaceId: string;
  audience: StoredReleaseAudience;
  sections: readonly string[];
  now: Date;
}): Promise<StoredAudienceRelease> {
  const db = prisma();
  return db.$transaction(async (tx) => {
    const diagnostic = await tx.diagnostic.findFirst({ where: { id: input.id, workspaceId: input.workspaceId, status: "finished" }, select: { id: true } });
    const latest = diagnostic
      ? await tx.diagnosticResult.findFirst({ where: { diagnosticId: diagnostic.id }, orderBy: { revision: "desc" }, select: { revision: true } })
      : null;
    if (!latest) throw new AppError("CONFLICT", "Only a finished diagnostic of your workspace can be released.");
    const data = { sections: JSON.stringify(input.sections), resultRevision: latest.revision, releasedAt: input.now };
    await tx.reportRelease.upsert({
      where: { diagnosticId_audience: { diagnosticId: input.id, audience: input.audience } },
      create: { id: randomUUID(), diagnosticId: input.id, audience: input.audience, ...data },
      update: data,
    });
    return { audience: input.audience, sections: [...input.sections], resultRevision: latest.revision, releasedAt: input.now };
  });
}

/** The perspectives an intake's verdict rests on, as stored (null: the default). */
export async function findVerdictBasis(diagnosticId: string): Promise<unknown> {
  const db = prisma();
  const row = await db.diagnostic.findUnique({ where: { id: diagnosticId }, select: { verdictBasis: true } });
  return row?.verdictBasis ? (JSON.parse(row.verdictBasis) as unknown) : null;
}

export async function saveVerdictBasis(input: { id: string; workspaceId: string; basis: readonly string[] }): Promise<void> {
  const db = prisma();
  const { count } = await db.diagnostic.updateMany({ where: { id: input.id, workspaceId: input.workspaceId }, data: { verdictBasis: JSON.stringify(input.basis) } });
  if (count === 0) throw new AppError("NOT_FOUND", "This intake does not exist.");
}

/** Withdraws one audience's release; false when there was none. */
export async function withdrawAudienceRelease(input: { diagnosticId: string; audience: StoredReleaseAudience }): Promise<boolean> {
  const db = prisma();
  const { count } = await db.reportRelease.deleteMany({ where: { diagnosticId: input.diagnosticId, audience: input.audience } });
  return count > 0;
}

const toAudience = (audience: string): StoredReleaseAudience | null => (audience === "leader" || audience === "board" ? audience : null);

/** Who owns a diagnostic and its releases, per audience. */
export async function findRelease(diagnosticId: string): Promise<StoredRelease | null> {
  const db = prisma();
  const row = await db.diagnostic.findUnique({
    where: { id: diagnosticId },
    select: { workspaceId: true, releases: { select: { audience: true, sections: true, resultRevision: true, releasedAt: true } } },
  });
  if (!row) return null;
  return {
    workspaceId: row.workspaceId,
    releases: row.releases.flatMap((r) => {
      const audience = toAudience(r.audience);
      return audience ? [{ audience, sections: JSON.parse(r.sections) as string[], resultRevision: r.resultRevision, releasedAt: r.releasedAt }] : [];
    }),
  };
}

/** One result revision of a diagnostic, as released. */
export async function findResultRevision(diagnosticId: string, revision: number): Promise<StoredResult | null> {
  const db = prisma();
  const row = await db.diagnosticResult.findUnique({ where: { diagnosticId_revision: { diagnosticId, revision } }, select: resultSelect });
  return row ? { ...row, snapshot: JSON.parse(row.snapshot) as unknown } : null;
}

/** A leader as the portfolio reads it: the domain's input shape, filled from one statement. */
export type StoredPortfolioLeader = TPortfolioLeaderInput;

type PortfolioRow = {
  id: string;
  name: string;
  title: string | null;
  assessments: unknown;
  diagnosticId: string | null;
  finishedAt: unknown;
  releasedAt: unknown;
  leaderReleasedAt: unknown;
  snapshot: string | null;
  invited: unknown;
  answered: unknown;
};

/** A stored timestamp as the driver hands it over: a Date, an ISO string, or milliseconds. */
const storedDate = (value: unknown): Date => (value instanceof Date ? value : new Date(typeof value === "number" || typeof value === "bigint" ? Number(value) : String(value)));

/**
 * Every leader of one client of a workspace, by name, with the number of their assessments and their
 * latest finished one: its latest result, release and respondents (invited, answered). One statement,
 * whatever the number of leaders: the portfolio page runs it on every visit. Another workspace's
 * client has no leaders here.
 */
export async function readClientPortfolio(input: { clientId: string; workspaceId: string }): Promise<StoredPortfolioLeader[]> {
  const db = prisma();
  const { clientId, workspaceId } = input;
  const rows = await db.$queryRaw<PortfolioRow[]>`
    WITH "finished" AS (
      SELECT d."id", d."leaderId", d."finishedAt",
        (SELECT b."releasedAt" FROM "ReportRelease" b WHERE b."diagnosticId" = d."id" AND b."audience" = 'board') AS "releasedAt",
        (SELECT e."releasedAt" FROM "ReportRelease" e WHERE e."diagnosticId" = d."id" AND e."audience" = 'leader') AS "leaderReleasedAt",
        ROW_NUMBER() OVER (PARTITION BY d."leaderId" ORDER BY d."finishedAt" DESC, d."createdAt" DESC, d."id" DESC) AS "rank"
      FROM "Diagnostic" d
      WHERE d."workspaceId" = ${workspaceId} AND d."status" = 'finished'
        AND d."leaderId" IN (SELECT m."id" FROM "Leader" m WHERE m."workspaceId" = ${workspaceId} AND m."clientId" = ${clientId})
    )
    SELECT l."id", l."name", l."title",
      (SELECT COUNT(*) FROM "Diagnostic" a WHERE a."workspaceId" = ${workspaceId} AND a."leaderId" = l."id") AS "assessments",
      f."id" AS "diagnosticId", f."finishedAt", f."releasedAt", f."leaderReleasedAt",
      (SELECT r."snapshot" FROM "DiagnosticResult" r WHERE r."diagnosticId" = f."id" ORDER BY r."revision" DESC LIMIT 1) AS "snapshot",
      (SELECT COUNT(*) FROM "Respondent" p WHERE p."diagnosticId" = f."id") AS "invited",
      (SELECT COUNT(*) FROM "Respondent" p WHERE p."diagnosticId" = f."id" AND p."submittedAt" IS NOT NULL) AS "answered"
    FROM "Leader" l LEFT JOIN "finished" f ON f."leaderId" = l."id" AND f."rank" = 1
    WHERE l."workspaceId" = ${workspaceId} AND l."clientId" = ${clientId}`;
  return rows
    .map((row): StoredPortfolioLeader => ({
      id: row.id,
      name: row.name,
      title: row.title,
      assessments: Number(row.assessments),
      latest:
        row.diagnosticId && row.finishedAt !== null && row.snapshot !== null
          ? {
              diagnosticId: row.diagnosticId,
              finishedAt: storedDate(row.finishedAt),
              releasedAt: row.releasedAt === null ? null : storedDate(row.releasedAt),
              leaderReleasedAt: row.leaderReleasedAt === null ? null : storedDate(row.leaderReleasedAt),
              respondents: { invited: Number(row.invited), answered: Number(row.answered) },
              snapshot: JSON.parse(row.snapshot) as unknown,
            }
          : null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "en") || a.id.localeCompare(b.id));
}
