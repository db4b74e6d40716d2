import { APP_VERSION } from "@/lib/app-info";
import { checkDatabase } from "@/lib/db/check-database";
import { prisma } from "@/lib/db/prisma";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const status = await checkDatabase(prisma());
  const headers = { "Cache-Control": "no-store" };
  if (status.ok) return Response.json({ status: "ok", db: "ok", version: APP_VERSION }, { headers });
  return Response.json({ status: "error", db: "unreachable", error: status.reason, version: APP_VERSION }, { status: 503, headers });
}
