import "server-only";
import { APP_VERSION } from "@/lib/app-info";
import { checkDatabase } from "@/lib/db/check-database";
import { prisma } from "@/lib/db/prisma";

/** What a load balancer's health check reads: the version, and whether the database answers. */
export async function checkHealth(): Promise<{ healthy: boolean; body: Record<string, string> }> {
  const status = await checkDatabase(prisma());
  if (status.ok) return { healthy: true, body: { status: "ok", db: "ok", version: APP_VERSION } };
  return { healthy: false, body: { status: "error", db: "unreachable", error: status.reason, version: APP_VERSION } };
}
