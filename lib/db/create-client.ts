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

/**
 * better-sqlite3 adapter whose connections use synchronous=NORMAL. In WAL mode that still survives
 * a crash or kill of the app with every committed answer; only a power cut or OS crash can lose the
 * last commits. It removes an fsync from every answer saved.
 */
class SqliteAdapterFactory extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript("PRAGMA synchronous = NORMAL;");
    return adapter;
  }
}

const providers = new WeakMap<AppPrismaClient, DatabaseTarget["provider"]>();

/** Which database a client talks to, for the few hot statements written in SQL per provider. */
export function providerOf(db: AppPrismaClient): DatabaseTarget["provider"] {
  return providers.get(db) ?? "sqlite";
}

export function createPrismaClient(target: DatabaseTarget): AppPrismaClient {
  let client: AppPrismaClient;
  if (target.provider === "sqlite") {
    // better-sqlite3's `timeout` is SQLite's busy timeout: concurrent writers wait instead of
    // failing with SQLITE_BUSY. The file is in WAL mode (set by migrateDatabase).
    client = new SqlitePrismaClient({ adapter: new SqliteAdapterFactory({ url: target.filePath, timeout: WAIT_MS }) });
  } else {
    const adapter = new PrismaPg({ connectionString: target.url, connectionTimeoutMillis: WAIT_MS, max: 10 });
    client = new PostgresPrismaClient({ adapter }) as unknown as AppPrismaClient;
  }
  providers.set(client, target.provider);
  return client;
}
