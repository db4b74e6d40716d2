import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * A consistent copy of a live SQLite database through SQLite's online backup API. The copy is taken
 * in one step inside one read transaction, so it is a snapshot of a single moment even while the
 * app keeps writing (WAL lets writers go on meanwhile). The copy is then checked with
 * PRAGMA integrity_check.
 */
export async function backupSqliteDatabase(sourceFile: string, destinationFile: string): Promise<{ pages: number; integrity: string }> {
  mkdirSync(path.dirname(destinationFile), { recursive: true });
  const source = new Database(sourceFile, { readonly: true, fileMustExist: true });
  try {
    const done = await source.backup(destinationFile, { progress: () => 0x7fffffff });
    const copy = new Database(destinationFile, { readonly: true, fileMustExist: true });
    try {
      const integrity = String(copy.pragma("integrity_check", { simple: true }));
      if (integrity !== "ok") throw new Error(`The backup failed its integrity check: ${integrity}`);
      return { pages: done.totalPages, integrity };
    } finally {
      copy.close();
    }
  } finally {
    source.close();
  }
}

/** data/backups/app-2026-11-29T07-15-00Z.db, next to the database by default. */
export function defaultBackupFile(sourceFile: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, "Z").replaceAll(":", "-");
  return path.join(path.dirname(sourceFile), "backups", `${path.basename(sourceFile, path.extname(sourceFile))}-${stamp}.db`);
}
