import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { createPrismaClient, type AppPrismaClient } from "@/lib/db/create-client";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { prisma?: AppPrismaClient };
const scoped = new AsyncLocalStorage<AppPrismaClient>();

/**
 * The app's one Prisma client, created on first use (and kept across dev-server reloads). Inside
 * `withDatabase` it is the given client instead, which lets integration tests run the same
 * application code against each real database.
 */
export function prisma(): AppPrismaClient {
  const inScope = scoped.getStore();
  if (inScope) return inScope;
  globalForPrisma.prisma ??= createPrismaClient(env().database);
  return globalForPrisma.prisma;
}

export function withDatabase<T>(db: AppPrismaClient, run: () => Promise<T>): Promise<T> {
  return scoped.run(db, run);
}
