// Consistent backup of the SQLite database while the app runs: `npm run db -- backup [<file>]`.
// PostgreSQL deployments use pg_dump instead (README, "Backups").
import { backupSqliteDatabase, defaultBackupFile } from "@/lib/db/backup";
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from "@/lib/db/database-url";

/** Backs up DATABASE_URL's SQLite file to `destination` (default data/backups/app-<UTC time>.db). */
export async function backupDatabase(destination?: string): Promise<void> {
  const target = parseDatabaseUrl(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  if (target.provider !== "sqlite") {
    console.error("DATABASE_URL points to PostgreSQL: back it up with pg_dump (see the README's Backups section).");
    process.exit(2);
  }
  const file = destination ?? defaultBackupFile(target.filePath);
  const { pages } = await backupSqliteDatabase(target.filePath, file);
  console.log(`Backed up ${target.filePath} to ${file} (${pages} pages, integrity ok).`);
}
