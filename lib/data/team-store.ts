import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/app-error";
import type { AppPrismaClient } from "@/lib/db/create-client";
import { prisma } from "@/lib/db/prisma";
import type { WorkspaceRole } from "@/lib/data/workspace-store";
import { TEAM_MESSAGES } from "@/lib/team-messages";

/**
 * Data access for a workspace's team: its members and the invitations its owners send. Every query
 * is scoped by workspace. Changes that could leave a workspace without an owner run in one
 * transaction that first locks the workspace's row, so two owners demoting each other at once cannot
 * both succeed (PostgreSQL serializes on the row lock; SQLite has one writer anyway).
 */

export type StoredTeamMember = { id: string; userId: string; name: string; email: string; role: WorkspaceRole; joinedAt: Date };
export type StoredInvitation = { id: string; email: string; createdAt: Date; expiresAt: Date };
export type InvitationByToken = {
  id: string;
  workspaceId: string;
  workspaceName: string;
  email: string;
  expiresAt: Date;
  acceptedAt: Date | null;
};

type Tx = Parameters<Parameters<AppPrismaClient["$transaction"]>[0]>[0];

const roleOf = (role: string): WorkspaceRole => (role === "owner" ? "owner" : "member");

/** Takes the workspace's row lock for the rest of the transaction; a workspace that is gone is not found. */
async function lockWorkspace(tx: Tx, workspaceId: string): Promise<void> {
  const locked = await tx.$executeRaw`UPDATE "Workspace" SET "name" = "name" WHERE "id" = ${workspaceId}`;
  if (locked === 0) throw new AppError("NOT_FOUND", TEAM_MESSAGES.memberNotFound);
}

export async function listTeamMembers(workspaceId: string): Promise<StoredTeamMember[]> {
  const rows = await prisma().workspaceMember.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, userId: true, role: true, createdAt: true, user: { select: { name: true, email: true } } },
  });
  return rows.map((row) => ({ id: row.id, userId: row.userId, name: row.user.name, email: row.user.email, role: roleOf(row.role), joinedAt: row.createdAt }));
}

export async function findWorkspaceMember(input: { id: string; workspaceId: string }): Promise<{ id: string; role: WorkspaceRole } | null> {
  const row = await prisma().workspaceMember.findFirst({ where: { id: input.id, workspaceId: input.workspaceId }, select: { id: true, role: true } });
  return row ? { id: row.id, role: roleOf(row.role) } : null;
}

export async function findWorkspaceInvitation(input: { id: string; workspaceId: string }): Promise<{ id: string; email: string } | null> {
  return prisma().workspaceInvitation.findFirst({ where: { id: input.id, workspaceId: input.workspaceId, acceptedAt: null }, select: { id: true, email: true } });
}

/** Invitations not yet accepted, newest first; expired ones stay listed until an owner revokes them. */
export async function listPendingInvitations(workspaceId: string): Promise<StoredInvitation[]> {
  return prisma().workspaceInvitation.findMany({
    where: { workspaceId, acceptedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, email: true, createdAt: true, expiresAt: true },
  });
}

/**
 * Stores an invitation of `email` (already lower-cased) into a workspace. An earlier pending
 * invitation of the same address is replaced, so one link is live per person; someone already in
 * the workspace is not invited again.
 */
export async function createInvitation(input: { workspaceId: string; email: string; tokenHash: string; expiresAt: Date }): Promise<{ id: string }> {
  return prisma().$transaction(async (tx) => {
    await lockWorkspace(tx, input.workspaceId);
    const member = await tx.workspaceMember.findFirst({ where: { workspaceId: input.workspaceId, user: { email: input.email } }, select: { id: true } });
    if (member) throw new AppError("CONFLICT", TEAM_MESSAGES.alreadyInTeam);
    await tx.workspaceInvitation.deleteMany({ where: { workspaceId: input.workspaceId, email: input.email, acceptedAt: null } });
    return tx.workspaceInvitation.create({ data: { id: randomUUID(), ...input }, select: { id: true } });
  });
}

/** Revokes a pending invitation of one workspace: its link stops working at once. */
export async function deleteInvitation(input: { id: string; workspaceId: string }): Promise<void> {
  const { count } = await prisma().workspaceInvitation.deleteMany({ where: { id: input.id, workspaceId: input.workspaceId, acceptedAt: null } });
  if (count === 0) throw new AppError("NOT_FOUND", TEAM_MESSAGES.invitationNotFound);
}

export async function findInvitationByTokenHash(tokenHash: string): Promise<InvitationByToken | null> {
  const row = await prisma().workspaceInvitation.findUnique({
    where: { tokenHash },
    select: { id: true, workspaceId: true, email: true, expiresAt: true, acceptedAt: true, workspace: { select: { name: true } } },
  });
  return row ? { id: row.id, workspaceId: row.workspaceId, workspaceName: row.workspace.name, email: row.email, expiresAt: row.expiresAt, acceptedAt: row.acceptedAt } : null;
}

/** The invitation of one workspace stored under a token's hash, while it is still pending; for showing a new link once more. */
export async function findPendingInvitation(input: { tokenHash: string; workspaceId: string; now: Date }): Promise<{ id: string; email: string; expiresAt: Date } | null> {
  return prisma().workspaceInvitation.findFirst({
    where: { tokenHash: input.tokenHash, workspaceId: input.workspaceId, acceptedAt: null, expiresAt: { gt: input.now } },
    select: { id: true, email: true, expiresAt: true },
  });
}

/**
 * What joining would do to the user's current workspace: nothing (`none`: they have none), drop it
 * (`empty`: theirs alone, with no client or diagnostic), or it blocks the move (`in-use`). `member`
 * when they already belong to the inviting workspace.
 */
