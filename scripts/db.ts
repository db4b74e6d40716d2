// Database chores: `npm run db -- <command>`.
//   migration <name>   writes the next migration of both providers from prisma/sqlite/schema.prisma
//                      (needs the local PostgreSQL server; POSTGRES_ADMIN_URL overrides it)
//   backup [<file>]    consistent copy of DATABASE_URL's SQLite file while the app runs
// Applying migrations is `npm run db:migrate`.
import { backupDatabase } from "./db-backup";
import { createMigration, ZMigrationName } from "./create-migration";

const USAGE = "usage: npm run db -- migration <name> | backup [<file>]";

async function main(): Promise<void> {
  const [command, argument, ...rest] = process.argv.slice(2);
  if (command === "migration" && rest.length === 0) {
    const name = ZMigrationName.safeParse(argument ?? "");
    if (!name.success) {
      console.error(`${name.error.issues[0]?.message ?? "bad name"}. ${USAGE}`);
      process.exit(2);
    }
    await createMigration(name.data).catch((error: unknown) => {
      throw new Error(`Could not create the migration: ${error instanceof Error ? error.message : String(error)}`);
    });
  } else if (command === "backup" && rest.length === 0) {
    await backupDatabase(argument).catch((error: unknown) => {
      throw new Error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  } else {
    console.error(USAGE);
    process.exit(2);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
