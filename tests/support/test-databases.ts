import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { aroundAll, describe } from "vitest";
import { createPrismaClient, type AppPrismaClient } from "@/lib/db/create-client";
import type { DatabaseTarget } from "@/lib/db/database-url";
import { migrateDatabase } from "@/lib/db/migrate";
import { withDatabase } from "@/lib/db/prisma";
import { createScratchDatabase, DEFAULT_POSTGRES_ADMIN_URL } from "@/lib/db/postgres-admin";

/**
 * Real databases for integration tests: a SQLite file in a temp folder and a fresh PostgreSQL
 * database on the local server, both migrated with the committed migrations. Under CI=true an
 * unreachable PostgreSQL fails the run; elsewhere those tests are skipped with a printed reason.
 */
export type TestDatabase = { target: DatabaseTarget; db: AppPrismaClient; dispose: () => Promise<void> };

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_ADMIN_URL ?? DEFAULT_POSTGRES_ADMIN_URL;

export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    if (process.env.CI === "true") {
      throw new Error(`PostgreSQL is required under CI but unreachable at ${POSTGRES_ADMIN_URL}: ${String(error)}`);
    }
    console.warn(`Skipping PostgreSQL tests: no server at ${POSTGRES_ADMIN_URL} (${String(error)})`);
    return false;
  }
}

export const POSTGRES_READY = await postgresAvailable();

export async function createTestDatabase(provider: DatabaseTarget["provider"]): Promise<TestDatabase> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "eid-test-"));
    const target: DatabaseTarget = { provider: "sqlite", url: "file:test.db", filePath: path.join(dir, "test.db") };
    await migrateDatabase(target);
    const db = createPrismaClient(target);
    return {
      target,
      db,
      dispose: async () => {
        await db.$disconnect();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const scratch = await createScratchDatabase(POSTGRES_ADMIN_URL, "eid_test");
  const target: DatabaseTarget = { provider: "postgresql", url: scratch.url };
  await migrateDatabase(target);
  const db = createPrismaClient(target);
  return {
    target,
    db,
    dispose: async () => {
      await db.$disconnect();
      await scratch.drop();
    },
  };
}

/** The providers an integration suite runs against on this machine. */
export const PROVIDERS: DatabaseTarget["provider"][] = POSTGRES_READY ? ["sqlite", "postgresql"] : ["sqlite"];

/**
 * Runs a suite once on a fresh SQLite file and once on a fresh PostgreSQL database (skipped with a
 * printed reason outside CI when no server answers). The whole suite (its hooks, tests and nested
 * suites) runs inside `withDatabase(t.db, …)`, so application code called from it reaches the
 * suite's database through `prisma()`, the one way lib/data chooses its client. `t.db` is that
 * client, for setting up and checking rows directly.
 */
export function describeOnEachDatabase(title: string, body: (t: { readonly db: AppPrismaClient; readonly target: DatabaseTarget }) => void): void {
  describe.each(PROVIDERS_UNDER_TEST)(`${title} on %s`, (provider) => {
    describe.skipIf(provider === "postgresql" && !POSTGRES_READY)("", () => {
      let current: TestDatabase | undefined;
      // aroundAll calls runSuite from inside this callback, so the AsyncLocalStorage scope that
      // withDatabase opens reaches every hook and test of the suite (tests/integration/test-databases.test.ts).
      aroundAll(async (runSuite) => {
        const database = await createTestDatabase(provider);
        current = database;
        try {
          await withDatabase(database.db, runSuite);
        } finally {
          current = undefined;
          await database.dispose();
        }
      });
      const missing = () => new Error("the test database exists only while the suite runs");
      body({
        get db() {
          if (!current) throw missing();
          return current.db;
        },
        get target() {
          if (!current) throw missing();
          return current.target;
        },
      });
    });
  });
}

const PROVIDERS_UNDER_TEST = ["sqlite", "postgresql"] as const;