export type CurrentWorkspace = "none" | "empty" | "in-use" | "member";

async function currentWorkspaceOf(tx: Tx | AppPrismaClient, userId: string, invitingWorkspaceId: string): Promise<{ state: CurrentWorkspace; workspaceIds: string[] }> {
  const memberships = await tx.workspaceMember.findMany({
    where: { userId },
    select: { workspaceId: true, workspace: { select: { _count: { select: { members: true, clients: true, diagnostics: true } } } } },
  });
  if (memberships.some((m) => m.workspaceId === invitingWorkspaceId)) return { state: "member", workspaceIds: [] };
  if (memberships.length === 0) return { state: "none", workspaceIds: [] };
  const empty = memberships.every(({ workspace: { _count } }) => _count.members === 1 && _count.clients === 0 && _count.diagnostics === 0);
  return { state: empty ? "empty" : "in-use", workspaceIds: memberships.map((m) => m.workspaceId) };
}

export async function describeCurrentWorkspace(userId: string, invitingWorkspaceId: string): Promise<CurrentWorkspace> {
  return (await currentWorkspaceOf(prisma(), userId, invitingWorkspaceId)).state;
}

/**
 * Accepts an invitation for a signed-in user, once: the user joins as a member, and their own
 * workspace, when it is empty (a new account's), is deleted, since a user belongs to one workspace.
 * A used, expired, unknown or someone else's invitation, or a workspace of theirs that holds work,
 * changes nothing.
 */
export async function acceptInvitation(input: { tokenHash: string; userId: string; userEmail: string; now: Date }): Promise<{ workspaceId: string }> {
  return prisma().$transaction(async (tx) => {
    const invitation = await tx.workspaceInvitation.findUnique({ where: { tokenHash: input.tokenHash }, select: { id: true, workspaceId: true, email: true, expiresAt: true, acceptedAt: true } });
    if (!invitation) throw new AppError("NOT_FOUND", TEAM_MESSAGES.invitationNotFound);
    if (invitation.acceptedAt) throw new AppError("CONFLICT", TEAM_MESSAGES.invitationUsed);
    if (invitation.expiresAt.getTime() <= input.now.getTime()) throw new AppError("CONFLICT", TEAM_MESSAGES.invitationExpired);
    if (invitation.email !== input.userEmail.trim().toLowerCase()) throw new AppError("FORBIDDEN", TEAM_MESSAGES.otherEmail);
    await lockWorkspace(tx, invitation.workspaceId);
    const current = await currentWorkspaceOf(tx, input.userId, invitation.workspaceId);
    if (current.state === "member") throw new AppError("CONFLICT", TEAM_MESSAGES.alreadyMember);
    if (current.state === "in-use") throw new AppError("CONFLICT", TEAM_MESSAGES.ownWorkspaceInUse);
    // Single use, even when two accepts race: only the one that marks it used goes on.
    const { count } = await tx.workspaceInvitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, expiresAt: { gt: input.now } },
      data: { acceptedAt: input.now },
    });
    if (count === 0) throw new AppError("CONFLICT", TEAM_MESSAGES.invitationUsed);
    if (current.workspaceIds.length) await tx.workspace.deleteMany({ where: { id: { in: current.workspaceIds } } });
    await tx.workspaceMember.create({ data: { id: randomUUID(), workspaceId: invitation.workspaceId, userId: input.userId, role: "member" } });
    return { workspaceId: invitation.workspaceId };
  });
}

async function ownerCount(tx: Tx, workspaceId: string): Promise<number> {
  return tx.workspaceMember.count({ where: { workspaceId, role: "owner" } });
}

/**
 * Removes a member from a workspace. Their sessions are deleted in the same transaction, so their
 * next request is signed out, and their account gets a new empty workspace of its own (every user
 * belongs to exactly one). The last owner cannot be removed.
 */
export async function removeMember(input: { workspaceId: string; memberId: string; workspaceNameFor: (userName: string) => string }): Promise<void> {
  await prisma().$transaction(async (tx) => {
    await lockWorkspace(tx, input.workspaceId);
    const member = await tx.workspaceMember.findFirst({
      where: { id: input.memberId, workspaceId: input.workspaceId },
      select: { id: true, role: true, userId: true, user: { select: { name: true } } },
    });
    if (!member) throw new AppError("NOT_FOUND", TEAM_MESSAGES.memberNotFound);
    if (member.role === "owner" && (await ownerCount(tx, input.workspaceId)) <= 1) throw new AppError("CONFLICT", TEAM_MESSAGES.lastOwner);
    await tx.workspaceMember.delete({ where: { id: member.id } });
    await tx.session.deleteMany({ where: { userId: member.userId } });
    await tx.workspace.create({
      data: { id: randomUUID(), name: input.workspaceNameFor(member.user.name), members: { create: { id: randomUUID(), userId: member.userId, role: "owner" } } },
    });
  });
}

/** Makes a member an owner or an owner a member; the last owner stays an owner. */
export async function setMemberRole(input: { workspaceId: string; memberId: string; role: WorkspaceRole }): Promise<void> {
  await prisma().$transaction(async (tx) => {
    await lockWorkspace(tx, input.workspaceId);
    const member = await tx.workspaceMember.findFirst({ where: { id: input.memberId, workspaceId: input.workspaceId }, select: { id: true, role: true } });
    if (!member) throw new AppError("NOT_FOUND", TEAM_MESSAGES.memberNotFound);
    if (member.role === input.role) return;
    if (member.role === "owner" && (await ownerCount(tx, input.workspaceId)) <= 1) throw new AppError("CONFLICT", TEAM_MESSAGES.lastOwner);
    await tx.workspaceMember.update({ where: { id: member.id }, data: { role: input.role } });
  });
}
