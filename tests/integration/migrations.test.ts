import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import type { DatabaseTarget } from "@/lib/db/database-url";
import { migrateDatabase } from "@/lib/db/migrate";
import { createScratchDatabase } from "@/lib/db/postgres-admin";
import { readMigrationList } from "@/lib/db/schema-engine";
import { POSTGRES_ADMIN_URL, POSTGRES_READY } from "@/tests/support/test-databases";

/**
 * The tables whose changes raise a report version or a dashboard version (the report_version and
 * dashboard_version migrations). A later SQLite migration that rebuilds one of them drops its
 * triggers with it: this list catches that.
 */
const VERSIONED_TABLES = ["Answer", "Client", "ConsultantNote", "Diagnostic", "DiagnosticResult", "Leader", "ReportRelease", "Respondent", "RespondentAnswer", "Workspace"];

/** Every model of the schema, plus Prisma's migration history. */
const TABLES = [...[...readFileSync("prisma/sqlite/schema.prisma", "utf8").matchAll(/^model (\w+)/gm)].map((m) => m[1] ?? ""), "_prisma_migrations"].sort();

describe("migrations on SQLite", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "eid-migrate-"));
  const target: DatabaseTarget = { provider: "sqlite", url: "file:x", filePath: path.join(dir, "nested", "app.db") };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("creates the file and its folder, applies every migration once and records it", async () => {
    const committed = (await readMigrationList("sqlite")).migrationDirectories.map((d) => d.path);
    expect(await migrateDatabase(target)).toEqual(committed);
    expect(await migrateDatabase(target)).toEqual([]);

    const db = new Database(target.filePath, { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
    expect(tables.map((t) => (t as { name: string }).name).sort()).toEqual(TABLES);
    const recorded = db.prepare("SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name").all() as {
      migration_name: string;
      finished_at: string | null;
    }[];
    expect(recorded.map((r) => r.migration_name)).toEqual(committed);
    expect(recorded.every((r) => r.finished_at !== null)).toBe(true);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    const triggered = db.prepare("SELECT DISTINCT tbl_name AS name FROM sqlite_master WHERE type = 'trigger' ORDER BY 1").all() as { name: string }[];
    expect(triggered.map((t) => t.name)).toEqual(VERSIONED_TABLES);
    db.close();
  });

  it("lets two clients write at once without SQLITE_BUSY", async () => {
    const a = createPrismaClient(target);
    const b = createPrismaClient(target);
    try {
      const writes = Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? a : b).diagnostic.create({ data: { id: `busy-${i}`, questionnaireVersion: "v" } }),
      );
      await Promise.all(writes);
      expect(await a.diagnostic.count({ where: { id: { startsWith: "busy-" } } })).toBe(30);
    } finally {
      await a.$disconnect();
      await b.$disconnect();
    }
  });
});

describe.skipIf(!POSTGRES_READY)("migrations on PostgreSQL", () => {
  it("applies every migration once to an empty database and records it", async () => {
    const scratch = await createScratchDatabase(POSTGRES_ADMIN_URL, "eid_migrate");
    try {
      const target: DatabaseTarget = { provider: "postgresql", url: scratch.url };
      const committed = (await readMigrationList("postgresql")).migrationDirectories.map((d) => d.path);
      expect(await migrateDatabase(target)).toEqual(committed);
      expect(await migrateDatabase(target)).toEqual([]);
      const db = createPrismaClient(target);
      const tables = await db.$queryRawUnsafe<{ table_name: string }[]>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
      );
      const recorded = await db.$queryRawUnsafe<{ migration_name: string }[]>("SELECT migration_name FROM _prisma_migrations ORDER BY 1");
      const triggered = await db.$queryRawUnsafe<{ name: string }[]>("SELECT DISTINCT event_object_table AS name FROM information_schema.triggers ORDER BY 1");
      await db.$disconnect();
      expect(triggered.map((t) => t.name)).toEqual(VERSIONED_TABLES);
      expect(tables.map((t) => t.table_name).sort()).toEqual(TABLES);
      expect(recorded.map((r) => r.migration_name)).toEqual(committed);
    } finally {
      await scratch.drop();
    }
  });
});
