// Consistent backup of the SQLite database while the app runs: `npm run db:backup [-- <file>]`.
// PostgreSQL deployments use pg_dump instead (README, "Backups").
import { backupSqliteDatabase, defaultBackupFile } from "@/lib/db/backup";
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from "@/lib/db/database-url";

async function main(): Promise<void> {
  const target = parseDatabaseUrl(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  if (target.provider !== "sqlite") {
    console.error("DATABASE_URL points to PostgreSQL: back it up with pg_dump (see the README's Backups section).");
    process.exit(2);
  }
  const destination = process.argv[2] ?? defaultBackupFile(target.filePath);
  const { pages } = await backupSqliteDatabase(target.filePath, destination);
  console.log(`Backed up ${target.filePath} to ${destination} (${pages} pages, integrity ok).`);
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
