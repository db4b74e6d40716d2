import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/prisma";

/** Data access for the handoff criteria a consultant has confirmed. Every query names the workspace. */

export type StoredHandoffCheck = { criterion: string; checkedAt: Date; confirmedBy: string | null; evidence: string | null };

const checkSelect = { criterion: true, checkedAt: true, confirmedBy: true, evidence: true } as const;

export async function listHandoffChecks(input: { leaderId: string; workspaceId: string }): Promise<StoredHandoffCheck[]> {
  const db = prisma();
  return db.handoffCheck.findMany({
    where: { leaderId: input.leaderId, workspaceId: input.workspaceId },
    orderBy: { checkedAt: "asc" },
    select: checkSelect,
  });
}

/**
 * Confirms a criterion as met or withdraws the confirmation. Confirming again keeps the first
 * confirmation's time, unless it predates `since` (the assessment of the engagement in force): a
 * confirmation from an earlier engagement is renewed. Callers check that the leader belongs to the workspace.
 */
export async function setHandoffCheck(
  input: { workspaceId: string; leaderId: string; criterion: string; met: boolean; now: Date; since?: Date; confirmedBy?: string; evidence?: string },
): Promise<StoredHandoffCheck | null> {
  const db = prisma();
  const key = { leaderId: input.leaderId, criterion: input.criterion };
  if (!input.met) {
    await db.handoffCheck.deleteMany({ where: { ...key, workspaceId: input.workspaceId } });
    return null;
  }
  if (input.since) {
    await db.handoffCheck.updateMany({
      where: { ...key, workspaceId: input.workspaceId, checkedAt: { lt: input.since } },
      data: { checkedAt: input.now, confirmedBy: input.confirmedBy ?? null, evidence: input.evidence ?? null },
    });
  }
  const who = { confirmedBy: input.confirmedBy ?? null, evidence: input.evidence ?? null };
  return db.handoffCheck.upsert({
    where: { leaderId_criterion: key },
    create: { id: randomUUID(), workspaceId: input.workspaceId, ...key, checkedAt: input.now, ...who },
    // Confirming again keeps the first time but takes newer evidence when some is given.
    update: input.evidence ? who : {},
    select: checkSelect,
  });
}
