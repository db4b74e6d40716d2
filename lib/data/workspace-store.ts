import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/app-error";
import { prisma } from "@/lib/db/prisma";
import { TEAM_MESSAGES } from "@/lib/team-messages";

/** Data access for workspaces, their clients and leaders. Every query is scoped by workspace. */

export type StoredClient = { id: string; name: string; createdAt: Date; leaders: { id: string; name: string; title: string | null }[] };

/** Each new consultant gets a workspace of their own, as its owner. */
export async function createWorkspaceForUser(input: { userId: string; name: string }): Promise<string> {
  const db = prisma();
  const id = randomUUID();
  await db.workspace.create({
    data: { id, name: input.name, members: { create: { id: randomUUID(), userId: input.userId, role: "owner" } } },
  });
  return id;
}

export type WorkspaceRole = "owner" | "member";

export async function findWorkspaceOfUser(userId: string): Promise<{ id: string; name: string; role: WorkspaceRole } | null> {
  const db = prisma();
  // Plain SQL: every signed-in page asks this, and Prisma splits the relation into two queries.
  const rows = await db.$queryRaw<{ id: string; name: string; role: string }[]>`
    SELECT w."id", w."name", m."role" FROM "WorkspaceMember" m JOIN "Workspace" w ON w."id" = m."workspaceId"
    WHERE m."userId" = ${userId} ORDER BY m."createdAt" ASC LIMIT 1`;
  const row = rows[0];
  return row ? { id: row.id, name: row.name, role: row.role === "owner" ? "owner" : "member" } : null;
}

export async function listClients(workspaceId: string): Promise<StoredClient[]> {
  const db = prisma();
  const rows = await db.client.findMany({
    where: { workspaceId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, createdAt: true, leaders: { where: { workspaceId }, orderBy: { name: "asc" }, select: { id: true, name: true, title: true } } },
  });
  return rows;
}

/** Just the names, for filters and pickers (no leaders loaded). */
export async function listClientNames(workspaceId: string): Promise<{ id: string; name: string }[]> {
  const db = prisma();
  return db.client.findMany({ where: { workspaceId }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } });
}

export async function createClient(input: { workspaceId: string; name: string }): Promise<{ id: string }> {
  const db = prisma();
  return db.client.create({ data: { id: randomUUID(), workspaceId: input.workspaceId, name: input.name }, select: { id: true } });
}

/** Adds a leader to a client of the same workspace; a client of any other workspace is not found. */
export async function createLeader(
  input: { workspaceId: string; clientId: string; name: string; title: string | null },
): Promise<{ id: string }> {
  const db = prisma();
  const client = await db.client.findFirst({ where: { id: input.clientId, workspaceId: input.workspaceId }, select: { id: true } });
  if (!client) throw new AppError("NOT_FOUND", "This client does not exist in your workspace.");
  return db.leader.create({ data: { id: randomUUID(), ...input }, select: { id: true } });
}

export async function findWorkspaceClient(input: { id: string; workspaceId: string }): Promise<{ id: string; name: string } | null> {
  const db = prisma();
  return db.client.findFirst({ where: { id: input.id, workspaceId: input.workspaceId }, select: { id: true, name: true } });
}

export async function findWorkspaceLeader(
  input: { id: string; workspaceId: string },
): Promise<{ id: string; name: string; title: string | null; clientName: string } | null> {
  const db = prisma();
  const row = await db.leader.findFirst({
    where: { id: input.id, workspaceId: input.workspaceId },
    select: { id: true, name: true, title: true, client: { select: { name: true } } },
  });
  return row ? { id: row.id, name: row.name, title: row.title, clientName: row.client.name } : null;
}

/**
 * Deletes a client of one workspace with everything attached (leaders, their diagnostics, answers,
 * results, share links and access logs): one statement, the foreign keys cascade.
 */
export async function deleteClient(input: { id: string; workspaceId: string }): Promise<void> {
  const db = prisma();
  const { count } = await db.client.deleteMany({ where: { id: input.id, workspaceId: input.workspaceId } });
  if (count === 0) throw new AppError("NOT_FOUND", "This client does not exist in your workspace.");
}

/** Deletes a leader of one workspace with their diagnostics and everything attached to them. */
export async function deleteLeader(input: { id: string; workspaceId: string }): Promise<void> {
  const db = prisma();
  const { count } = await db.leader.deleteMany({ where: { id: input.id, workspaceId: input.workspaceId } });
  if (count === 0) throw new AppError("NOT_FOUND", "This leader does not exist in your workspace.");
}

/**
 * Called when an account is deleted: deletes the workspaces the user is the only member of, with all
 * their data. A workspace shared with colleagues stays (the membership goes with the account), but
 * its last owner cannot leave it ownerless: that deletion is refused.
 */
