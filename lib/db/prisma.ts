import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { createPrismaClient, type AppPrismaClient } from "@/lib/db/create-client";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { prisma?: AppPrismaClient };
const scoped = new AsyncLocalStorage<AppPrismaClient>();

/**
 * The Prisma client for the code running now: the app's one client, created on first use (and kept
 * across dev-server reloads), or inside `withDatabase` the given client. This is the only way data
 * access chooses its database: lib/data functions take no client and call `prisma()` themselves, so
 * integration tests and better-auth's hooks run them against another database by wrapping the calls
 * in `withDatabase`. Only a `$transaction`'s own client is passed along, to helpers of it.
 */
export function prisma(): AppPrismaClient {
  const inScope = scoped.getStore();
  if (inScope) return inScope;
  globalForPrisma.prisma ??= createPrismaClient(env().database);
  return globalForPrisma.prisma;
}

/** Runs `run`, and all the async work it starts, with `prisma()` returning `db`. */
export function withDatabase<T>(db: AppPrismaClient, run: () => Promise<T>): Promise<T> {
  return scoped.run(db, run);
}
