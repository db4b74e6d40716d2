import "server-only";
import { createPrismaClient, type AppPrismaClient } from "@/lib/db/create-client";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { prisma?: AppPrismaClient };

/** The app's one Prisma client, created on first use (and kept across dev-server reloads). */
export function prisma(): AppPrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(env().database);
  return globalForPrisma.prisma;
}