export async function deleteWorkspacesOwnedBy(userId: string): Promise<number> {
  const db = prisma();
  return db.$transaction(async (tx) => {
    const memberships = await tx.workspaceMember.findMany({ where: { userId }, select: { workspaceId: true, role: true } });
    const alone: string[] = [];
    for (const { workspaceId, role } of memberships) {
      const others = await tx.workspaceMember.findMany({ where: { workspaceId, userId: { not: userId } }, select: { role: true } });
      if (others.length === 0) alone.push(workspaceId);
      else if (role === "owner" && !others.some((other) => other.role === "owner")) throw new AppError("CONFLICT", TEAM_MESSAGES.soleOwnerWithTeam);
    }
    const { count } = await tx.workspace.deleteMany({ where: { id: { in: alone } } });
    return count;
  });
}

/** One client of a workspace with its leaders, their diagnostics, answers and results: for export. */
export async function readClientTree(input: { id: string; workspaceId: string }) {
  const db = prisma();
  const client = await db.client.findFirst({
    where: { id: input.id, workspaceId: input.workspaceId },
    select: {
      name: true,
      leaders: {
        where: { workspaceId: input.workspaceId },
        orderBy: { name: "asc" },
        select: {
          name: true,
          title: true,
          handoffChecks: { where: { workspaceId: input.workspaceId }, orderBy: { checkedAt: "asc" }, select: { criterion: true, checkedAt: true } },
          diagnostics: {
            where: { workspaceId: input.workspaceId },
            orderBy: { createdAt: "asc" },
            select: {
              questionnaireVersion: true,
              status: true,
              recommendation: true,
              createdAt: true,
              finishedAt: true,
              answers: { orderBy: [{ constraintId: "asc" }, { questionId: "asc" }], select: { questionId: true, constraintId: true, value: true } },
              results: { orderBy: { revision: "asc" }, select: { revision: true, questionnaireVersion: true, engineVersion: true, createdAt: true, snapshot: true } },
              releases: { orderBy: { audience: "asc" }, select: { audience: true, sections: true, resultRevision: true, releasedAt: true } },
              notes: { orderBy: { constraintId: "asc" }, select: { constraintId: true, text: true } },
              respondents: {
                orderBy: [{ invitedAt: "asc" }, { id: "asc" }],
                select: {
                  perspective: true,
                  name: true,
                  invitedAt: true,
                  submittedAt: true,
                  answers: { orderBy: [{ constraintId: "asc" }, { questionId: "asc" }], select: { questionId: true, constraintId: true, value: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!client) throw new AppError("NOT_FOUND", "This client does not exist in your workspace.");
  return client;
}

export type ImportedDiagnostic = {
  questionnaireVersion: string;
  status: string;
  recommendation: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  answers: { questionId: string; constraintId: string; value: string }[];
  results: { revision: number; questionnaireVersion: string; engineVersion: string; createdAt: Date; snapshot: string }[];
  releases: { audience: string; sections: string; resultRevision: number; releasedAt: Date }[];
  notes: { constraintId: string; text: string }[];
  respondents: {
    perspective: string;
    name: string;
    invitedAt: Date;
    submittedAt: Date | null;
    /** A fresh hash no one holds: links do not travel with an export, so the consultant re-invites. */
    tokenHash: string;
    answers: { questionId: string; constraintId: string; value: string }[];
  }[];
};

/**
 * An import is written one statement at a time, with a turn of the event loop between statements
 * (`pause`), not in one long transaction: Prisma with better-sqlite3 runs a transaction entirely
 * synchronously, so a long one holds the whole server, and each statement here can take tens of
 * milliseconds on a busy machine. The client is created first (createClient) under a name that
 * says the import is running, filled, and renamed when complete; a failed import deletes it
 * (everything under it cascades), so nothing of it remains.
 */
export async function addImportedLeader(
  input: { workspaceId: string; clientId: string; name: string; title: string | null; handoffChecks: { criterion: string; checkedAt: Date }[] },
  pause: () => Promise<void>,
): Promise<{ id: string }> {
  const db = prisma();
  const leaderId = randomUUID();
  await db.leader.create({ data: { id: leaderId, workspaceId: input.workspaceId, clientId: input.clientId, name: input.name, title: input.title } });
  if (input.handoffChecks.length) {
    await pause();
    await db.handoffCheck.createMany({ data: input.handoffChecks.map((c) => ({ id: randomUUID(), workspaceId: input.workspaceId, leaderId, ...c })) });
  }
  return { id: leaderId };
}

/** Writes one imported diagnostic with everything under it, pausing between statements. */
export async function addImportedDiagnostic(
  input: { workspaceId: string; leaderId: string; diagnostic: ImportedDiagnostic },
  pause: () => Promise<void>,
): Promise<void> {
  const db = prisma();
  const d = input.diagnostic;
  const diagnosticId = randomUUID();
  await db.diagnostic.create({
    data: {
      id: diagnosticId,
      workspaceId: input.workspaceId,
      leaderId: input.leaderId,
      questionnaireVersion: d.questionnaireVersion,
      status: d.status,
      recommendation: d.recommendation,
      createdAt: d.createdAt,
      finishedAt: d.finishedAt,
    },
  });
  if (d.releases.length) {
    await pause();
    await db.reportRelease.createMany({ data: d.releases.map((r) => ({ id: randomUUID(), diagnosticId, ...r })) });
  }
  if (d.notes.length) {
    await pause();
    await db.consultantNote.createMany({ data: d.notes.map((n) => ({ id: randomUUID(), diagnosticId, ...n })) });
  }
  for (const { answers, ...respondent } of d.respondents) {
    const respondentId = randomUUID();
    await pause();
    await db.respondent.create({ data: { id: respondentId, diagnosticId, ...respondent } });
    if (answers.length) {
      await pause();
      await db.respondentAnswer.createMany({ data: answers.map((a) => ({ id: randomUUID(), respondentId, ...a })) });
    }
  }
  if (d.answers.length) {
    await pause();
    await db.answer.createMany({ data: d.answers.map((a) => ({ id: randomUUID(), diagnosticId, ...a })) });
  }
  for (const result of d.results) {
    await pause();
    await db.diagnosticResult.create({ data: { id: randomUUID(), diagnosticId, ...result } });
  }
}

/** Gives a completely imported client its final name. */
export async function finishImportedClient(input: { id: string; workspaceId: string; name: string }): Promise<void> {
  const db = prisma();
  await db.client.updateMany({ where: { id: input.id, workspaceId: input.workspaceId }, data: { name: input.name } });
}

/**
 * Moves a self-serve diagnostic into a workspace under a new client and leader, in one transaction:
 * a diagnostic already in a workspace is refused and nothing is created.
 */
export async function claimIntoNewClient(
  input: { workspaceId: string; diagnosticId: string; clientName: string; leaderName: string; leaderTitle: string | null },
): Promise<{ leaderId: string }> {
  const db = prisma();
  return db.$transaction(async (tx) => {
    const clientId = randomUUID();
    const leaderId = randomUUID();
    await tx.client.create({ data: { id: clientId, workspaceId: input.workspaceId, name: input.clientName } });
    await tx.leader.create({ data: { id: leaderId, workspaceId: input.workspaceId, clientId, name: input.leaderName, title: input.leaderTitle } });
    const { count } = await tx.diagnostic.updateMany({
      where: { id: input.diagnosticId, workspaceId: null },
      // The account takes over: the resume link stops working, so its holder cannot act behind the workspace.
      data: { workspaceId: input.workspaceId, leaderId, resumeTokenHash: null },
    });
    if (count === 0) throw new AppError("CONFLICT", "This diagnostic already belongs to a workspace.");
    return { leaderId };
  });
}

/** The workspace's dashboard version (schema.prisma): renewed by the database on every change its dashboard can show. */
export async function readDashboardVersion(workspaceId: string): Promise<number | null> {
  const db = prisma();
  const row = await db.workspace.findUnique({ where: { id: workspaceId }, select: { dashboardVersion: true } });
  return row?.dashboardVersion ?? null;
}

export type StoredBranding = { brandName: string | null; brandColor: string | null; brandLogo: string | null };

export async function readBranding(workspaceId: string): Promise<StoredBranding | null> {
  const db = prisma();
  return db.workspace.findUnique({ where: { id: workspaceId }, select: { brandName: true, brandColor: true, brandLogo: true } });
}

/** Saves the workspace's report branding; null fields clear it. */
export async function saveBranding(input: { workspaceId: string } & StoredBranding): Promise<void> {
  const db = prisma();
  const { workspaceId, ...branding } = input;
  await db.workspace.update({ where: { id: workspaceId }, data: branding });
}

/** The leader a workspace diagnostic assesses, with the workspace's report name, for its respondents. */
export async function findAssessedLeader(
  diagnosticId: string,
): Promise<({ leaderName: string; leaderTitle: string | null; workspaceName: string } & StoredBranding) | null> {
  const db = prisma();
  const row = await db.diagnostic.findUnique({
    where: { id: diagnosticId },
    select: { leader: { select: { name: true, title: true } }, workspace: { select: { name: true, brandName: true, brandColor: true, brandLogo: true } } },
  });
  if (!row?.leader || !row.workspace) return null;
  const { name: workspaceName, ...branding } = row.workspace;
  return { leaderName: row.leader.name, leaderTitle: row.leader.title, workspaceName, ...branding };
}
