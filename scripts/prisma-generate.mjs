// Writes prisma/postgresql/schema.prisma from the SQLite schema, then generates the Prisma clients
// for both providers without any engine download.
// `prisma generate` does not use the native schema engine, but the CLI tries to download it unless
// PRISMA_SCHEMA_ENGINE_BINARY names an existing file, so we point it at this script.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { POSTGRESQL_SCHEMA, writePostgresqlSchema } from "./postgresql-schema.mjs";

if (writePostgresqlSchema()) console.log(`Wrote ${POSTGRESQL_SCHEMA} from the SQLite schema`);

const self = fileURLToPath(import.meta.url);
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? self,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};

for (const provider of ["sqlite", "postgresql"]) {
  const run = spawnSync("npx", ["--no-install", "prisma", "generate", "--schema", `prisma/${provider}/schema.prisma`], {
    stdio: "inherit",
    env,
  });
  if (run.status !== 0) {
    console.error(`prisma generate failed for ${provider}`);
    process.exit(run.status ?? 1);
  }
}
