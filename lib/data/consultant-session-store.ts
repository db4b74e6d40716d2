import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { WorkspaceRole } from "@/lib/data/workspace-store";

export type StoredConsultantSession = {
  expiresAt: Date;
  user: { id: string; name: string; email: string };
  workspace: { id: string; name: string; role: WorkspaceRole };
};

type Row = { expiresAt: Date | string | number; userId: string; userName: string; userEmail: string; workspaceId: string; workspaceName: string; role: string };

/**
 * The session stored under a token's hash, with its consultant and their workspace, in one query:
 * every signed-in page and API call asks this, so it replaces better-auth's session lookup and the
 * separate workspace lookup. Null when no session has that hash or its user has no workspace.
 */
export async function findConsultantSessionByTokenHash(tokenHash: string): Promise<StoredConsultantSession | null> {
  const db = prisma();
  const rows = await db.$queryRaw<Row[]>`
    SELECT s."expiresAt" AS "expiresAt", u."id" AS "userId", u."name" AS "userName", u."email" AS "userEmail",
           w."id" AS "workspaceId", w."name" AS "workspaceName", m."role" AS "role"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    JOIN "WorkspaceMember" m ON m."userId" = u."id"
    JOIN "Workspace" w ON w."id" = m."workspaceId"
    WHERE s."token" = ${tokenHash}
    ORDER BY m."createdAt" ASC LIMIT 1`;
  const row = rows[0];
  if (!row) return null;
  return {
    expiresAt: row.expiresAt instanceof Date ? row.expiresAt : new Date(row.expiresAt),
    user: { id: row.userId, name: row.userName, email: row.userEmail },
    workspace: { id: row.workspaceId, name: row.workspaceName, role: row.role === "owner" ? "owner" : "member" },
  };
}
