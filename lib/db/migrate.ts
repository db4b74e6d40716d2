import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { DatabaseTarget } from "@/lib/db/database-url";
import { NO_FILTERS, openSchemaEngine, readMigrationList } from "@/lib/db/schema-engine";

/**
 * Brings a database up to the committed migrations of its provider and returns the names of the
 * migrations it applied. Idempotent; safe on every start.
 */
export async function migrateDatabase(target: DatabaseTarget): Promise<string[]> {
  prepareDatabase(target);
  const { engine, close } = await openSchemaEngine(target);
  try {
    const migrationsList = await readMigrationList(target.provider);
    const output = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return output.appliedMigrationNames;
  } finally {
    await close();
  }
}

/** Creates the SQLite file and its folder on first use, in WAL mode. Nothing to do for PostgreSQL. */
export function prepareDatabase(target: DatabaseTarget): void {
  if (target.provider !== "sqlite") return;
  mkdirSync(path.dirname(target.filePath), { recursive: true });
  // WAL lets readers work while one writer commits; it is a property of the file, set once.
  const db = new Database(target.filePath);
  db.pragma("journal_mode = WAL");
  db.close();
}
