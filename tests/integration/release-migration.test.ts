import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createPrismaClient, type AppPrismaClient } from "@/lib/db/create-client";
import type { DatabaseTarget } from "@/lib/db/database-url";
import { prepareDatabase } from "@/lib/db/migrate";
import { createScratchDatabase } from "@/lib/db/postgres-admin";
import { NO_FILTERS, openSchemaEngine, readMigrationList } from "@/lib/db/schema-engine";
import { POSTGRES_ADMIN_URL, POSTGRES_READY } from "@/tests/support/test-databases";

const TWO_RELEASES = "20261201200000_two_releases";

/** Applies the committed migrations, only those before `before` when given. */
async function migrate(target: DatabaseTarget, before?: string): Promise<string[]> {
  prepareDatabase(target);
  const { engine, close } = await openSchemaEngine(target);
  try {
    const list = await readMigrationList(target.provider);
    const migrationsList = before ? { ...list, migrationDirectories: list.migrationDirectories.filter((d) => d.path < before) } : list;
    return (await engine.applyMigrations({ migrationsList, filters: NO_FILTERS })).appliedMigrationNames;
  } finally {
    await close();
  }
}

/** A database as it was before the two releases: one released, one unreleased and one unfinished diagnostic. */
async function seedSingleRelease(db: AppPrismaClient, postgres: boolean) {
  const at = postgres ? "'2026-11-20 10:00:00'" : "'2026-11-20T10:00:00.000Z'";
  await db.$executeRawUnsafe(`INSERT INTO "Workspace" ("id", "name", "createdAt") VALUES ('w1', 'A Advisory', ${at})`);
  for (const [id, released, sections] of [
    ["released", at, `'["perspectives","constraints","costs","methodology"]'`],
    ["unreleased", "NULL", "NULL"],
  ] as const) {
    await db.$executeRawUnsafe(
      `INSERT INTO "Diagnostic" ("id", "questionnaireVersion", "status", "createdAt", "updatedAt", "workspaceId", "releasedAt", "releaseSections") VALUES ('${id}', 'test-v1', 'finished', ${at}, ${at}, 'w1', ${released}, ${sections})`,
    );
    for (const revision of [1, 2]) {
      await db.$executeRawUnsafe(
        `INSERT INTO "DiagnosticResult" ("id", "diagnosticId", "revision", "questionnaireVersion", "engineVersion", "snapshot", "createdAt") VALUES ('${id}-${revision}', '${id}', ${revision}, 'test-v1', 'e', '{}', ${at})`,
      );
    }
  }
}

async function checkCarriedOver(db: AppPrismaClient) {
  const rows = await db.reportRelease.findMany({ orderBy: [{ diagnosticId: "asc" }, { audience: "asc" }] });
  expect(rows.map((r) => ({ diagnosticId: r.diagnosticId, audience: r.audience, sections: JSON.parse(r.sections) as unknown, resultRevision: r.resultRevision }))).toEqual([
    // The board keeps what it had; the leader's loses "costs" (they price a failed tenure: an opt-in now).
    { diagnosticId: "released", audience: "board", sections: ["perspectives", "constraints", "costs", "methodology"], resultRevision: 2 },
    { diagnosticId: "released", audience: "leader", sections: ["perspectives", "constraints", "methodology"], resultRevision: 2 },
  ]);
  expect(rows.every((r) => r.releasedAt.toISOString() === "2026-11-20T10:00:00.000Z")).toBe(true);
}

describe("the two-releases migration", () => {
  it("carries the single release over as both on SQLite, the leader's with its exclusions", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "eid-releases-"));
    const target: DatabaseTarget = { provider: "sqlite", url: "file:x", filePath: path.join(dir, "app.db") };
    try {
      expect(await migrate(target, TWO_RELEASES)).not.toContain(TWO_RELEASES);
      // The client lets go of the file before the migration rebuilds the table.
      const before = createPrismaClient(target);
      await seedSingleRelease(before, false).finally(() => before.$disconnect());
      expect(await migrate(target)).toContain(TWO_RELEASES);
      const db = createPrismaClient(target);
      await checkCarriedOver(db).finally(() => db.$disconnect());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!POSTGRES_READY)("carries the single release over as both on PostgreSQL, the leader's with its exclusions", async () => {
    const scratch = await createScratchDatabase(POSTGRES_ADMIN_URL, "eid_releases");
    const target: DatabaseTarget = { provider: "postgresql", url: scratch.url };
    try {
      expect(await migrate(target, TWO_RELEASES)).not.toContain(TWO_RELEASES);
      const db = createPrismaClient(target);
      try {
        await seedSingleRelease(db, true);
        expect(await migrate(target)).toContain(TWO_RELEASES);
        await checkCarriedOver(db);
      } finally {
        await db.$disconnect();
      }
    } finally {
      await scratch.drop();
    }
  });
});
