// Applies the committed migrations of the configured database: `npm run db:migrate`.
import { describeDatabase } from "@/lib/db/database-url";
import { migrateDatabase } from "@/lib/db/migrate";
import { EnvError, readEnv } from "@/lib/env";

async function main(): Promise<void> {
  const { database } = readEnv();
  const applied = await migrateDatabase(database);
  const summary = applied.length === 0 ? "already up to date" : `applied ${applied.join(", ")}`;
  console.log(`Database ${describeDatabase(database)}: ${summary}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : `Migration failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  process.exit(1);
});
