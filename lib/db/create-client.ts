import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/postgresql/client";
import { PrismaClient as SqlitePrismaClient } from "@/lib/generated/sqlite/client";
import type { DatabaseTarget } from "@/lib/db/database-url";

/**
 * The client type the data layer codes against. Both providers' clients are generated from schemas
 * that declare the same models (tests/unit/schema-parity.test.ts), so the PostgreSQL client has the
 * same shape; the cast below is the one place that relies on it.
 */
export type AppPrismaClient = SqlitePrismaClient;

/** How long a query waits for a lock (SQLite) or a connection (PostgreSQL) before failing. */
const WAIT_MS = 5_000;

export function createPrismaClient(target: DatabaseTarget): AppPrismaClient {
  if (target.provider === "sqlite") {
    // better-sqlite3's `timeout` is SQLite's busy timeout: concurrent writers wait instead of
    // failing with SQLITE_BUSY. The file is in WAL mode (set by migrateDatabase).
    return new SqlitePrismaClient({ adapter: new PrismaBetterSqlite3({ url: target.filePath, timeout: WAIT_MS }) });
  }
  const adapter = new PrismaPg({ connectionString: target.url, connectionTimeoutMillis: WAIT_MS, max: 10 });
  return new PostgresPrismaClient({ adapter }) as unknown as AppPrismaClient;
}
