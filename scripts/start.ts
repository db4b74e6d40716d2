// `npm start`: validates the environment, migrates the database, builds when the build is missing
// or older than the sources, then serves the production build on PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describeDatabase } from "@/lib/db/database-url";
import { migrateDatabase } from "@/lib/db/migrate";
import { EnvError, readEnv } from "@/lib/env";

const SOURCE_DIRS = ["app", "components", "lib", "public"];
const SOURCE_FILES = ["next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

function newestSourceTime(): number {
  let newest = 0;
  const visit = (entry: string) => {
    if (!existsSync(entry)) return;
    const stat = statSync(entry);
    if (stat.isDirectory()) {
      for (const child of readdirSync(entry)) visit(path.join(entry, child));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  [...SOURCE_DIRS, ...SOURCE_FILES].forEach(visit);
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  return existsSync(buildId) && statSync(buildId).mtimeMs >= newestSourceTime();
}

/**
 * Consultant sessions are signed with AUTH_SECRET. For the zero-setup SQLite default, one is made on
 * first start and kept beside the database; deployments with several instances must set it.
 */
function ensureAuthSecret(databaseFile: string | null): void {
  if (process.env.AUTH_SECRET) return;
  if (!databaseFile) console.warn("AUTH_SECRET is not set: using one kept in data/.auth-secret. Set the same AUTH_SECRET on every instance.");
  const file = path.join(databaseFile ? path.dirname(databaseFile) : "data", ".auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

async function main(): Promise<void> {
  const config = readEnv();
  ensureAuthSecret(config.database.provider === "sqlite" ? config.database.filePath : null);
  const applied = await migrateDatabase(config.database);
  console.log(`Database ${describeDatabase(config.database)}: ${applied.length ? `applied ${applied.join(", ")}` : "up to date"}`);

  if (!buildIsCurrent()) {
    console.log("Building the app (first start, or the sources changed)...");
    const build = spawnSync("npx", ["--no-install", "next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const server = spawn("npx", ["--no-install", "next", "start", "-p", String(config.PORT)], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) console.error(error.message);
  else console.error(`Could not start: ${error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error)}`);
  process.exit(1);
});
