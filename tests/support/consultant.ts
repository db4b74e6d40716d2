import { randomUUID } from "node:crypto";
import type { ConsultantSession } from "@/lib/auth/consultant-session";
import { createWorkspaceForUser } from "@/lib/data/workspace-store";
import type { AppPrismaClient } from "@/lib/db/create-client";

/** A signed-up consultant who owns a new workspace, as the session the app would give them. */
export async function newConsultant(db: AppPrismaClient, name = "Ada Quinn", workspaceName = "Quinn Advisory"): Promise<ConsultantSession> {
  const userId = randomUUID();
  const email = `${userId}@example.com`;
  await db.user.create({ data: { id: userId, name, email } });
  const workspaceId = await createWorkspaceForUser({ userId, name: workspaceName });
  return { user: { id: userId, name, email }, workspace: { id: workspaceId, name: workspaceName, role: "owner" } };
}
