// `npm start`: validates the environment, migrates the database, builds when the build is missing
// or older than the sources, then serves the production build on PORT (default 3000) through a small
// Node HTTP server that stamps every request with the client's address (lib/http/client-address.ts).
// Every script that needs a production server (e2e, benchmarks, load and crash tests) runs this file.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { describeDatabase } from "@/lib/db/database-url";
import { migrateDatabase } from "@/lib/db/migrate";
import { EnvError, readEnv, type TEnv } from "@/lib/env";
import { stampClientAddress } from "@/lib/http/client-address";
import { isAllowedMethod, METHOD_NOT_ALLOWED } from "@/lib/http/security-headers";

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
  // `next start` would set this; the programmatic server reads it to serve the production build.
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production", NEXT_TELEMETRY_DISABLED: "1" });
  const config = readEnv();
  if (!config.APP_URL && config.NODE_ENV === "production") {
    console.warn(`APP_URL is not set: sign-in accepts only http://localhost:${config.PORT}. Set APP_URL to the public address.`);
  }
  ensureAuthSecret(config.database.provider === "sqlite" ? config.database.filePath : null);
  const applied = await migrateDatabase(config.database);
  console.log(`Database ${describeDatabase(config.database)}: ${applied.length ? `applied ${applied.join(", ")}` : "up to date"}`);

  if (!buildIsCurrent()) {
    console.log("Building the app (first start, or the sources changed)...");
    const build = spawnSync("npx", ["--no-install", "next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  await serve(config);
}

/**
 * Serves the build with Next's programmatic server. Rate limits key on the address set here, so the
 * client's own copy of that header is dropped before Next sees the request.
 */
async function serve(config: TEnv): Promise<void> {
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: process.cwd(), port: config.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    // Node's fetch Request cannot represent TRACE or CONNECT, so Next would answer them with a bare 500.
    if (!isAllowedMethod(req.method)) {
      res.writeHead(METHOD_NOT_ALLOWED.status, METHOD_NOT_ALLOWED.headers);
      res.end(METHOD_NOT_ALLOWED.body);
      return;
    }
    stampClientAddress(req.headers, req.socket.remoteAddress, config.CLIENT_IP_HEADER);
    handle(req, res).catch((error: unknown) => {
      console.error("Unhandled error while serving a request", error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
      res.end();
    });
  });
  server.listen(config.PORT, () => {
    console.log(`Serving on http://localhost:${config.PORT}${config.CLIENT_IP_HEADER ? ` (client address from ${config.CLIENT_IP_HEADER})` : ""}`);
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    void app.close().finally(() => process.exit(0));
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, stop);
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) console.error(error.message);
  else console.error(`Could not start: ${error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error)}`);
  process.exit(1);
});
